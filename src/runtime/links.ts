import type { Links } from '../registry/config-types.js';
import { preview, warnOnce } from '../loader/log.js';
import { sharedState } from '../loader/shared-state.js';
import { completeSmartLink, opensSmartLink } from './smart-link.js';

/** The safe defaults: only links known to work. */
export const DEFAULT_LINKS: Readonly<Links> = Object.freeze({
  web: 'https://speedtest.vn',
  // The listing id is not confirmed; a store search always finds the app.
  android: 'https://play.google.com/store/search?q=i-Speed%20by%20VNNIC&c=apps',
  // The App Store id is not known; the official site links to the app.
  ios: 'https://speedtest.vn',
  qr: 'https://speedtest.vn',
  materials: 'https://speedtest.vn/tai-lieu',
});

const MAX_URL_LENGTH = 2048;

/**
 * Returns an absolute http(s) URL, or undefined after a console warning.
 * `javascript:`, `data:` and every other scheme are refused: configuration
 * must never turn a widget into a script runner.
 */
export function safeHttpUrl(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    warnOnce(`${what}: expected a link, got ${preview(value)}; using the default.`);
    return undefined;
  }
  const text = value.trim();
  if (text.length > MAX_URL_LENGTH) {
    warnOnce(`${what}: the link is longer than ${MAX_URL_LENGTH} characters; using the default.`);
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(text, document.baseURI);
  } catch {
    warnOnce(`${what}: "${preview(text)}" is not a valid link; using the default.`);
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    warnOnce(`${what}: only http(s) links are allowed, not "${url.protocol}"; using the default.`);
    return undefined;
  }
  // "https://speedtest.vn@evil.example/" reads as speedtest.vn and opens evil.example.
  if (url.username || url.password) {
    warnOnce(`${what}: a link with a user name or password ("${preview(text)}") is refused; using the default.`);
    return undefined;
  }
  return url.href;
}

export interface Attribution {
  /** The unit's code, e.g. `xa-ea-kao`; empty when none was given. */
  unit: string;
  /** The portal's host name, e.g. `eakao.daklak.gov.vn`. */
  host: string;
}

const UTM_MEDIUM = 'ispeed-widget';
const UTM_CAMPAIGN = 'ispeed';

/**
 * Adds campaign parameters so the Department can tell which portal and unit
 * sent a visitor. Parameters the webmaster already put in the link win.
 * Google Play only passes install attribution through its `referrer` parameter.
 */
export function withAttribution(href: string, { unit, host }: Attribution): string {
  const url = new URL(href);
  const utm: [string, string][] = [
    ['utm_source', host || 'unknown'],
    ['utm_medium', UTM_MEDIUM],
    ['utm_campaign', UTM_CAMPAIGN],
  ];
  if (unit) utm.push(['utm_content', unit]);
  for (const [key, value] of utm) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  if (url.hostname === 'play.google.com' && !url.searchParams.has('referrer')) {
    url.searchParams.set('referrer', new URLSearchParams(utm).toString());
  }
  return url.href;
}

/**
 * The host outgoing links credit: this page's, or the portal's where a page
 * of the Department's host (embed.html, print.html) knows it.
 */
export function attributionHost(): string {
  return sharedState().attributionHost || location.hostname;
}

/**
 * What a QR code opens. The smart link page gets the widget, the unit and the
 * language in its query (the page credits the visit itself, so the code stays
 * short); any other link gets the campaign parameters.
 */
export function codeLink(
  target: string,
  { smartLink, widget, unit, lang }: { smartLink: string; widget: string; unit: string; lang: string },
): string {
  if (smartLink && opensSmartLink(target, smartLink)) return completeSmartLink(target, widget, { unit, lang });
  return withAttribution(target, { unit, host: attributionHost() });
}
