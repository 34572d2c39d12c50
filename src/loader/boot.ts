import { discover, installApi } from './api.js';
import { createWidget } from './create-widget.js';
import { notifyChange, sharedState } from './shared-state.js';
import { trustedTypesPolicy } from './trusted-types.js';
import { BANNER_SIZES, SMART_LINK_PAGE, WIDGET_TAGS, fixedSize } from '../registry/widgets.js';

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
  const settings: [string, string][] = [];
  for (const { name, value } of script.attributes) if (name.startsWith('data-')) settings.push([name.slice(5), value]);
  const element = createWidget(script.getAttribute('data-widget')!, settings, 'the script tag', 'data-');
  if (element && script.parentNode) script.parentNode.insertBefore(element, script);
}

/**
 * Watches for widgets and smart links a CMS adds later. Stops once every
 * widget is defined, unless links may still come (a loader with an address
 * always has a smart link page).
 */
function observe(): void {
  const state = sharedState();
  if (state.observing) return;
  state.observing = true;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
    if (!state.smartLinkPages?.size && WIDGET_TAGS.every((tag) => customElements.get(tag))) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}

/** The smart link pages whose links this script turns into widgets: go.html beside it, and its `data-smart-link`. */
function addSmartLinkPages(script: HTMLScriptElement): void {
  const pages = (sharedState().smartLinkPages ??= new Set());
  pages.add(new URL(SMART_LINK_PAGE, script.src).href);
  const configured = script.getAttribute('data-smart-link');
  try {
    if (configured) pages.add(new URL(configured, document.baseURI).href.split(/[?#]/)[0]);
  } catch {
    // Not an address: links to go.html beside the script are still recognised.
  }
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
  if (script?.src) {
    if (!state.scriptBase) {
      state.scriptBase = new URL('./', script.src).href;
      state.tag = script;
    }
    // Made now, while the folder it trusts is the one this script came from.
    trustedTypesPolicy();
    addSmartLinkPages(script);
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
