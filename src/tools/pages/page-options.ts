/**
 * The options print.html and embed.html take from their address. Both pages
 * sit on a Department's (often official) host, so their address must not be
 * a way to show an official-looking widget that sends visitors anywhere, or
 * that prints someone else's words:
 *  - a link must be one the Department configured (the safe defaults, or its
 *    `window.ISpeedConfig` / `data-links-*`), or a page on this very origin
 *    (same scheme, host and port). So no store listing, and no app id, can be
 *    picked from the address;
 *  - data files (a guide's `src`, a progress file, `asset-base`) must be on this origin;
 *  - a unit name is short plain text (see UNIT_NAME).
 * Every refusal says so once in the console.
 */
import { globalConfig, mergeConfig } from '../../runtime/config.js';
import { DEFAULT_LINKS } from '../../runtime/links.js';
import { preview, warnOnce } from '../../loader/log.js';
import { sharedState } from '../../loader/shared-state.js';
import { checkUnitName } from '../../runtime/unit-name.js';
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

export function checkPageLink(value: string, allowed = departmentLinks()): boolean {
  const url = parse(value);
  return (
    !!url &&
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    (allowed.includes(url.href) || onThisOrigin(url))
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
        `this page shows links to speedtest.vn and the other links the Department configured, or pages of its own address (${location.origin}), only`,
      );
      continue;
    }
    if (rule === 'same-origin' && !onThisOrigin(parse(value))) {
      refuse(name, value, `this page reads files from its own address (${location.origin}) only`);
      continue;
    }
    if (rule === 'unit-name') {
      const checked = checkUnitName(value, units);
      if (!checked) {
        refuse(
          name,
          value,
          units
            ? "the unit name must be one of the Department's units"
            : "a unit name is plain text of at most 80 letters, digits, spaces and . , ' - ( )",
        );
        continue;
      }
      value = checked;
    }
    options[name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
  }
  return options;
}
