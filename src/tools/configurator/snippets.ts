import { smartLinkHref } from '../../runtime/smart-link.js';
import { checkUnitName } from '../../runtime/unit-name.js';
import {
  FIELD_OPTIONS,
  asFolder,
  checkLink,
  checkMonth,
  checkTarget,
  checkUnit,
  optionDefault,
  type ConfiguratorState,
} from './state.js';

/** A field's value as it goes into the code, checked; empty when it is not usable. */
function checkedValue(state: ConfiguratorState, field: keyof typeof FIELD_OPTIONS): string {
  const value = state[field];
  if (field === 'unitName') return checkUnitName(value) ?? '';
  if (field === 'unit') return checkUnit(value).code;
  if (field === 'target') return checkTarget(value) ? value.trim() : '';
  if (field === 'month') return checkMonth(value) ? value.trim() : '';
  if (field === 'dataSrc') return checkLink(value, { allowHttp: true }).url ?? '';
  if (field === 'assetBase') {
    const url = checkLink(value, { allowHttp: true }).url;
    return url ? asFolder(url) : '';
  }
  if (field === 'android' || field === 'ios' || field === 'web') return checkLink(value).url ?? '';
  return value;
}

/**
 * Attribute name → value for the chosen widget, from the form's option fields; defaults are left out, except
 * the attributes named in `explicit`, which are written with their value even when it is the default.
 */
export function widgetAttributes(
  state: ConfiguratorState,
  explicit: ReadonlySet<string> = new Set(),
): [string, string][] {
  const attributes: [string, string][] = [];
  // The widget's own options first, then the shared ones, as a webmaster reads them.
  const fields = Object.entries(FIELD_OPTIONS) as [
    keyof typeof FIELD_OPTIONS,
    (typeof FIELD_OPTIONS)[keyof typeof FIELD_OPTIONS],
  ][];
  for (const [field, [, spec]] of [
    ...fields.filter(([, [w]]) => w === state.widget),
    ...fields.filter(([, [w]]) => w === '*'),
  ]) {
    const value = checkedValue(state, field);
    const fallback = field === 'lang' ? 'vi' : optionDefault(spec);
    if (value && (value !== fallback || explicit.has(spec.attr))) attributes.push([spec.attr, value]);
  }
  return attributes;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attributeText = (attributes: [string, string][]) =>
  attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');

/** What the static banners show: their headline and button words (build/artwork/artwork.mjs), so the alt matches (WCAG 2.5.3). */
const ARTWORK_ALT: Record<string, string> = {
  vi: 'Đo tốc độ Internet với i-Speed. Tải ứng dụng',
  en: 'Measure your Internet speed with i-Speed. Get the app',
};

const FALLBACK_TEXT: Record<string, string> = {
  vi: 'Đo tốc độ Internet với ứng dụng i-Speed',
  en: 'Measure your Internet speed with the i-Speed app',
};

/** The iframe's title: what the framed widget is. */
const FRAME_TITLES: Record<string, Record<string, string>> = {
  vi: {
    banner: FALLBACK_TEXT.vi,
    'qr-card': 'Mã QR tải ứng dụng i-Speed',
    guide: 'Hướng dẫn cài đặt i-Speed và bật chế độ đo tự động',
    progress: 'Tiến độ đo tốc độ Internet bằng i-Speed',
  },
  en: {
    banner: FALLBACK_TEXT.en,
    'qr-card': 'QR code to get the i-Speed app',
    guide: 'How to install i-Speed and turn on automatic measurement',
    progress: 'Progress of Internet speed measurements with i-Speed',
  },
};

/**
 * The iframe's box. Fixed banners are exact. Other widgets get the full
 * width and the height they need on a 360 px phone, their tallest case, so
 * nothing is cut on hosts that cannot listen to the height message (a taller
 * widget scrolls inside its frame rather than being cut).
 */
export function frameSize(state: ConfiguratorState): { width: string; height: string; fixed: boolean } {
  if (state.widget === 'banner') {
    const match = /^(\d+)x(\d+)$/.exec(state.bannerSize);
    if (match) return { width: match[1], height: match[2], fixed: true };
    return { width: '100%', height: '210', fixed: false };
  }
  if (state.widget === 'qr-card') {
    const heights: Record<string, string> = { compact: '600', default: '640', poster: '1000' };
    return {
      width: state.qrSize === 'compact' ? '300' : '100%',
      height: heights[state.qrSize] ?? heights.default,
      fixed: false,
    };
  }
  if (state.widget === 'progress')
    return {
      width: '100%',
      height: state.ranking === '0' ? '380' : String(440 + Number(state.ranking) * 34),
      fixed: false,
    };
  const heights: Record<string, string> = { steps: '1250', carousel: '700', compact: '720' };
  return { width: '100%', height: heights[state.layout] ?? heights.steps, fixed: false };
}

/** Whether the code centres the widget: a fixed-size banner in a wider column (the preview does the same). */
export function isCentred(state: ConfiguratorState): boolean {
  return fixedBannerSize(state) !== undefined;
}

/** A fixed banner's `[width, height]`, or undefined (fluid, sticky, other widgets). */
function fixedBannerSize(state: ConfiguratorState): [string, string] | undefined {
  if (state.widget !== 'banner' || state.variant === 'sticky') return undefined;
  const match = /^(\d+)x(\d+)$/.exec(state.bannerSize);
  return match ? [match[1], match[2]] : undefined;
}

/**
 * A fixed-size banner sits centred in a wider column, its fallback image
 * too, so the takeover moves nothing. `align` rather than a style attribute:
 * a portal's strict CSP blocks inline styles, never this presentational hint.
 */
function centred(state: ConfiguratorState, code: string): string {
  if (!isCentred(state)) return code;
  return `<div align="center">\n${code.replace(/^/gm, '  ')}\n</div>`;
}

/**
 * What the link form shows: a fixed banner its own artwork; the QR card, the
 * guide and the progress widget, which have no artwork of their own, the
 * 300x250 banner's (it says what the link leads to: get the app); the fluid
 * banner and the sticky bar, which have no fixed box, a line of text.
 */
export type LinkLook = { kind: 'own' | 'borrowed'; size: [string, string] } | { kind: 'text' };

export function linkLook(state: ConfiguratorState): LinkLook {
  if (state.widget !== 'banner') return { kind: 'borrowed', size: ['300', '250'] };
  const size = fixedBannerSize(state);
  return size ? { kind: 'own', size } : { kind: 'text' };
}

/**
 * The smart link's options: the widget's attributes as the element form
 * carries them, with the banner's size and the language always written,
 * because the link's image is of that size and in that language and the
 * widget it turns into (and go.html) must match it.
 */
export function smartLinkOptions(state: ConfiguratorState): Record<string, string> {
  const explicit = new Set(state.widget === 'banner' ? ['size', 'lang'] : ['lang']);
  return Object.fromEntries(widgetAttributes(state, explicit));
}

/** The smart link for this configuration: `<folder>go.html?widget=…&…`, on the Department's folder. */
export function smartLinkFor(state: ConfiguratorState, folder: string): string {
  return smartLinkHref(folder, state.widget, smartLinkOptions(state));
}

/** The language of the link's words and artwork: the widget's, where the library has artwork in it. */
function artworkLang(state: ConfiguratorState): 'vi' | 'en' {
  return state.lang === 'en' ? 'en' : 'vi';
}

/**
 * The link form's `<a>`: the artwork (PNG with its 2x twin, or SVG) or a line
 * of text, linked to the smart link. It is also the element form's fallback,
 * so a CMS that strips the element keeps this attributed link.
 */
export function buildLinkMarkup(state: ConfiguratorState, folder: string): string {
  const lang = artworkLang(state);
  const href = escapeAttribute(smartLinkFor(state, folder));
  const look = linkLook(state);
  if (look.kind === 'text') return `<a href="${href}">${FALLBACK_TEXT[lang]}</a>`;
  // The library's own static banner, not the asset base's: a pulled folder has other names.
  const [width, height] = look.size;
  const art = (suffix: string) =>
    escapeAttribute(new URL(`assets/banner-${width}x${height}-${lang}${suffix}`, folder).href);
  // PNG by default, with its 2x twin for sharp phones: many CMSes refuse SVG uploads.
  const sources =
    state.fallbackImage === 'svg' ? `src="${art('.svg')}"` : `src="${art('.png')}" srcset="${art('-2x.png')} 2x"`;
  return `<a href="${href}"><img ${sources} width="${width}" height="${height}" alt="${ARTWORK_ALT[lang]}"></a>`;
}

/** The link form, as the configurator offers it first: the link, centred like the other forms for a fixed banner. */
export function buildLinkForm(state: ConfiguratorState, folder: string): string {
  return centred(state, buildLinkMarkup(state, folder));
}

/** The one line for a site-wide script box: with it on the page, every link to the folder's go.html becomes its widget. */
export function buildSiteScript(folder: string): string {
  return `<script src="${escapeAttribute(new URL('ispeed.js', folder).href)}" async></script>`;
}

export interface Snippets {
  /** The link form: an image (or text) link to the smart link page, which every editor and sanitiser keeps. */
  link: string;
  /** The site script: one line for the site's template, which turns every link form on the page into its widget. */
  siteScript: string;
  element: string;
  oneTag: string;
  /** Undefined where an iframe cannot work (the sticky bar must sit on the page itself). */
  iframe?: string;
  /**
   * The element form pinned by Subresource Integrity; undefined until the hash is known. It needs CORS on the
   * host: the configurator offers it only where department.json says the host sends it.
   */
  sri?: string;
}

/** The widget's address on embed.html, for the iframe form and the preview. */
export function embedUrl(state: ConfiguratorState, base: string, extra: [string, string][] = []): string {
  const url = new URL('embed.html', base);
  url.searchParams.set('widget', state.widget);
  for (const [name, value] of [...widgetAttributes(state), ...extra]) url.searchParams.set(name, value);
  return url.href;
}

/**
 * The embed code in every form. `host` is the folder the Department serves
 * ispeed-widgets from (the configurator's own dist folder), never a typed or
 * shared address; `integrity` is that folder's integrity.json, so a hash is
 * only ever put on the Department's own file.
 */
export function buildSnippets(state: ConfiguratorState, integrity: Record<string, string>, host: string): Snippets {
  const attributes = widgetAttributes(state);
  const tag = `ispeed-${state.widget}`;
  const lang = artworkLang(state);
  const scriptUrl = escapeAttribute(new URL('ispeed.js', host).href);
  const hash = /^sha(256|384|512)-[A-Za-z0-9+/=]+$/.test(integrity['ispeed.js'] ?? '')
    ? integrity['ispeed.js']
    : undefined;

  // The fallback is the link form itself: it holds a fixed banner's box (no layout shift) and keeps the attribution.
  const markup = `<${tag}${attributeText(attributes)}>\n  ${buildLinkMarkup(state, host)}\n</${tag}>\n`;
  const element = centred(state, `${markup}${buildSiteScript(host)}`);
  const sri = hash
    ? centred(state, `${markup}<script src="${scriptUrl}" integrity="${hash}" crossorigin="anonymous" async></script>`)
    : undefined;
  const oneTag = centred(
    state,
    `<script src="${scriptUrl}" async data-widget="${state.widget}"${attributes.map(([name, value]) => ` data-${name}="${escapeAttribute(value)}"`).join('')}></script>`,
  );

  let iframe: string | undefined;
  if (!(state.widget === 'banner' && state.variant === 'sticky')) {
    const box = frameSize(state);
    iframe =
      `<iframe src="${escapeAttribute(embedUrl(state, host))}" width="${box.width}" height="${box.height}"` +
      ` title="${FRAME_TITLES[lang][state.widget]}" loading="lazy" frameborder="0"` +
      ` sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`;
    iframe = centred(state, iframe);
  }
  return { link: buildLinkForm(state, host), siteScript: buildSiteScript(host), element, oneTag, iframe, sri };
}
