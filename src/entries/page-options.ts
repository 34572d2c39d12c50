/**
 * The options print.html and embed.html take from their address. Both pages
 * sit on a Department's (often official) host, so their address must not be
 * a way to show an official-looking widget that sends visitors anywhere:
 * links may lead only to the i-Speed sites, the app stores or this host, and
 * data files (a guide's `src`, a progress file, `asset-base`) must be on this host.
 */
import { CONFIG_ATTRIBUTES } from '../core/config.js';
import { ELEMENT_ATTRIBUTES } from '../core/widgets.js';

export const TRUSTED_HOSTS = ['speedtest.vn', 'i-speed.vn', 'play.google.com', 'apps.apple.com'];
const LINK_OPTIONS = ['href', 'links-web', 'links-android', 'links-ios', 'links-qr', 'links-materials'];
const SAME_ORIGIN_OPTIONS = ['src', 'asset-base'];

function parse(value: string): URL | undefined {
  try {
    return new URL(value, location.href);
  } catch {
    return undefined;
  }
}

/** The widget options in the page's address, as camelCase keys for `ISpeed.render`, less anything untrusted. */
export function pageOptions(params: URLSearchParams, allowed = [...CONFIG_ATTRIBUTES, ...ELEMENT_ATTRIBUTES]): Record<string, string> {
  const options: Record<string, string> = {};
  for (const [name, raw] of params) {
    if (!allowed.includes(name) || !raw) continue;
    const value = raw.slice(0, 2048);
    if (LINK_OPTIONS.includes(name) || SAME_ORIGIN_OPTIONS.includes(name)) {
      const url = parse(value);
      const trusted = SAME_ORIGIN_OPTIONS.includes(name)
        ? url?.origin === location.origin
        : url && (url.protocol === 'https:' || url.protocol === 'http:') && [...TRUSTED_HOSTS, location.hostname].includes(url.hostname);
      if (!trusted) {
        console.warn(`[ispeed-widgets] ${name}: this page shows links to ${TRUSTED_HOSTS.join(', ')} or its own host only, and files from its own host; ignoring ${value.slice(0, 80)}.`);
        continue;
      }
    }
    options[name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  }
  return options;
}
