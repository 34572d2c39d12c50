// Draws the project's own artwork into assets/: the i-Speed mark and a static
// banner for each size and language, plus manifest.json. Run `npm run artwork`
// after changing a layout or a text; the files are committed so a webmaster
// can use them with no build.
import { readFileSync, writeFileSync } from 'node:fs';
import { writeAssetManifest } from './lib/asset-manifest.mjs';

const mark = JSON.parse(readFileSync('src/core/mark.json', 'utf8'));
const drawings = JSON.parse(readFileSync('src/components/guide/illustrations.json', 'utf8'));
const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
const BLUE = '#0b5cad';
const YELLOW = '#ffcc29';

const TEXT = {
  vi: {
    alt: 'Đo tốc độ Internet với ứng dụng i-Speed',
    cta: 'Tải ứng dụng',
    headline: { 2: ['Đo tốc độ Internet', 'với i-Speed'], 3: ['Đo tốc độ', 'Internet với', 'i-Speed'], 1: ['Đo tốc độ Internet với i-Speed'] },
    message: ['Ứng dụng miễn phí của VNNIC,', 'miễn cước data di động khi đo.'],
    features: [['Đo tốc độ tải xuống,', 'tải lên và độ trễ'], ['Ứng dụng miễn phí', 'của VNNIC'], ['Miễn cước data', 'di động khi đo'], ['Bật chế độ đo', 'tự động']],
  },
  en: {
    alt: 'Measure your Internet speed with the i-Speed app',
    cta: 'Get the app',
    headline: { 2: ['Measure your Internet', 'speed with i-Speed'], 3: ['Measure your', 'Internet speed', 'with i-Speed'], 1: ['Measure your Internet speed with i-Speed'] },
    message: ['A free app from VNNIC. No mobile', 'data charges while measuring.'],
    features: [['Measures download,', 'upload and latency'], ['A free app', 'from VNNIC'], ['No mobile data', 'charges to measure'], ['Turn on automatic', 'measurement']],
  },
};

const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function markAt(x, y, size, { background = '#ffffff', line = BLUE } = {}) {
  const s = size / 64;
  return `<g transform="translate(${x} ${y}) scale(${s})"><rect width="64" height="64" rx="${mark.radius}" fill="${background}"/>` +
    `<g fill="none" stroke="${line}" stroke-linecap="round"><path d="${mark.arc}" stroke-width="6"/><path d="${mark.ticks}" stroke-width="3"/>` +
    `<path d="${mark.needle}" stroke-width="5"/></g><circle cx="${mark.hub.cx}" cy="${mark.hub.cy}" r="${mark.hub.r}" fill="${line}"/></g>`;
}

function lines(list, x, y, size, lineHeight, attrs = '') {
  return list.map((line, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}"${attrs}>${esc(line)}</text>`).join('');
}

function button(x, y, width, height, label, size) {
  return `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="8" fill="${YELLOW}"/>` +
    `<text x="${x + width / 2}" y="${y + height / 2 + size * 0.36}" font-size="${size}" font-weight="700" fill="#1a1a1a" text-anchor="middle">${esc(label)}</text>`;
}

function features(list, x, y, size, gap) {
  let out = '';
  list.forEach((item, i) => {
    const top = y + i * gap;
    out += `<circle cx="${x + 5}" cy="${top - size * 0.35}" r="5" fill="${YELLOW}"/>` + lines(item, x + 18, top, size, size * 1.3);
  });
  return out;
}

const LAYOUTS = {
  '728x90': (t) => markAt(16, 13, 64) + lines(t.headline[1], 96, 40, 24, 0, ' font-weight="700"') +
    lines([t.message.join(' ')], 96, 66, 15, 0, ' fill="#e3eefb"') + button(540, 22, 170, 46, t.cta, 18),
  '300x250': (t) => markAt(20, 20, 60) + lines(t.headline[2], 94, 44, 20, 26, ' font-weight="700"') +
    lines(t.message, 20, 124, 15, 21, ' fill="#e3eefb"') + button(20, 182, 260, 48, t.cta, 18),
  '300x600': (t) => markAt(24, 32, 96) + lines(t.headline[3], 24, 176, 32, 38, ' font-weight="700"') +
    features(t.features, 24, 310, 17, 56) + button(24, 520, 252, 52, t.cta, 20),
  '160x600': (t) => markAt(36, 28, 88) + lines(t.headline[3], 14, 156, 20, 26, ' font-weight="700"') +
    features(t.features, 14, 262, 13, 52) + button(12, 528, 136, 48, t.cta, 15),
  '320x100': (t) => markAt(12, 22, 56) + lines(t.headline[3], 80, 36, 15, 19, ' font-weight="700"') + button(212, 30, 96, 40, t.cta, 13),
};

const manifest = { schema: 'ispeed-widgets/assets', version: 1, assets: [] };

const markFile = 'ispeed-mark.svg';
writeFileSync(`assets/${markFile}`,
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64" role="img"><title>i-Speed</title>${markAt(0, 0, 64, { background: BLUE, line: '#ffffff' })}</svg>\n`);
manifest.assets.push({ kind: 'icon', file: markFile, width: 64, height: 64, alt: { vi: 'Biểu tượng i-Speed', en: 'i-Speed mark' } });

for (const [size, draw] of Object.entries(LAYOUTS)) {
  const [width, height] = size.split('x').map(Number);
  for (const [lang, text] of Object.entries(TEXT)) {
    const file = `banner-${size}-${lang}.svg`;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" lang="${lang}" role="img">` +
      `<title>${esc(text.alt)}</title><rect width="${width}" height="${height}" fill="${BLUE}"/>` +
      `<g font-family="${FONT}" fill="#ffffff">${draw(text)}</g></svg>\n`;
    writeFileSync(`assets/${file}`, svg);
    manifest.assets.push({ kind: 'banner', size, lang, file, width, height, alt: { [lang]: text.alt } });
  }
}

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
  if (item.type === 'rect') return `<rect x="${item.x}" y="${item.y}" width="${item.width}" height="${item.height}"${item.rx ? ` rx="${item.rx}"` : ''} ${paint}/>`;
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
  writeFileSync(`assets/${file}`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${drawings.viewBox}" width="${width}" height="${height}" role="img"><title>${esc(ALT[name][0])}</title>` +
    `${[...drawings.phone, ...shapes].map(shape).join('')}</svg>\n`);
  manifest.assets.push({ kind: 'illustration', file, width, height, alt: { vi: ALT[name][0], en: ALT[name][1] } });
}

writeFileSync('assets/manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
writeAssetManifest('assets');
console.log(`Wrote ${manifest.assets.length} files and manifest.json to assets/.`);
