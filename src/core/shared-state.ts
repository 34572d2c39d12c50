/**
 * One state object per page, shared by every copy of the library that runs on
 * it (the loader, its lazily loaded chunks, the bundle, an npm build). Each copy
 * is a separate module graph, so module-level variables would not be shared;
 * a `Symbol.for` key on `globalThis` is.
 */
import type { WidgetConfig } from './config-types.js';

export type TranslationResources = Record<string, unknown>;

export interface SharedState {
  /** Config from `data-*` on every loader script tag, in page order. */
  scriptConfig: WidgetConfig;
  /** Config given at run time through `ISpeed.config()`. */
  runtimeConfig: WidgetConfig;
  /** Languages added through `ISpeed.addTranslations()`. */
  translations: Record<string, TranslationResources>;
  /** Bumped on every added language, so each library copy re-syncs once. */
  translationsVersion: number;
  /** The folder the library was loaded from (ends with `/`), if known. */
  scriptBase?: string;
  /** Turns a tag name into a defined element; set by whichever entry ran first. */
  loadElement?: (tag: string) => Promise<void>;
  /** One manifest request per asset base per page, however many widgets ask. */
  manifests: Map<string, Promise<unknown>>;
  /** True once a copy has started watching the document for new elements. */
  observing: boolean;
  /** Fires `change` when config or translations change, so elements re-render. */
  events: EventTarget;
  /** Library versions that have registered elements, to warn about mixes. */
  versions: Set<string>;
  /** Console messages already shown, so each is shown once per page. */
  warned: Set<string>;
}

const KEY = Symbol.for('ispeed-widgets.state');

export function sharedState(): SharedState {
  const holder = globalThis as unknown as Record<symbol, SharedState | undefined>;
  let state = holder[KEY];
  if (!state) {
    state = {
      scriptConfig: {},
      runtimeConfig: {},
      translations: {},
      translationsVersion: 0,
      manifests: new Map(),
      observing: false,
      events: new EventTarget(),
      versions: new Set(),
      warned: new Set(),
    };
    holder[KEY] = state;
  }
  return state;
}

export function notifyChange(): void {
  sharedState().events.dispatchEvent(new Event('change'));
}
