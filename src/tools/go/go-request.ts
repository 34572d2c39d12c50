/**
 * What a smart link asks for (`go.html?widget=banner&unit=xa-ea-kao&lang=vi`),
 * and where it sends each device. The query names are the option registry's
 * attribute names. The page never goes to an address from its query: only to
 * the Department's configured links, so it is not an open redirect. An
 * address the page would act on (`links-android=https://…`, `href`,
 * `smart-link`) is refused with a console note, like a name the widget does
 * not take. The widget's other options (a progress link's `src`, `ranking`,
 * …) are for the site script that upgrades the link: passed over in silence.
 */
import { LANGUAGE_CODE, type Links, type Platform } from '../../registry/config-types.js';
import { WIDGET_OPTIONS, optionsOf, type OptionSpec, type WidgetName } from '../../registry/options.js';
import { slugify } from '../../registry/unit-code.js';
import { withAttribution } from '../../runtime/links.js';
import { preview } from '../../loader/log.js';

/** The languages the page has words for. */
export const PAGE_LANGUAGES = ['vi', 'en'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

export interface GoRequest {
  widget: WidgetName;
  /** The unit's code, or '' for none. */
  unit: string;
  lang: PageLanguage;
  /** The portal credited (`utm_source`) when the link carries one, else ''. */
  source: string;
  /** The options this page acts on that passed their check, by attribute name (`theme`, `platform`). */
  options: Record<string, string>;
}

const HOST_NAME = /^[a-z0-9](?:[a-z0-9-]{0,62}\.)*[a-z0-9-]{1,63}$/;
const MAX_VALUE = 200;

function isWidget(name: string): name is WidgetName {
  return Object.hasOwn(WIDGET_OPTIONS, name);
}

/** The widget options this page acts on, besides the unit and the language: its palette and the device it routes. */
const PAGE_OPTIONS: ReadonlySet<string> = new Set(['theme', 'platform']);

/** An address the page would follow or encode if it took it from the query: the Department's links, the smart link. */
const refusedForSafety = (spec: OptionSpec) => spec.fromUrl === 'configured-link' || spec.fromUrl === 'never';

/** What this page reads of a widget's options: its own, and the addresses it refuses by name. */
const readHere = (spec: OptionSpec) =>
  spec.type === 'unit' || spec.type === 'lang' || PAGE_OPTIONS.has(spec.attr) || refusedForSafety(spec);

/** The value in its checked form (the page's options are choices), or a reason it is refused. */
function check(spec: OptionSpec, value: string): { value: string } | { reason: string } {
  if (spec.type !== 'enum') return { reason: 'not used on this page' };
  const match = spec.values.find((option) => option.toLowerCase() === value.trim().toLowerCase());
  return match ? { value: match } : { reason: `expected one of ${spec.values.join(', ')}` };
}

/**
 * Reads the query. Anything unknown or malformed is left out, and `note` is
 * told why (once per parameter), so a webmaster can fix the link.
 */
export function readRequest(search: string, note: (message: string) => void): GoRequest {
  const params = new URLSearchParams(search);
  const request: GoRequest = { widget: 'banner', unit: '', lang: 'vi', source: '', options: {} };
  const widget = (params.get('widget') ?? '').trim().toLowerCase();
  if (isWidget(widget)) request.widget = widget;
  else if (widget)
    note(`widget: "${preview(widget)}" is not a widget; known: ${Object.keys(WIDGET_OPTIONS).join(', ')}.`);
  const specs = new Map(optionsOf(request.widget).map((spec) => [spec.attr, spec]));
  for (const [name, raw] of params) {
    if (name === 'widget' || !raw) continue;
    const spec = specs.get(name);
    // The widget's other options are the site script's, for the widget the link turns into.
    if (spec && !readHere(spec)) continue;
    const value = raw.slice(0, MAX_VALUE + 1);
    if (value.length > MAX_VALUE) {
      note(`${preview(name, 40)}: longer than ${MAX_VALUE} characters; ignoring it.`);
      continue;
    }
    if (name === 'utm_source') {
      const host = value.trim().toLowerCase();
      if (HOST_NAME.test(host)) request.source = host;
      else note(`utm_source: "${preview(value)}" is not a host name; ignoring it.`);
      continue;
    }
    // Other campaign parameters are the page's own to set.
    if (name.startsWith('utm_')) continue;
    if (!spec) {
      note(`${preview(name, 40)} is not an option of the ${request.widget} widget; ignoring it.`);
      continue;
    }
    if (spec.type === 'unit') {
      const unit = slugify(value);
      if (unit) request.unit = unit;
      else note(`unit: "${preview(value)}" has no letters or digits; leaving the unit out.`);
      if (unit && unit !== value) note(`unit: "${preview(value)}" was turned into the code "${unit}".`);
      continue;
    }
    if (spec.type === 'lang') {
      const lang = LANGUAGE_CODE.test(value.trim()) ? value.trim().toLowerCase().split('-')[0] : '';
      if ((PAGE_LANGUAGES as readonly string[]).includes(lang)) request.lang = lang as PageLanguage;
      else note(`lang: this page is in ${PAGE_LANGUAGES.join(', ')}, not "${preview(value)}"; showing Vietnamese.`);
      continue;
    }
    if (refusedForSafety(spec)) {
      note(
        `${name}: this page uses the Department's own links, never ones from its address; ignoring "${preview(value)}".`,
      );
      continue;
    }
    const checked = check(spec, value);
    if ('value' in checked) request.options[name] = checked.value;
    else note(`${name}: ${checked.reason}; ignoring "${preview(value)}".`);
  }
  return request;
}

/**
 * Where the page sends this device: a phone to its store link, with the
 * unit and the portal credited (Google Play gets its `referrer` too); a
 * desktop nowhere (undefined), as it is shown the QR code.
 */
export function destination(
  platform: Platform,
  links: Links,
  credit: { unit: string; host: string },
): string | undefined {
  return platform === 'desktop' ? undefined : withAttribution(links[platform], credit);
}
