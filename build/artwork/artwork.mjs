// Draws the project's own artwork into assets/: the i-Speed mark and a static
// banner for each size and language, plus manifest.json. Run `npm run artwork`
// after changing a layout or a text; the files are committed so a webmaster
// can use them with no build.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import UPNG from 'upng-js';
import { writeAssetManifest } from '../asset-manifest.mjs';
import { importTypeScript } from '../import-ts.mjs';
import { drawBanner } from './banner-layouts.mjs';

const mark = JSON.parse(readFileSync('src/ui/mark.json', 'utf8'));
const drawings = JSON.parse(readFileSync('src/widgets/guide/illustrations.json', 'utf8'));
const BLUE = '#0b5cad';
const OUT = process.argv[2] ?? 'assets';
const { FIXED_BANNER_SIZES: SIZES } = await importTypeScript('src/registry/campaign.ts');

/** The banner's words, from the same translations as the card variant. */
function texts(lang) {
  const { banner } = JSON.parse(readFileSync(`src/runtime/locales/${lang}.json`, 'utf8'));
  return {
    headline: banner.headline,
    message: banner.message,
    cta: banner.cta,
    facts: [banner.featureFree, banner.featureNoData, banner.featureAuto],
    web: 'speedtest.vn',
  };
}

const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function markAt(x, y, size, { background = '#ffffff', line = BLUE } = {}) {
  const s = size / 64;
  return (
    `<g transform="translate(${x} ${y}) scale(${s})"><rect width="64" height="64" rx="${mark.radius}" fill="${background}"/>` +
    `<g fill="none" stroke="${line}" stroke-linecap="round"><path d="${mark.arc}" stroke-width="6"/><path d="${mark.ticks}" stroke-width="3"/>` +
    `<path d="${mark.needle}" stroke-width="5"/></g><circle cx="${mark.hub.cx}" cy="${mark.hub.cy}" r="${mark.hub.r}" fill="${line}"/></g>`
  );
}

/**
 * PNG of an SVG at `scale` times its size; the SVG has no text, so no font is
 * loaded. UPNG re-encodes resvg's pixels losslessly with better filtering:
 * half the bytes, the same picture.
 */
function renderPng(svg, width, scale) {
  const {
    pixels,
    width: w,
    height: h,
  } = new Resvg(svg, { fitTo: { mode: 'width', value: width * scale }, font: { loadSystemFonts: false } }).render();
  return Buffer.from(
    UPNG.encode([pixels.buffer.slice(pixels.byteOffset, pixels.byteOffset + pixels.byteLength)], w, h, 0),
  );
}

const manifest = { schema: 'ispeed-widgets/assets', version: 1, assets: [] };
mkdirSync(join(OUT, 'guide'), { recursive: true });

const markFile = 'ispeed-mark.svg';
writeFileSync(
  join(OUT, markFile),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64" role="img"><title>i-Speed</title>${markAt(0, 0, 64, { background: BLUE, line: '#ffffff' })}</svg>\n`,
);
manifest.assets.push({
  kind: 'icon',
  file: markFile,
  width: 64,
  height: 64,
  alt: { vi: 'Biểu tượng i-Speed', en: 'i-Speed mark' },
});

// The SVG entries come first: the image variant takes the first banner of its
// size and language, and the vector file is sharp at any zoom.
const pngEntries = [];
for (const size of SIZES) {
  const [width, height] = size.split('x').map(Number);
  for (const lang of ['vi', 'en']) {
    const { svg, alt } = drawBanner(size, lang, texts(lang), mark);
    const stem = `banner-${size}-${lang}`;
    writeFileSync(join(OUT, `${stem}.svg`), svg);
    writeFileSync(join(OUT, `${stem}.png`), renderPng(svg, width, 1));
    writeFileSync(join(OUT, `${stem}-2x.png`), renderPng(svg, width, 2));
    manifest.assets.push({ kind: 'banner', size, lang, file: `${stem}.svg`, width, height, alt: { [lang]: alt } });
    pngEntries.push({
      kind: 'banner',
      size,
      lang,
      file: `${stem}.png`,
      file2x: `${stem}-2x.png`,
      width,
      height,
      alt: { [lang]: alt },
    });
  }
}
manifest.assets.push(...pngEntries);

// The guide's step drawings, in the light theme's colours (the widget themes its inline copies).
const PALETTE = {
  'ill-phone': 'fill="#1a2433"',
  'ill-screen': 'fill="#fff"',
  'ill-field': 'fill="#fff" stroke="#c9d3e0" stroke-width="1.5"',
  'ill-card': 'fill="#fff" stroke="#c9d3e0" stroke-width="1.5"',
  'ill-muted': 'fill="#c9d3e0"',
  'ill-accent': `fill="${BLUE}"`,
  'ill-knob': 'fill="#fff" stroke="#c9d3e0"',
  'ill-on-accent': 'fill="#fff"',
  'ill-on-accent-stroke': 'fill="none" stroke="#fff" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"',
  'ill-stroke': 'fill="none" stroke="#4a5566" stroke-width="2" stroke-linecap="round"',
  'ill-ring': `fill="none" stroke="${BLUE}" stroke-width="2.5" stroke-dasharray="4 3"`,
  'ill-accent-stroke': `fill="none" stroke="${BLUE}" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"`,
};
function shape(item) {
  const paint = PALETTE[item.class] ?? '';
  if (item.type === 'rect')
    return `<rect x="${item.x}" y="${item.y}" width="${item.width}" height="${item.height}"${item.rx ? ` rx="${item.rx}"` : ''} ${paint}/>`;
  if (item.type === 'circle') return `<circle cx="${item.cx}" cy="${item.cy}" r="${item.r}" ${paint}/>`;
  if (item.type === 'path') return `<path d="${item.d}" ${paint}/>`;
  return markAt(item.x, item.y, item.size, { background: BLUE, line: '#ffffff' });
}
const ALT = {
  'store-search': ['Tìm ứng dụng trong cửa hàng', 'Searching the app store'],
  install: ['Cài đặt ứng dụng', 'Installing the app'],
  'open-app': ['Mở ứng dụng i-Speed', 'Opening i-Speed'],
  permission: ['Cho phép quyền đo', 'Allowing measurement'],
  'auto-toggle': ['Bật chế độ đo tự động', 'Turning on automatic measurement'],
  'keep-on': ['Giữ chế độ đo tự động', 'Keeping automatic measurement on'],
};
for (const [name, shapes] of Object.entries(drawings.illustrations)) {
  const file = `guide/step-${name}.svg`;
  const [, , width, height] = drawings.viewBox.split(' ').map(Number);
  writeFileSync(
    join(OUT, file),
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${drawings.viewBox}" width="${width}" height="${height}" role="img"><title>${esc(ALT[name][0])}</title>` +
      `${[...drawings.phone, ...shapes].map(shape).join('')}</svg>\n`,
  );
  manifest.assets.push({ kind: 'illustration', file, width, height, alt: { vi: ALT[name][0], en: ALT[name][1] } });
}

writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeAssetManifest(OUT);
console.log(`Wrote ${manifest.assets.length} files and manifest.json to ${OUT}/.`);
