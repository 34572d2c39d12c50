import { slugify } from '../../registry/unit-code.js';
import { BANNER_SIZES, BANNER_VARIANTS } from '../../registry/widgets.js';

/** What the configurator can make. */
export const WIDGETS = ['banner', 'qr-card', 'guide', 'progress'] as const;
export type Widget = (typeof WIDGETS)[number];

export const CHOICES = {
  widget: WIDGETS,
  bannerSize: BANNER_SIZES,
  variant: BANNER_VARIANTS,
  fallbackImage: ['png', 'svg'],
  qrSize: ['default', 'compact', 'poster'],
  level: ['M', 'L', 'Q', 'H'],
  paper: ['a4', 'a5'],
  layout: ['steps', 'carousel', 'compact'],
  ranking: ['0', '5', '10', '20'],
  lang: ['vi', 'en'],
  theme: ['light', 'dark', 'brand', 'auto'],
  device: ['phone', 'tablet', 'desktop'],
  platform: ['android', 'ios', 'desktop'],
  ui: ['vi', 'en'],
} as const;

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

export function defaultState(): ConfiguratorState {
  return {
    widget: 'banner',
    bannerSize: '300x250',
    variant: 'card',
    fallbackImage: 'png',
    qrSize: 'default',
    level: 'M',
    paper: 'a4',
    layout: 'steps',
    dataSrc: '',
    ranking: '0',
    target: '300',
    month: '',
    lang: 'vi',
    theme: 'light',
    unit: '',
    unitName: '',
    android: '',
    ios: '',
    web: '',
    assetBase: '',
    device: 'desktop',
    platform: 'desktop',
    ui: 'vi',
  };
}

/**
 * What a shared link may carry: choices, a unit code, a target and a month.
 * Never a host, a link, a file or free text: a link to the Department's
 * configurator must not make its tool hand out someone else's script, app or words.
 */
export const SHARED_FIELDS = [
  'widget', 'bannerSize', 'variant', 'qrSize', 'level', 'paper', 'layout', 'ranking',
  'target', 'month', 'lang', 'theme', 'unit', 'device', 'platform', 'ui',
] as const satisfies readonly Field[];

/** What the editor types by hand (links, files, free text): kept while the page is open, never put in its address. */
export const UNSHARED_FIELDS = ['android', 'ios', 'web', 'assetBase', 'dataSrc', 'unitName'] as const satisfies readonly Field[];

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

/**
 * The state a shared link describes; anything unknown or malformed keeps its
 * default. `refused` names the parameters that were dropped because a link may not carry them.
 */
export function stateFromQuery(query: string): { state: ConfiguratorState; refused: string[] } {
  const state = defaultState();
  const params = new URLSearchParams(query);
  for (const field of SHARED_FIELDS) {
    const value = params.get(field);
    if (value !== null && sharedValueOk(field, value)) (state as unknown as Record<string, string>)[field] = value;
  }
  const refused = REFUSED_PARAMS.filter((name) => params.has(name));
  return { state, refused };
}

/**
 * The state as a query string: only shared choices that differ from the
 * defaults, so shared links stay short. Parameters that are not the
 * configurator's (a CMS's own) are kept as they were; refused ones are removed.
 */
export function stateToQuery(state: ConfiguratorState, current = ''): string {
  const defaults = defaultState();
  const params = new URLSearchParams(current);
  for (const name of REFUSED_PARAMS) params.delete(name);
  for (const field of SHARED_FIELDS) {
    if (state[field] !== defaults[field] && sharedValueOk(field, state[field])) params.set(field, state[field]);
    else params.delete(field);
  }
  return params.toString();
}

/** "Xã Ea Kao" → "xa-ea-kao"; the note says when the code differs from what was typed. */
export function checkUnit(typed: string): { code: string; changed: boolean } {
  const code = slugify(typed);
  return { code, changed: typed !== '' && code !== typed };
}

/** A target: a whole number of samples from 1 to 100000. */
export function checkTarget(typed: string): boolean {
  return /^\d{1,6}$/.test(typed.trim()) && Number(typed) >= 1 && Number(typed) <= 100000;
}

/** A month like 2026-11, or empty for "the latest". */
export function checkMonth(typed: string): boolean {
  return typed.trim() === '' || /^\d{4}-(0[1-9]|1[0-2])$/.test(typed.trim());
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
