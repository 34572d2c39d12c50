/**
 * One state object per page, shared by every copy of the library that runs on
 * it (the loader, its lazily loaded chunks, the bundle, an npm build). Each copy
 * is a separate module graph, so module-level variables would not be shared;
 * a `Symbol.for` key on `globalThis` is.
 */
import type { ISpeedApi } from './api.js';
import type { WidgetConfig } from '../registry/config-types.js';

export type TranslationResources = Record<string, unknown>;

/**
 * Input the API or a script tag gave before the code that checks it had
 * loaded: the loader only queues it, and the widgets' core reads it (see
 * `applyPendingInput` in src/runtime/config.ts) before every render.
 */
export type PendingInput =
  | { kind: 'script'; script: HTMLScriptElement }
  | { kind: 'config'; options: unknown }
  | { kind: 'page-config'; options: unknown }
  | { kind: 'translations'; lang: string; resources: unknown };

export interface SharedState {
  /** Config from `data-*` on every loader script tag, in page order. */
  scriptConfig: WidgetConfig;
  /** Config given at run time through `ISpeed.config()`. */
  runtimeConfig: WidgetConfig;
  /** Script tags, config and translations not yet read by the core, oldest first. */
  pending: PendingInput[];
  /** Languages added through `ISpeed.addTranslations()`. */
  translations: Record<string, TranslationResources>;
  /** Bumped on every added language, so each library copy re-syncs once. */
  translationsVersion: number;
  /** The folder the library was loaded from (ends with `/`), if known. */
  scriptBase?: string;
  /** True when scriptBase was worked out from an ES module's URL (npm, bundlers), not from a script tag. */
  scriptBaseFromModule?: boolean;
  /**
   * The portal's host, credited in outgoing links (`utm_source`), where it is
   * not this page's: set by the Department's embed and poster pages from
   * `document.referrer`. Unset, links credit `location.hostname`.
   */
  attributionHost?: string;
  /**
   * The smart link pages (`go.html` beside each loader, and a script tag's
   * `data-smart-link`) whose links the site script turns into widgets, as
   * addresses without query.
   */
  smartLinkPages?: Set<string>;
  /** The script tag that folder came from: its nonce and integrity, for the data scripts the widgets add. */
  tag?: HTMLScriptElement;
  /** `window.ISpeed`, kept here too so markup named "ISpeed" cannot take its place. */
  api?: ISpeedApi;
  /**
   * Loads an element's code by its tag (defining it), or another lazy module
   * by name (`unit-figure`), and gives that module's exports; set by
   * whichever entry ran first.
   */
  loadElement?: (name: string) => Promise<unknown>;
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
  return (holder[KEY] ??= {
    scriptConfig: {},
    runtimeConfig: {},
    pending: [],
    translations: {},
    translationsVersion: 0,
    manifests: new Map(),
    observing: false,
    events: new EventTarget(),
    versions: new Set(),
    warned: new Set(),
  });
}

export function notifyChange(): void {
  sharedState().events.dispatchEvent(new Event('change'));
}
