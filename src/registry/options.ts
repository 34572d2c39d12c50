/**
 * The option registry: every widget and every option it takes, declared once.
 *
 * The config reader, the elements, `ISpeed.render`, the one-tag script, the
 * embed and print pages, the configurator, the build's docs and the tests all
 * read these tables. Each table is its own export, so a widget's chunk carries
 * only the tables it reads. No DOM: this module runs anywhere.
 *
 * An option's names:
 *  - `attr`: the element's attribute, `data-<attr>` on the script tag, and the
 *    query parameter of the embed and print pages;
 *  - `key`: its name in `window.ISpeedConfig`, `ISpeed.config()` and
 *    `ISpeed.render()` (camelCase of `attr`);
 *  - `aliases`: older spellings, still read, with a console note.
 *
 * `fromUrl` says what a page on the Department's host may take from its own
 * address (see src/tools/pages/page-options.ts):
 *  - `yes`: any value the option accepts;
 *  - `same-origin`: a file on the page's own origin only;
 *  - `configured-link`: only a link the Department configured, or a page of its own origin;
 *  - `unit-name`: a plain unit name, from the Department's published list where it has one.
 */
import { BANNER_SIZES, DEFAULT_BANNER_SIZE, TARGET_SAMPLES, type BannerSize } from './campaign.js';
import { LINK_NAMES, PLATFORMS, THEMES, type LinkName } from './config-types.js';

export type UrlRule = 'yes' | 'same-origin' | 'configured-link' | 'unit-name';

interface OptionBase {
  attr: string;
  /** Only where it is not the camelCase of `attr` (see optionKey). */
  key?: string;
  aliases?: readonly string[];
  /** `yes` when left out (see urlRule). */
  fromUrl?: UrlRule;
}

export type OptionSpec = OptionBase &
  (
    | { type: 'enum'; values: readonly string[]; default: string }
    | { type: 'integer'; min: number; max: number; default?: number }
    /** An http(s) address; `folder` ones always end with `/`. */
    | { type: 'url' | 'folder' }
    | { type: 'lang' | 'unit' | 'month' | 'text' }
  );

/**
 * Its name in config and `ISpeed.render`: `key`, else `links.android` for
 * `links-android` (links nest in config), else the camelCase of `attr`.
 */
export function optionKey(spec: OptionSpec): string {
  if (spec.key) return spec.key;
  if (spec.attr.startsWith('links-')) return `links.${spec.attr.slice(6)}`;
  return spec.attr.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** What a page may take from its address: `yes` unless the option says otherwise. */
export function urlRule(spec: OptionSpec): UrlRule {
  return spec.fromUrl ?? 'yes';
}

/** The settings every widget takes, at every configuration layer. */
export const SHARED_OPTIONS = {
  lang: { attr: 'lang', type: 'lang' },
  unit: { attr: 'unit', type: 'unit' },
  theme: { attr: 'theme', type: 'enum', values: THEMES, default: 'light' },
  /** Detected from the visitor's device unless set; `auto` means detect. */
  platform: { attr: 'platform', type: 'enum', values: PLATFORMS, default: 'auto' },
  assetBase: { attr: 'asset-base', type: 'folder', fromUrl: 'same-origin' },
  dismissDays: { attr: 'dismiss-days', type: 'integer', min: 0, max: 3650, default: 14 },
  // One per link in LINK_NAMES; nested in config as `links: { android: '…' }`.
  ...(Object.fromEntries(LINK_NAMES.map((name) => [`links-${name}`, { attr: `links-${name}`, type: 'url', fromUrl: 'configured-link' }])) as Record<
    `links-${LinkName}`,
    { attr: `links-${LinkName}`; type: 'url'; fromUrl: 'configured-link' }
  >),
  progressSrc: { attr: 'progress-src', type: 'url', aliases: ['progress'], fromUrl: 'same-origin' },
} as const satisfies Record<string, OptionSpec>;

const headingLevel = { attr: 'heading-level', type: 'integer', min: 2, max: 6, default: 2 } as const satisfies OptionSpec;

export const BANNER_OPTIONS = {
  size: { attr: 'size', type: 'enum', values: BANNER_SIZES, default: DEFAULT_BANNER_SIZE },
  variant: { attr: 'variant', type: 'enum', values: ['card', 'image', 'sticky'], default: 'card' },
  src: { attr: 'src', type: 'url', fromUrl: 'same-origin' },
} as const satisfies Record<string, OptionSpec>;

export type BannerVariant = (typeof BANNER_OPTIONS.variant.values)[number];

export const QR_CARD_OPTIONS = {
  href: { attr: 'href', type: 'url', fromUrl: 'configured-link' },
  level: { attr: 'level', type: 'enum', values: ['L', 'M', 'Q', 'H'], default: 'M' },
  size: { attr: 'size', type: 'enum', values: ['default', 'compact', 'poster'], default: 'default' },
  actions: { attr: 'actions', type: 'enum', values: ['all', 'none'], default: 'all' },
  frame: { attr: 'frame', type: 'enum', values: ['card', 'none'], default: 'card' },
  paper: { attr: 'paper', type: 'enum', values: ['a4', 'a5'], default: 'a4' },
  unitName: { attr: 'unit-name', type: 'text', fromUrl: 'unit-name' },
  headingLevel,
} as const satisfies Record<string, OptionSpec>;

export const GUIDE_OPTIONS = {
  layout: { attr: 'layout', type: 'enum', values: ['steps', 'carousel', 'compact'], default: 'steps' },
  src: { attr: 'src', type: 'url', fromUrl: 'same-origin' },
  timeout: { attr: 'timeout', type: 'integer', min: 100, max: 30000, default: 3000 },
  headingLevel,
} as const satisfies Record<string, OptionSpec>;

export const PROGRESS_OPTIONS = {
  src: { attr: 'src', type: 'url', fromUrl: 'same-origin' },
  columns: { attr: 'columns', type: 'text' },
  target: { attr: 'target', type: 'integer', min: 1, max: 100000, default: TARGET_SAMPLES },
  month: { attr: 'month', type: 'month' },
  ranking: { attr: 'ranking', type: 'integer', min: 0, max: 100, default: 0 },
  timeout: { attr: 'timeout', type: 'integer', min: 500, max: 30000, default: 5000 },
  headingLevel,
} as const satisfies Record<string, OptionSpec>;

/** Every widget by its name (`data-widget`, `ISpeed.render`, `?widget=`), with its own options. */
export const WIDGET_OPTIONS = {
  banner: BANNER_OPTIONS,
  'qr-card': QR_CARD_OPTIONS,
  guide: GUIDE_OPTIONS,
  progress: PROGRESS_OPTIONS,
} as const satisfies Record<string, Record<string, OptionSpec>>;

export type WidgetName = keyof typeof WIDGET_OPTIONS;

/** The options a widget takes: the shared ones, then its own. */
export function optionsOf(widget: WidgetName): OptionSpec[] {
  return [...Object.values(SHARED_OPTIONS), ...Object.values(WIDGET_OPTIONS[widget])];
}

/**
 * What the loader needs, and nothing more: the widget names, the shared
 * attributes and the widgets' own. The build bakes these lists into
 * dist/ispeed.js (see loader-facts.ts).
 */
export function loaderFacts(): [WidgetName[], string[], string[], Record<string, string>, readonly BannerSize[]] {
  const all: OptionSpec[] = [...Object.values(SHARED_OPTIONS), ...Object.values(WIDGET_OPTIONS).flatMap((options) => Object.values(options))];
  const own = new Set(Object.values(WIDGET_OPTIONS).flatMap((options) => Object.values(options).map((spec: OptionSpec) => spec.attr)));
  // An older spelling by its attribute form (`progress`) to the current attribute (`progress-src`).
  const aliases = Object.fromEntries(all.flatMap((spec) => (spec.aliases ?? []).map((alias) => [alias.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`), spec.attr])));
  const shared = Object.values(SHARED_OPTIONS).map((spec: OptionSpec) => spec.attr);
  return [Object.keys(WIDGET_OPTIONS) as WidgetName[], shared, [...own], aliases, BANNER_SIZES];
}
