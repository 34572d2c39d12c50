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

/** Attribute name → value for the chosen widget, from the form's option fields; defaults are left out. */
export function widgetAttributes(state: ConfiguratorState): [string, string][] {
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
    if (value && value !== fallback) attributes.push([spec.attr, value]);
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

/**
 * A fixed-size banner sits centred in a wider column, its fallback image
 * too, so the takeover moves nothing. `align` rather than a style attribute:
 * a portal's strict CSP blocks inline styles, never this presentational hint.
 */
function centred(size: RegExpExecArray | null, code: string): string {
  if (!size) return code;
  return `<div align="center">\n${code.replace(/^/gm, '  ')}\n</div>`;
}

export interface Snippets {
  element: string;
  oneTag: string;
  /** Undefined where an iframe cannot work (the sticky bar must sit on the page itself). */
  iframe?: string;
  /** The element form pinned by Subresource Integrity; undefined until the hash is known. It needs CORS on the host. */
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
  const lang = state.lang in FALLBACK_TEXT ? state.lang : 'vi';
  const scriptUrl = new URL('ispeed.js', host).href;
  const script = `<script src="${escapeAttribute(scriptUrl)}" async`;
  const hash = /^sha(256|384|512)-[A-Za-z0-9+/=]+$/.test(integrity['ispeed.js'] ?? '')
    ? integrity['ispeed.js']
    : undefined;

  // The recommended fallback: the library's own static banner of the same size
  // holds the box (no layout shift). Not the asset base's: a pulled folder has other names.
  const size = state.widget === 'banner' ? /^(\d+)x(\d+)$/.exec(state.bannerSize) : null;
  // PNG by default, with its 2x twin for sharp phones: many CMSes refuse SVG uploads.
  const artBase = new URL('assets/', host).href;
  const art = (name: string, suffix: string) =>
    escapeAttribute(new URL(`banner-${name}-${lang}${suffix}`, artBase).href);
  const sources = (name: string) =>
    state.fallbackImage === 'svg'
      ? `src="${art(name, '.svg')}"`
      : `src="${art(name, '.png')}" srcset="${art(name, '-2x.png')} 2x"`;
  const fallback =
    size && state.variant !== 'sticky'
      ? `<a href="https://speedtest.vn"><img ${sources(size[0])} width="${size[1]}" height="${size[2]}" alt="${ARTWORK_ALT[lang]}"></a>`
      : `<a href="https://speedtest.vn">${FALLBACK_TEXT[lang]}</a>`;

  const fixedBox = size && state.variant !== 'sticky' ? size : null;
  const markup = `<${tag}${attributeText(attributes)}>\n  ${fallback}\n</${tag}>\n`;
  const element = centred(fixedBox, `${markup}${script}></script>`);
  const sri = hash
    ? centred(
        fixedBox,
        `${markup}<script src="${escapeAttribute(scriptUrl)}" integrity="${hash}" crossorigin="anonymous" async></script>`,
      )
    : undefined;
  const oneTag = centred(
    fixedBox,
    `${script} data-widget="${state.widget}"${attributes.map(([name, value]) => ` data-${name}="${escapeAttribute(value)}"`).join('')}></script>`,
  );

  let iframe: string | undefined;
  if (!(state.widget === 'banner' && state.variant === 'sticky')) {
    const box = frameSize(state);
    iframe =
      `<iframe src="${escapeAttribute(embedUrl(state, host))}" width="${box.width}" height="${box.height}"` +
      ` title="${FRAME_TITLES[lang][state.widget]}" loading="lazy" frameborder="0"` +
      ` sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`;
    iframe = centred(fixedBox, iframe);
  }
  return { element, oneTag, iframe, sri };
}
