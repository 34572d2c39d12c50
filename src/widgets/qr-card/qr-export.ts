import MARK from '../../ui/mark.json';
import { QUIET_ZONE, markModules, type QrMatrix } from '../../runtime/qr.js';

/** The words a saved card carries, in the visitor's language. */
export interface CardText {
  lang: string;
  title: string;
  caption: string;
  /** The target shown as text, for people who cannot scan. */
  link: string;
  /** "Unit: Xã Ea Kao", when the unit's name is known. */
  unitLine?: string;
}

const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
const ACCENT = '#0b5cad';
const WIDTH = 800;
const PADDING = 48;
const QR_SIDE = 560;
const QR_TOP = 150;

/** Vertical positions of the card's lines, in the 800-wide layout. */
function layout(text: CardText) {
  const captionY = QR_TOP + QR_SIDE + 62;
  const linkY = captionY + 48;
  const unitY = linkY + 50;
  return { titleY: 100, captionY, linkY, unitY, height: (text.unitLine ? unitY : linkY) + 56 };
}

/** A font size that keeps one line inside the card; Vietnamese averages ~0.56em per character. */
function fittedSize(text: string, preferred: number, width = WIDTH - 2 * PADDING): number {
  return Math.min(preferred, Math.floor(width / (text.length * 0.56)));
}

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where the centre mark goes, in modules: the same place on screen and in the saved files. */
export function markBox(matrix: QrMatrix): { start: number; side: number } {
  const side = markModules(matrix);
  return { start: QUIET_ZONE + (matrix.size - side) / 2, side };
}

/**
 * The mark's strokes as src/ui/mark.ts draws them (dial, ticks, needle, with
 * their widths), for the files, which cannot use its Lit shapes: the SVG
 * text and the canvas draw the mark from this one list.
 */
const MARK_STROKES = [
  [MARK.arc, 6],
  [MARK.ticks, 3],
  [MARK.needle, 5],
] as const;

/** The mark in its 64-unit box as SVG text, in the files' fixed colours. */
function markSvg(): string {
  const strokes = MARK_STROKES.map(([d, width]) => `<path d="${d}" stroke-width="${width}"/>`).join('');
  return (
    `<rect width="64" height="64" rx="${MARK.radius}" fill="${ACCENT}"/><g fill="none" stroke="#fff" stroke-linecap="round">${strokes}</g>` +
    `<circle cx="${MARK.hub.cx}" cy="${MARK.hub.cy}" r="${MARK.hub.r}" fill="#fff"/>`
  );
}

/** A standalone SVG file of the card: title, QR, caption, link and unit. */
export function cardSvg(matrix: QrMatrix, path: string, text: CardText, withMark: boolean): string {
  const { titleY, captionY, linkY, unitY, height } = layout(text);
  const modules = matrix.size + 2 * QUIET_ZONE;
  const qrX = (WIDTH - QR_SIDE) / 2;
  const mark = withMark ? markBox(matrix) : undefined;
  const centre = mark
    ? `<rect x="${mark.start - 0.5}" y="${mark.start - 0.5}" width="${mark.side + 1}" height="${mark.side + 1}" rx="1" fill="#fff"/>` +
      `<svg x="${mark.start}" y="${mark.start}" width="${mark.side}" height="${mark.side}" viewBox="${MARK.viewBox}">${markSvg()}</svg>`
    : '';
  const line = (y: number, size: number, content: string, extra = '') =>
    `<text x="${WIDTH / 2}" y="${y}" font-size="${size}" text-anchor="middle"${extra}>${xml(content)}</text>`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" lang="${xml(text.lang)}">`,
    `<title>${xml(text.caption)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    `<g font-family="${xml(FONT)}" fill="#1a2433">`,
    line(titleY, fittedSize(text.title, 44), text.title, ' font-weight="700"'),
    line(captionY, fittedSize(text.caption, 32), text.caption),
    line(linkY, fittedSize(text.link, 28), text.link, ` fill="${ACCENT}"`),
    text.unitLine ? line(unitY, fittedSize(text.unitLine, 28), text.unitLine) : '',
    `</g>`,
    `<svg x="${qrX}" y="${QR_TOP}" width="${QR_SIDE}" height="${QR_SIDE}" viewBox="0 0 ${modules} ${modules}" shape-rendering="crispEdges">`,
    `<rect width="${modules}" height="${modules}" fill="#fff"/><path d="${path}" fill="#000"/>${centre}</svg>`,
    `</svg>`,
  ].join('\n');
}

/**
 * The same card as a PNG, drawn with the canvas API (no image decoding, so
 * no blob: or data: URL that a strict CSP might block). `scale` 1.5 gives
 * a 1200 px wide file.
 */
export async function cardPng(matrix: QrMatrix, text: CardText, withMark: boolean, scale = 1.5): Promise<Blob> {
  const { titleY, captionY, linkY, unitY, height } = layout(text);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(WIDTH * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2D is not available');
  context.scale(scale, scale);
  context.fillStyle = '#fff';
  context.fillRect(0, 0, WIDTH, height);

  const write = (y: number, preferred: number, content: string, weight = 400, colour = '#1a2433') => {
    let size = preferred;
    do {
      context.font = `${weight} ${size}px ${FONT}`;
    } while (context.measureText(content).width > WIDTH - 2 * PADDING && --size > 10);
    context.fillStyle = colour;
    context.textAlign = 'center';
    context.fillText(content, WIDTH / 2, y);
  };
  write(titleY, 44, text.title, 700);
  write(captionY, 32, text.caption);
  write(linkY, 28, text.link, 400, ACCENT);
  if (text.unitLine) write(unitY, 28, text.unitLine);

  // Whole device pixels per module, from a whole-pixel origin: fractional
  // edges would leave anti-aliased seams between modules that confuse scanners.
  context.setTransform(1, 0, 0, 1, 0, 0);
  const modules = matrix.size + 2 * QUIET_ZONE;
  const unit = Math.floor((QR_SIDE * scale) / modules);
  const side = unit * modules;
  const left = Math.round((canvas.width - side) / 2);
  const top = Math.round(QR_TOP * scale + (QR_SIDE * scale - side) / 2);
  context.fillStyle = '#000';
  for (let row = 0; row < matrix.size; row++) {
    for (let col = 0; col < matrix.size; col++) {
      if (matrix.isDark(row, col))
        context.fillRect(left + (col + QUIET_ZONE) * unit, top + (row + QUIET_ZONE) * unit, unit, unit);
    }
  }
  if (withMark) {
    const mark = markBox(matrix);
    const x = left + mark.start * unit;
    const y = top + mark.start * unit;
    const size = mark.side * unit;
    context.fillStyle = '#fff';
    context.fillRect(x - unit / 2, y - unit / 2, size + unit, size + unit);
    context.translate(x, y);
    context.scale(size / 64, size / 64);
    context.fillStyle = ACCENT;
    context.beginPath();
    context.roundRect(0, 0, 64, 64, MARK.radius);
    context.fill();
    context.strokeStyle = '#fff';
    context.lineCap = 'round';
    for (const [d, width] of MARK_STROKES) {
      context.lineWidth = width;
      context.stroke(new Path2D(d));
    }
    context.fillStyle = '#fff';
    context.beginPath();
    context.arc(MARK.hub.cx, MARK.hub.cy, MARK.hub.r, 0, Math.PI * 2);
    context.fill();
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
  );
}
