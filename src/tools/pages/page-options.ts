/**
 * The options print.html and embed.html take from their address. Both pages
 * sit on a Department's (often official) host, so their address must not be
 * a way to show an official-looking widget that sends visitors anywhere, or
 * that prints someone else's words:
 *  - a link must be one the Department configured (the safe defaults, its
 *    `department.json`, or its `window.ISpeedConfig` / `data-links-*`), such a
 *    link with a widget's campaign parameters added, or the smart link page.
 *    So no store listing, and no app id, can be picked from the address, and
 *    no other page of this host either (an open redirect there would carry a
 *    poster's code anywhere);
 *  - data files (a guide's `src`, a progress file, `asset-base`) must be on this origin;
 *  - a unit name must be a whole entry of the Department's published list of
 *    units; without a list, no unit name is shown;
 *  - the smart link page is the page's own, never one from the address.
 * Every refusal says so once in the console.
 */
import { applyPendingInput, globalConfig, mergeConfig } from '../../runtime/config.js';
import { DEFAULT_LINKS } from '../../runtime/links.js';
import { preview, warnOnce } from '../../loader/log.js';
import { sharedState } from '../../loader/shared-state.js';
import { checkUnitName } from '../../runtime/unit-name.js';
import { defaultSmartLink, opensSmartLink } from '../../runtime/smart-link.js';
import { SHARED_OPTIONS, WIDGET_OPTIONS, urlRule, type OptionSpec, type UrlRule } from '../../registry/options.js';

const MAX_VALUE = 2048;

/**
 * What each parameter may carry, from the option registry: a new option gets
 * its check from its own declaration, so none can forget it.
 */
const RULES = new Map<string, UrlRule>(
  [SHARED_OPTIONS, ...Object.values(WIDGET_OPTIONS)].flatMap((options) =>
    Object.values(options).map((spec: OptionSpec) => [spec.attr, urlRule(spec)] as const),
  ),
);

function parse(value: string): URL | undefined {
  try {
    return new URL(value, location.href);
  } catch {
    return undefined;
  }
}

/** The links the Department configured for this page: the safe defaults and its own settings. */
export function departmentLinks(): string[] {
  applyPendingInput();
  const configured = mergeConfig(globalConfig(), sharedState().scriptConfig).links ?? {};
  return [...Object.values(DEFAULT_LINKS), ...Object.values(configured)].flatMap((link) => {
    const url = typeof link === 'string' ? parse(link) : undefined;
    return url ? [url.href] : [];
  });
}

/** Same scheme, host and port as this page, and no user name or password in it. */
function onThisOrigin(url: URL | undefined): boolean {
  return !!url && url.origin === location.origin && !url.username && !url.password;
}

/** The address without the campaign parameters a widget adds to a link (`utm_*`, Google Play's `referrer`). */
function withoutAttribution(href: string): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) {
    if (key.startsWith('utm_') || key === 'referrer') url.searchParams.delete(key);
  }
  return url.href;
}

/** The smart link page beside this page's copy of the library. */
function ownSmartLink(): string | undefined {
  return defaultSmartLink(sharedState().scriptBase ?? new URL('./', location.href).href);
}

export function checkPageLink(value: string, allowed = departmentLinks()): boolean {
  const url = parse(value);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return false;
  const smartLink = ownSmartLink();
  // A QR card's own link arrives attributed to the portal it was on: the configured link plus utm_* parameters.
  const bare = withoutAttribution(url.href);
  return (
    allowed.includes(url.href) ||
    allowed.some((link) => withoutAttribution(link) === bare) ||
    (!!smartLink && opensSmartLink(url.href, smartLink))
  );
}

function refuse(name: string, value: string, why: string): void {
  warnOnce(`${name}: ${why}; ignoring "${preview(value)}".`);
}

/** The widget options in the page's address, as camelCase keys for `ISpeed.render`, less anything untrusted. */
export function pageOptions(
  params: URLSearchParams,
  allowed: readonly string[] = [...RULES.keys()],
  { units }: { units?: readonly string[] } = {},
): Record<string, string> {
  const options: Record<string, string> = {};
  const links = departmentLinks();
  for (const [name, raw] of params) {
    const rule = RULES.get(name);
    if (!rule || !allowed.includes(name) || !raw) continue;
    if (raw.length > MAX_VALUE) {
      refuse(name, raw, `longer than ${MAX_VALUE} characters`);
      continue;
    }
    let value = raw;
    if (rule === 'configured-link' && !checkPageLink(value, links)) {
      refuse(
        name,
        value,
        'this page shows links to speedtest.vn, the other links the Department configured and its smart link page only',
      );
      continue;
    }
    if (rule === 'same-origin' && !onThisOrigin(parse(value))) {
      refuse(name, value, `this page reads files from its own address (${location.origin}) only`);
      continue;
    }
    if (rule === 'never') {
      refuse(name, value, 'this page uses its own');
      continue;
    }
    if (rule === 'unit-name') {
      const checked = units && checkUnitName(value, units);
      if (!checked) {
        refuse(
          name,
          value,
          units
            ? "the unit name must be one of the Department's units (department.json), in full"
            : "a unit name is shown only from the Department's list of units (department.json), and it has published none",
        );
        continue;
      }
      value = checked;
    }
    options[name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  }
  return options;
}
