/**
 * The smart link: `go.html` on the Department's host, whose query string
 * carries a widget and its options in the names of their attributes
 * (`go.html?widget=banner&size=300x250&unit=xa-ea-kao&lang=vi`). A query
 * string survives every editor and sanitiser; classes and `data-*` do not.
 * The link form, the element form's fallback, the QR codes and the site
 * script's upgrade all go through here.
 */
import { SMART_LINK_PAGE } from '../registry/widgets.js';

export { SMART_LINK_PAGE };

/** `folder` is the Department's `ispeed-widgets/` folder (ends with `/`); empty values are left out. */
export function smartLinkHref(
  folder: string,
  widget: string,
  options: Readonly<Record<string, string | number | undefined>> = {},
): string {
  const url = new URL(SMART_LINK_PAGE, folder);
  url.searchParams.set('widget', widget);
  for (const [attr, value] of Object.entries(options)) {
    if (value !== undefined && value !== '') url.searchParams.set(attr, String(value));
  }
  return url.href;
}

/** The widget and options a smart link under `folder` carries, or undefined for any other address. */
export function readSmartLink(
  href: string,
  folder: string,
): { widget: string; options: Record<string, string> } | undefined {
  let url: URL;
  try {
    url = new URL(href, folder);
  } catch {
    return undefined;
  }
  if (url.href.split(/[?#]/)[0] !== new URL(SMART_LINK_PAGE, folder).href) return undefined;
  const options: Record<string, string> = {};
  for (const [attr, value] of url.searchParams) if (attr !== 'widget') options[attr] = value;
  return { widget: url.searchParams.get('widget') || 'banner', options };
}

/**
 * Public CDNs that serve `.html` as `text/plain`: a smart link page there
 * would show its source, so a library loaded from one has no default smart link.
 */
export const PUBLIC_CDN_HOSTS: readonly string[] = [
  'cdn.jsdelivr.net',
  'fastly.jsdelivr.net',
  'gcore.jsdelivr.net',
  'testingcf.jsdelivr.net',
  'unpkg.com',
  'esm.sh',
  'cdnjs.cloudflare.com',
];

/** True for an address on one of the PUBLIC_CDN_HOSTS. */
export function isPublicCdn(href: string): boolean {
  try {
    return PUBLIC_CDN_HOSTS.includes(new URL(href).hostname);
  } catch {
    return false;
  }
}

/**
 * The smart link page beside the library: `go.html` in the folder it was
 * loaded from, when that is an http(s) folder and not a public CDN; else undefined.
 */
export function defaultSmartLink(folder: string | undefined): string | undefined {
  if (!folder) return undefined;
  let url: URL;
  try {
    url = new URL(SMART_LINK_PAGE, folder);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || isPublicCdn(url.href)) return undefined;
  return url.href;
}

/** True when `href` opens the smart link page `page`, with any query. */
export function opensSmartLink(href: string, page: string): boolean {
  try {
    return new URL(href).href.split(/[?#]/)[0] === new URL(page).href.split(/[?#]/)[0];
  } catch {
    return false;
  }
}

/**
 * A smart link (the page's address, with or without a query) with the widget
 * and options added where its query lacks them: what is already there wins.
 */
export function completeSmartLink(
  href: string,
  widget: string,
  options: Readonly<Record<string, string | number | undefined>> = {},
): string {
  const url = new URL(href);
  url.hash = '';
  if (!url.searchParams.has('widget')) url.searchParams.set('widget', widget);
  for (const [attr, value] of Object.entries(options)) {
    if (value !== undefined && value !== '' && !url.searchParams.has(attr)) url.searchParams.set(attr, String(value));
  }
  return url.href;
}
