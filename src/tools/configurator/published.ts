import { DEFAULT_LINKS } from '../../runtime/links.js';

/** The official i-Speed sites: links there are the campaign's own. */
const OFFICIAL_SITES = ['speedtest.vn', 'i-speed.vn'];

/**
 * Whether a hand-typed address stays with what the Department publishes.
 * A link may be one of the built-in safe links, a page on an official i-Speed
 * site, or on the Department's own host; a file (artwork folder, data file)
 * only on the Department's own host. Anything else is still put in the code,
 * but the configurator warns beside the field, so nobody copies a
 * stranger's app or file without seeing it.
 */
export function isPublished(href: string, kind: 'link' | 'file', departmentOrigin: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.origin === departmentOrigin) return true;
  if (kind === 'file') return false;
  const defaults = Object.values(DEFAULT_LINKS).map((link) => new URL(link).href);
  return (
    defaults.includes(url.href) ||
    (url.protocol === 'https:' && url.port === '' && OFFICIAL_SITES.includes(url.hostname))
  );
}
