import { slugify } from '../../registry/unit-code.js';
import { currentPlatform } from '../../runtime/platform.js';
import { MONTH_PATTERN } from '../../registry/campaign.js';
import { PLATFORMS } from '../../registry/config-types.js';
import {
  BANNER_OPTIONS,
  GUIDE_OPTIONS,
  PROGRESS_OPTIONS,
  QR_CARD_OPTIONS,
  SHARED_OPTIONS,
  WIDGET_OPTIONS,
  type OptionSpec,
} from '../../registry/options.js';

/** What the configurator can make: every widget of the option registry. */
export const WIDGETS = Object.keys(WIDGET_OPTIONS) as (keyof typeof WIDGET_OPTIONS)[];
export type Widget = (typeof WIDGETS)[number];

/** The choices of each select and radio group; a widget option's come from the registry. */
export const CHOICES = {
  widget: WIDGETS,
  bannerSize: BANNER_OPTIONS.size.values,
  variant: BANNER_OPTIONS.variant.values,
  fallbackImage: ['png', 'svg'],
  qrSize: QR_CARD_OPTIONS.size.values,
  // The recommended level first.
  level: ['M', ...QR_CARD_OPTIONS.level.values.filter((level) => level !== 'M')],
  paper: QR_CARD_OPTIONS.paper.values,
  layout: GUIDE_OPTIONS.layout.values,
  /** A few sensible lengths of the ranking, within the option's limits. */
  ranking: ['0', '5', '10', '20'],
  /** The languages the library ships; a Department's own are added with `ISpeed.addTranslations`. */
  lang: ['vi', 'en'],
  theme: SHARED_OPTIONS.theme.values,
  device: ['phone', 'tablet', 'desktop'],
  platform: PLATFORMS,
  ui: ['vi', 'en'],
} as const;

/**
 * The form's fields that are widget options: the widget they belong to
 * (`*` for every widget) and the option. The snippets, the embed address and
 * the defaults follow from these.
 */
export const FIELD_OPTIONS = {
  bannerSize: ['banner', BANNER_OPTIONS.size],
  variant: ['banner', BANNER_OPTIONS.variant],
  qrSize: ['qr-card', QR_CARD_OPTIONS.size],
  level: ['qr-card', QR_CARD_OPTIONS.level],
  paper: ['qr-card', QR_CARD_OPTIONS.paper],
  unitName: ['qr-card', QR_CARD_OPTIONS.unitName],
  layout: ['guide', GUIDE_OPTIONS.layout],
  dataSrc: ['progress', PROGRESS_OPTIONS.src],
  ranking: ['progress', PROGRESS_OPTIONS.ranking],
  target: ['progress', PROGRESS_OPTIONS.target],
  month: ['progress', PROGRESS_OPTIONS.month],
  unit: ['*', SHARED_OPTIONS.unit],
  lang: ['*', SHARED_OPTIONS.lang],
  theme: ['*', SHARED_OPTIONS.theme],
  android: ['*', SHARED_OPTIONS['links-android']],
  ios: ['*', SHARED_OPTIONS['links-ios']],
  web: ['*', SHARED_OPTIONS['links-web']],
  assetBase: ['*', SHARED_OPTIONS.assetBase],
} as const satisfies Partial<Record<keyof ConfiguratorState, readonly [Widget | '*', OptionSpec]>>;

/** An option's default as the form writes it: empty where it has none. */
export function optionDefault(spec: OptionSpec): string {
  return 'default' in spec && spec.default !== undefined ? String(spec.default) : '';
}

export interface ConfiguratorState {
  widget: Widget;
  bannerSize: string;
  variant: string;
  /** The static banner the element snippet carries as its no-script fallback: PNG (any CMS takes it) or SVG. */
  fallbackImage: string;
  qrSize: string;
  level: string;
  paper: string;
  layout: string;
  /** The progress data file (JSON or CSV). */
  dataSrc: string;
  ranking: string;
  target: string;
  month: string;
  lang: string;
  theme: string;
  unit: string;
  unitName: string;
  android: string;
  ios: string;
  web: string;
  assetBase: string;
  device: string;
  platform: string;
  /** The configurator's own language. */
  ui: string;
}

export type Field = keyof ConfiguratorState;
export const LINK_FIELDS = ['android', 'ios', 'web'] as const;

/**
 * The preview's device and viewer to start with: the device in hand. On a
 * phone's narrow screen the preview is a phone, not a desktop frame scaled
 * down until its text cannot be read; the viewer is this browser's platform.
 */
export function deviceInHand(): { device: string; platform: string } {
  // Outside a browser (the registry's checks in Node) there is no device in hand: a desktop.
  if (typeof matchMedia !== 'function') return { device: 'desktop', platform: 'desktop' };
  return { device: matchMedia('(max-width: 599px)').matches ? 'phone' : 'desktop', platform: currentPlatform() };
}

export function defaultState(): ConfiguratorState {
  const options = Object.fromEntries(
    Object.entries(FIELD_OPTIONS).map(([field, [, spec]]) => [field, optionDefault(spec)]),
  );
  return {
    ...(options as Record<keyof typeof FIELD_OPTIONS, string>),
    widget: 'banner',
    fallbackImage: 'png',
    // The widgets follow the page's language; the configurator writes Vietnamese, the default, as none.
    lang: 'vi',
    ...deviceInHand(),
    ui: 'vi',
  };
}

/**
 * What a shared link may carry: choices, a unit code, a target and a month.
 * Never a host, a link, a file or free text: a link to the Department's
 * configurator must not make its tool hand out someone else's script, app or words.
 */
export const SHARED_FIELDS = [
  'widget',
  'bannerSize',
  'variant',
  'qrSize',
  'level',
  'paper',
  'layout',
  'ranking',
  'target',
  'month',
  'lang',
  'theme',
  'unit',
  'device',
  'platform',
  'ui',
] as const satisfies readonly Field[];

/** What the editor types by hand (links, files, free text): kept while the page is open, never put in its address. */
export const UNSHARED_FIELDS = [
  'android',
  'ios',
  'web',
  'assetBase',
  'dataSrc',
  'unitName',
] as const satisfies readonly Field[];

/** Parameters an older configurator (or an attacker) put in links, refused now: the host, links, files, free text. */
export const REFUSED_PARAMS = ['host', ...UNSHARED_FIELDS] as const;

function sharedValueOk(field: Field, value: string): boolean {
  const choices = (CHOICES as Record<string, readonly string[]>)[field];
  if (choices) return choices.includes(value);
  if (field === 'target') return checkTarget(value);
  if (field === 'month') return value !== '' && checkMonth(value);
  if (field === 'unit') return value !== '' && slugify(value) === value;
  return false;
}

/** What reading a shared link gave, besides the state. */
export interface SharedReading {
  state: ConfiguratorState;
  /** Parameters dropped because a link may not carry them (hosts, links, files, free text). */
  refused: string[];
  /** The shared unit as a code, when the link's text differed (capitals, spaces, invisible marks): as if typed. */
  unitNormalised?: string;
  /** Shared fields whose value could not be used, so the default stands. */
  ignored: string[];
}

/**
 * The state a shared link describes; anything unknown or malformed keeps its
 * default and is named in `ignored`, a host or link in `refused`. A unit is
 * turned into its code the way a typed one is (slugify), so a link that picked
 * up a capital, a space or an invisible mark on its way still carries it.
 */
export function stateFromQuery(query: string): SharedReading {
  const state = defaultState();
  const params = new URLSearchParams(query);
  const ignored: string[] = [];
  let unitNormalised: string | undefined;
  for (const field of SHARED_FIELDS) {
    let value = params.get(field);
    if (value === null || value === '') continue;
    if (field === 'unit' && value !== slugify(value)) {
      value = slugify(value);
      if (value) unitNormalised = value;
    }
    if (sharedValueOk(field, value)) (state as unknown as Record<string, string>)[field] = value;
    else ignored.push(field);
  }
  const refused = REFUSED_PARAMS.filter((name) => params.has(name));
  return { state, refused, unitNormalised, ignored };
}

/**
 * The state as a query string: only shared choices that differ from the
 * defaults, so shared links stay short, and the unit as its code. Parameters
 * that are not the configurator's (a CMS's own) are kept as they were; refused ones are removed.
 */
export function stateToQuery(state: ConfiguratorState, current = ''): string {
  const defaults = defaultState();
  const params = new URLSearchParams(current);
  for (const name of REFUSED_PARAMS) params.delete(name);
  for (const field of SHARED_FIELDS) {
    const value = field === 'unit' ? checkUnit(state.unit).code : state[field];
    if (value !== defaults[field] && sharedValueOk(field, value)) params.set(field, value);
    else params.delete(field);
  }
  return params.toString();
}

/** "Xã Ea Kao" → "xa-ea-kao"; the note says when the code differs from what was typed. */
export function checkUnit(typed: string): { code: string; changed: boolean } {
  const code = slugify(typed);
  return { code, changed: typed !== '' && code !== typed };
}

/** A target: a whole number of samples within the option's limits. */
export function checkTarget(typed: string): boolean {
  const { min, max } = PROGRESS_OPTIONS.target;
  return /^\d{1,9}$/.test(typed.trim()) && Number(typed) >= min && Number(typed) <= max;
}

/** A month like 2026-11, or empty for "the latest". */
export function checkMonth(typed: string): boolean {
  return typed.trim() === '' || MONTH_PATTERN.test(typed.trim());
}

/** An https link, or the reason it is refused; empty means "use the default". */
export function checkLink(typed: string, { allowHttp = false } = {}): { url?: string; error?: 'invalid' | 'https' } {
  const text = typed.trim();
  if (!text) return {};
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: 'invalid' };
  }
  if (url.protocol === 'https:' || (allowHttp && url.protocol === 'http:')) return { url: url.href };
  return { error: 'https' };
}

/** The folder form of a link: always ends with '/'. */
export function asFolder(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
