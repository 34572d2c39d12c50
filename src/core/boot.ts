import { discover, installApi } from './api.js';
import { mergeConfig, readAttributes } from './config.js';
import { warnOnce } from './log.js';
import { notifyChange, sharedState } from './shared-state.js';
import { BANNER_SIZES, WIDGET_CHUNKS, fixedSize, tagForWidget } from './widgets.js';

/**
 * Holds each banner's box before its code arrives, so the page does not jump.
 * A constructed stylesheet is CSSOM, which a strict style-src CSP allows.
 * Only `:not(:defined)` elements are targeted, so the element's own styles
 * take over once it is defined.
 */
function reserveBoxes(): void {
  if (!('adoptedStyleSheets' in Document.prototype) || !('replaceSync' in CSSStyleSheet.prototype)) return;
  const pending = 'ispeed-banner:not(:defined)';
  const rules = [
    `${pending}{display:inline-block;vertical-align:baseline;overflow:hidden;max-width:100%;width:300px;height:250px}`,
    ...BANNER_SIZES.map((size) => {
      const box = fixedSize(size);
      return box
        ? `${pending}[size="${size}"]{width:${box[0]}px;height:${box[1]}px}`
        : `${pending}[size="${size}" i]{display:block;width:auto;height:auto}`;
    }),
    `${pending}[variant="sticky" i]{display:block;position:fixed;left:0;right:0;bottom:0;width:auto;height:auto}`,
  ];
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** The one-tag form: `<script src=ispeed.js data-widget="banner" data-size=...>` puts the widget where the tag stands. */
function insertWidgetFor(script: HTMLScriptElement): void {
  const widget = script.getAttribute('data-widget');
  if (widget === null) return;
  const tag = tagForWidget(widget);
  if (!tag) {
    warnOnce(`data-widget="${widget.slice(0, 40)}" is not a widget; known: ${Object.keys(WIDGET_CHUNKS).map((t) => t.slice(7)).join(', ')}.`);
    return;
  }
  if (!script.parentNode) return;
  const element = document.createElement(tag);
  for (const { name, value } of script.attributes) {
    if (name.startsWith('data-') && name !== 'data-widget') element.setAttribute(name.slice(5), value);
  }
  script.parentNode.insertBefore(element, script);
}

/** Watches for widgets a CMS adds later; stops once every widget is defined. */
function observe(): void {
  const state = sharedState();
  if (state.observing) return;
  state.observing = true;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
    if (Object.keys(WIDGET_CHUNKS).every((tag) => customElements.get(tag))) {
      observer.disconnect();
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

/**
 * What the loader and the bundle do when their script runs. Safe to run more
 * than once on a page: the API, the box reservation and the observer are set
 * up by the first copy only; every script tag adds its data-* and its widget.
 */
export function boot(script: HTMLScriptElement | null, loadElement: (tag: string) => Promise<void>): void {
  const state = sharedState();
  const first = !state.loadElement;
  if (script?.src && !state.scriptBase) state.scriptBase = new URL('./', script.src).href;
  state.loadElement ??= loadElement;
  installApi();
  if (script) {
    state.scriptConfig = mergeConfig(state.scriptConfig, readAttributes(script, 'data-'));
    notifyChange();
    insertWidgetFor(script);
  }
  if (first) reserveBoxes();
  discover(document);
  observe();
}
