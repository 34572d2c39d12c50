import { preview, warnOnce } from './log.js';
import { notifyChange, sharedState } from './shared-state.js';
import { upgradeLinks } from './smart-links.js';
import { LANGUAGE_CODE } from '../registry/config-types.js';
import { VERSION } from './version.js';
import {
  CONFIG_ATTRIBUTES,
  ELEMENT_ATTRIBUTES,
  OPTION_ALIASES,
  WIDGET_NAMES,
  WIDGET_TAGS,
  tagForWidget,
} from '../registry/widgets.js';

export interface RenderOptions {
  /** `banner`, or another widget name without the `ispeed-` prefix. */
  widget: string;
  [option: string]: unknown;
}

/** `window.ISpeed`: how a page configures, finds and renders widgets, and adds languages, from its own script. */
export interface ISpeedApi {
  readonly version: string;
  config(options: Record<string, unknown>): void;
  discover(root?: ParentNode): void;
  render(target: Element | string, options: RenderOptions): HTMLElement | undefined;
  addTranslations(lang: string, resources: Record<string, unknown>): boolean;
}

declare global {
  interface Window {
    ISpeed?: ISpeedApi;
    ISpeedConfig?: Record<string, unknown>;
  }
}

const WIDGET_SELECTOR = WIDGET_TAGS.join(',');

/**
 * Turns every smart link in (and at) the root into its widget, then defines
 * every ispeed-* element found there, loading its code if needed.
 */
export function discover(root: ParentNode = document): void {
  if (!root || typeof (root as ParentNode).querySelectorAll !== 'function') {
    warnOnce(`ISpeed.discover: ${preview(root)} is not an element.`);
    return;
  }
  upgradeLinks(root);
  const { loadElement } = sharedState();
  const tags = new Set<string>();
  if (root instanceof Element && root.matches(WIDGET_SELECTOR)) tags.add(root.localName);
  for (const element of root.querySelectorAll(WIDGET_SELECTOR)) tags.add(element.localName);
  for (const tag of tags) {
    if (customElements.get(tag) || !loadElement) continue;
    loadElement(tag).catch((error: unknown) => {
      warnOnce(`<${tag}> could not load (${String(error)}); its fallback stays.`);
    });
  }
}

/**
 * `{ assetBase: 'x', links: { android: 'y' } }` to `asset-base="x" links-android="y"`,
 * by the option registry's names (an older spelling is read with a note); the
 * widget checks the values.
 */
function setOptions(element: Element, options: Record<string, unknown>, prefix = ''): void {
  for (const [key, value] of Object.entries(options)) {
    if (key === 'widget' || value == null) continue;
    let name = prefix + key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    const renamed = Object.hasOwn(OPTION_ALIASES, name) && OPTION_ALIASES[name];
    if (renamed) warnOnce(`ISpeed.render: "${key}" is now "${(name = renamed)}".`);
    if (key === 'links' && !prefix && typeof value === 'object')
      setOptions(element, value as Record<string, unknown>, 'links-');
    else if (CONFIG_ATTRIBUTES.includes(name) || ELEMENT_ATTRIBUTES.includes(name))
      element.setAttribute(name, String(value));
    else warnOnce(`ISpeed.render: "${preview(key)}" is not an option; ignoring it.`);
  }
}

function render(target: Element | string, options: RenderOptions): HTMLElement | undefined {
  let container: Element | null = null;
  try {
    container = typeof target === 'string' ? document.querySelector(target) : target;
  } catch {
    // An invalid selector: reported below like a missing element.
  }
  if (!(container instanceof Element)) {
    warnOnce(`ISpeed.render: no element "${preview(target)}".`);
    return undefined;
  }
  const tag = typeof options?.widget === 'string' ? tagForWidget(options.widget) : undefined;
  if (!tag) {
    warnOnce(`ISpeed.render: unknown widget "${preview(options?.widget)}"; known: ${WIDGET_NAMES.join(', ')}.`);
    return undefined;
  }
  const element = document.createElement(tag);
  try {
    setOptions(element, options);
  } catch (error) {
    warnOnce(`ISpeed.render: options unreadable (${String(error)}).`);
  }
  container.replaceChildren(element);
  discover(container);
  return element;
}

/**
 * `config()` and `addTranslations()` only queue their input: the code that
 * checks it comes with the widgets, so the loader stays small. The answer
 * of `addTranslations` depends only on what is checked here.
 */
function config(options: Record<string, unknown>): void {
  sharedState().pending.push({ kind: 'config', options });
  notifyChange();
}

function addTranslations(lang: string, resources: Record<string, unknown>): boolean {
  if (
    typeof lang !== 'string' ||
    !LANGUAGE_CODE.test(lang) ||
    !resources ||
    typeof resources !== 'object' ||
    Array.isArray(resources)
  ) {
    warnOnce(
      `addTranslations(${preview(lang)}, ${preview(resources)}): expected a language code such as "ede" and an object of strings.`,
    );
    return false;
  }
  sharedState().pending.push({ kind: 'translations', lang, resources });
  notifyChange();
  return true;
}

/**
 * Creates `window.ISpeed` once per page; later copies of the library reuse it.
 * Markup such as `<img name="ISpeed">` makes `window.ISpeed` an element: an
 * own property set here shadows it, so the API is never lost to the page.
 */
export function installApi(): ISpeedApi {
  const state = sharedState();
  const holder = window;
  const api =
    state.api ??
    Object.freeze({
      version: VERSION,
      config,
      discover,
      render,
      addTranslations,
    });
  const current: unknown = holder.ISpeed;
  if (current !== api) {
    if (current !== undefined)
      warnOnce(
        `window.ISpeed was ${current instanceof Element ? `<${current.localName}>` : typeof current}; replacing it.`,
      );
    try {
      holder.ISpeed = api;
    } catch {
      warnOnce('window.ISpeed cannot be set on this page.');
    }
  }
  if (!state.api) {
    state.api = api;
    // Its translations are read with the widgets' code, once per page.
    try {
      state.pending.push({ kind: 'page-config', options: holder.ISpeedConfig });
    } catch {
      // A throwing getter: the core reports window.ISpeedConfig when it reads it.
    }
  }
  return api;
}
