import { discover, installApi } from './api.js';
import { warnOnce } from './log.js';
import { notifyChange, sharedState } from './shared-state.js';
import {
  BANNER_SIZES,
  CONFIG_ATTRIBUTES,
  ELEMENT_ATTRIBUTES,
  WIDGET_NAMES,
  WIDGET_TAGS,
  fixedSize,
  tagForWidget,
} from '../registry/widgets.js';

/**
 * Holds the box of each banner whose fallback is not the recommended image
 * (which holds it already), as soon as the loader runs rather than when the
 * widget code arrives: the same box the element's own styles give it. A
 * constructed stylesheet is CSSOM, which a strict style-src CSP allows. Only
 * `:not(:defined)` elements are targeted, so the element's own styles take
 * over once it is defined. Browsers without `:has()` drop the rules, and the
 * widget then shifts the page once.
 */
function reserveBoxes(): void {
  if (!('adoptedStyleSheets' in Document.prototype) || !('replaceSync' in CSSStyleSheet.prototype)) return;
  const pending = 'ispeed-banner:not(:defined):not(:has(img))';
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
  const widget = script.getAttribute('data-widget')!;
  const tag = tagForWidget(widget);
  if (!tag) {
    warnOnce(`data-widget="${widget.slice(0, 40)}" is not a widget; known: ${WIDGET_NAMES.join(', ')}.`);
    return;
  }
  if (!script.parentNode) return;
  const element = document.createElement(tag);
  const known = [...CONFIG_ATTRIBUTES, ...ELEMENT_ATTRIBUTES];
  for (const { name, value } of script.attributes) {
    if (!name.startsWith('data-') || name === 'data-widget') continue;
    const attribute = name.slice(5);
    if (known.includes(attribute)) element.setAttribute(attribute, value);
    else warnOnce(`${name} on the script tag is not a setting; ignoring it.`);
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
    if (WIDGET_TAGS.every((tag) => customElements.get(tag))) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

/**
 * What the loader and the bundle do when their script runs. Safe to run more
 * than once on a page: the API, the box reservation and the observer are set
 * up by the first copy only. A plain script tag's data-* configure every
 * widget on the page (read by the widgets' core, see `applyPendingInput`); a
 * one-tag script's (data-widget) go to its widget.
 */
export function boot(script: HTMLScriptElement | null, loadElement: (name: string) => Promise<unknown>): void {
  const state = sharedState();
  const first = !state.loadElement;
  if (script?.src && !state.scriptBase) {
    state.scriptBase = new URL('./', script.src).href;
    state.tag = script;
  }
  state.loadElement ??= loadElement;
  installApi();
  if (script?.hasAttribute('data-widget')) {
    // A one-tag script configures its own widget only, so two of them on a
    // page (say, Vietnamese and English) do not overwrite each other.
    insertWidgetFor(script);
  } else if (script) {
    state.pending.push({ kind: 'script', script });
    notifyChange();
  }
  if (first) reserveBoxes();
  discover(document);
  observe();
}
