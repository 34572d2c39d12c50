/**
 * The smart link: `go.html` on the Department's host, whose query string
 * carries a widget and its options in the names of their attributes
 * (`go.html?widget=banner&size=300x250&unit=xa-ea-kao&lang=vi`). A query
 * string survives every editor and sanitiser; classes and `data-*` do not.
 * The link form, the element form's fallback, the QR codes and the site
 * script's upgrade all go through here.
 */
import { SMART_LINK_PAGE } from '../registry/pages.js';

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
