import { mergeConfig, readObject } from './config.js';
import { preview, warnOnce } from './log.js';
import { notifyChange, sharedState } from './shared-state.js';
import { addTranslations } from './translations.js';
import { VERSION } from './version.js';
import { WIDGET_CHUNKS, tagForWidget } from './widgets.js';

export interface RenderOptions {
  /** `banner`, or another widget name without the `ispeed-` prefix. */
  widget: string;
  [option: string]: unknown;
}

/** `window.ISpeed`: see design.md. */
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

const WIDGET_SELECTOR = Object.keys(WIDGET_CHUNKS).join(',');

/** Defines every ispeed-* element found in (and at) the root, loading its code if needed. */
export function discover(root: ParentNode = document): void {
  if (!root || typeof (root as ParentNode).querySelectorAll !== 'function') {
    warnOnce(`ISpeed.discover: expected an element or document, got ${preview(root)}.`);
    return;
  }
  const { loadElement } = sharedState();
  const tags = new Set<string>();
  if (root instanceof Element && root.matches(WIDGET_SELECTOR)) tags.add(root.localName);
  for (const element of root.querySelectorAll(WIDGET_SELECTOR)) tags.add(element.localName);
  for (const tag of tags) {
    if (customElements.get(tag) || !loadElement) continue;
    loadElement(tag).catch((error: unknown) => {
      warnOnce(`the code for <${tag}> could not be loaded (${String(error)}); its fallback content stays.`);
    });
  }
}

/** `{ assetBase: 'x', links: { android: 'y' } }` to `asset-base="x" links-android="y"`. */
function optionAttributes(options: Record<string, unknown>): [string, string][] {
  const attributes: [string, string][] = [];
  for (const [key, value] of Object.entries(options)) {
    if (key === 'widget' || value === undefined || value === null) continue;
    if (key === 'links' && typeof value === 'object') {
      for (const [name, href] of Object.entries(value as Record<string, unknown>)) {
        attributes.push([`links-${name}`, String(href)]);
      }
      continue;
    }
    const name = key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    if (/^[a-z][a-z0-9-]*$/.test(name)) attributes.push([name, String(value)]);
    else warnOnce(`ISpeed.render: "${preview(key)}" is not an option name; ignoring it.`);
  }
  return attributes;
}

function render(target: Element | string, options: RenderOptions): HTMLElement | undefined {
  let container: Element | null = null;
  try {
    container = typeof target === 'string' ? document.querySelector(target) : target;
  } catch {
    // An invalid selector: reported below like a missing element.
  }
  if (!(container instanceof Element)) {
    warnOnce(`ISpeed.render: no element "${preview(target)}" to render into.`);
    return undefined;
  }
  const tag = typeof options?.widget === 'string' ? tagForWidget(options.widget) : undefined;
  if (!tag) {
    warnOnce(`ISpeed.render: unknown widget "${preview(options?.widget)}"; known: ${Object.keys(WIDGET_CHUNKS).join(', ')}.`);
    return undefined;
  }
  const element = document.createElement(tag);
  for (const [name, value] of optionAttributes(options)) element.setAttribute(name, value);
  container.replaceChildren(element);
  discover(container);
  return element;
}

function config(options: Record<string, unknown>): void {
  const state = sharedState();
  state.runtimeConfig = mergeConfig(state.runtimeConfig, readObject(options, 'ISpeed.config()'));
  addConfiguredTranslations(options);
  notifyChange();
}

function addConfiguredTranslations(options: unknown): void {
  try {
    const translations = (options as { translations?: unknown } | undefined)?.translations;
    if (!translations || typeof translations !== 'object') return;
    for (const [lang, resources] of Object.entries(translations)) addTranslations(lang, resources);
  } catch (error) {
    warnOnce(`the configured translations could not be read (${String(error)}); ignoring them.`);
  }
}

/** Creates `window.ISpeed` once per page; later copies of the library reuse it. */
export function installApi(): ISpeedApi {
  const holder = window;
  if (holder.ISpeed) return holder.ISpeed;
  const api: ISpeedApi = Object.freeze({
    version: VERSION,
    config,
    discover,
    render,
    addTranslations: (lang: string, resources: Record<string, unknown>) => addTranslations(lang, resources),
  });
  holder.ISpeed = api;
  addConfiguredTranslations(holder.ISpeedConfig);
  return api;
}
