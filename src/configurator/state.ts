import { slugify } from '../core/config.js';
import { BANNER_SIZES, BANNER_VARIANTS } from '../core/widgets.js';

/** What the configurator can make. */
export const WIDGETS = ['banner', 'qr-card', 'guide', 'progress'] as const;
export type Widget = (typeof WIDGETS)[number];

export const CHOICES = {
  widget: WIDGETS,
  bannerSize: BANNER_SIZES,
  variant: BANNER_VARIANTS,
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
  /** Where the Department hosts ispeed-widgets (the folder with ispeed.js), ending with '/'. */
  host: string;
  device: string;
  platform: string;
  /** The configurator's own language. */
  ui: string;
}

export type Field = keyof ConfiguratorState;
export const LINK_FIELDS = ['android', 'ios', 'web'] as const;

export function defaultState(host: string): ConfiguratorState {
  return {
    widget: 'banner',
    bannerSize: '300x250',
    variant: 'card',
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
    host,
    device: 'desktop',
    platform: 'desktop',
    ui: 'vi',
  };
}

const MAX_TEXT = 300;

/** The state a shared link describes; anything unknown or malformed keeps its default. */
export function stateFromQuery(query: string, host: string): ConfiguratorState {
  const state = defaultState(host);
  const params = new URLSearchParams(query);
  for (const field of Object.keys(state) as Field[]) {
    const value = params.get(field);
    if (value === null) continue;
    const choices = (CHOICES as Record<string, readonly string[]>)[field];
    if (choices ? choices.includes(value) : value.length <= MAX_TEXT) (state as unknown as Record<string, string>)[field] = value;
  }
  return state;
}

/**
 * The state as a query string: only what differs from the defaults, so shared
 * links stay short. Parameters that are not the configurator's (a CMS's own)
 * are kept as they were.
 */
export function stateToQuery(state: ConfiguratorState, host: string, current = ''): string {
  const defaults = defaultState(host);
  const params = new URLSearchParams(current);
  for (const field of Object.keys(state) as Field[]) {
    if (state[field] !== defaults[field]) params.set(field, state[field]);
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
