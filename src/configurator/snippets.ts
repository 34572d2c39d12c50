import { asFolder, checkLink, checkMonth, checkTarget, checkUnit, type ConfiguratorState } from './state.js';

/** Attribute name → value for the chosen widget; defaults are left out. */
export function widgetAttributes(state: ConfiguratorState): [string, string][] {
  const attributes: [string, string][] = [];
  const add = (name: string, value: string, fallback = '') => {
    if (value && value !== fallback) attributes.push([name, value]);
  };
  if (state.widget === 'banner') {
    add('size', state.bannerSize, '300x250');
    add('variant', state.variant, 'card');
  } else if (state.widget === 'qr-card') {
    add('size', state.qrSize, 'default');
    add('level', state.level, 'M');
    add('paper', state.paper, 'a4');
    add('unit-name', state.unitName.trim());
  } else if (state.widget === 'guide') {
    add('layout', state.layout, 'steps');
  } else {
    add('src', checkLink(state.dataSrc, { allowHttp: true }).url ?? '');
    add('ranking', state.ranking, '0');
    if (checkTarget(state.target)) add('target', state.target.trim(), '300');
    if (checkMonth(state.month)) add('month', state.month.trim());
  }
  add('unit', checkUnit(state.unit).code);
  add('lang', state.lang, 'vi');
  add('theme', state.theme, 'light');
  for (const name of ['android', 'ios', 'web'] as const) add(`links-${name}`, checkLink(state[name]).url ?? '');
  add('asset-base', checkLink(state.assetBase, { allowHttp: true }).url ? asFolder(checkLink(state.assetBase, { allowHttp: true }).url!) : '');
  return attributes;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attributeText = (attributes: [string, string][]) => attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');

const FALLBACK_TEXT: Record<string, string> = {
  vi: 'Đo tốc độ Internet với ứng dụng i-Speed',
  en: 'Measure your Internet speed with the i-Speed app',
};

/** The iframe's box: fixed banners are exact; others start at a sensible height and may be resized by the height message. */
export function frameSize(state: ConfiguratorState): { width: string; height: string; fixed: boolean } {
  if (state.widget === 'banner') {
    const match = /^(\d+)x(\d+)$/.exec(state.bannerSize);
    if (match) return { width: match[1], height: match[2], fixed: true };
    return { width: '100%', height: '110', fixed: false };
  }
  if (state.widget === 'qr-card') {
    const sizes: Record<string, [string, string]> = { compact: ['300', '560'], default: ['420', '600'], poster: ['640', '905'] };
    const [width, height] = sizes[state.qrSize] ?? sizes.default;
    return { width, height, fixed: false };
  }
  if (state.widget === 'progress') return { width: '480', height: state.ranking === '0' ? '340' : '620', fixed: false };
  return { width: '100%', height: state.layout === 'steps' ? '980' : '620', fixed: false };
}

export interface Snippets {
  element: string;
  oneTag: string;
  /** Undefined where an iframe cannot work (the sticky bar must sit on the page itself). */
  iframe?: string;
}

/** The widget's address on embed.html, for the iframe form and the preview. */
export function embedUrl(state: ConfiguratorState, base: string, extra: [string, string][] = []): string {
  const url = new URL('embed.html', base);
  url.searchParams.set('widget', state.widget);
  for (const [name, value] of [...widgetAttributes(state), ...extra]) url.searchParams.set(name, value);
  return url.href;
}

export function buildSnippets(state: ConfiguratorState, integrity: Record<string, string>): Snippets {
  const host = asFolder(state.host);
  const attributes = widgetAttributes(state);
  const tag = `ispeed-${state.widget}`;
  const lang = state.lang in FALLBACK_TEXT ? state.lang : 'vi';
  const sri = integrity['ispeed.js'] ? ` integrity="${integrity['ispeed.js']}" crossorigin="anonymous"` : '';
  const script = `<script src="${escapeAttribute(new URL('ispeed.js', host).href)}"${sri} async`;

  // The recommended fallback: the static banner of the same size holds the box (no layout shift).
  const size = state.widget === 'banner' ? /^(\d+)x(\d+)$/.exec(state.bannerSize) : null;
  const artBase = attributes.find(([name]) => name === 'asset-base')?.[1] ?? new URL('assets/', host).href;
  const fallback =
    size && state.variant !== 'sticky'
      ? `<a href="https://speedtest.vn"><img src="${escapeAttribute(new URL(`banner-${size[0]}-${lang}.svg`, artBase).href)}" width="${size[1]}" height="${size[2]}" alt="${FALLBACK_TEXT[lang]}"></a>`
      : `<a href="https://speedtest.vn">${FALLBACK_TEXT[lang]}</a>`;

  const element = `<${tag}${attributeText(attributes)}>\n  ${fallback}\n</${tag}>\n${script}></script>`;
  const oneTag = `${script} data-widget="${state.widget}"${attributes.map(([name, value]) => ` data-${name}="${escapeAttribute(value)}"`).join('')}></script>`;

  let iframe: string | undefined;
  if (!(state.widget === 'banner' && state.variant === 'sticky')) {
    const box = frameSize(state);
    iframe =
      `<iframe src="${escapeAttribute(embedUrl(state, host))}" width="${box.width}" height="${box.height}"` +
      ` title="${FALLBACK_TEXT[lang]}" loading="lazy" frameborder="0" scrolling="no"` +
      ` sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`;
  }
  return { element, oneTag, iframe };
}
