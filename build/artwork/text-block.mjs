// Sets a text as a block of lines in px: wraps it to a width, picks the
// largest size of the type scale that fits, and measures its ink box from the
// font, so a layout can keep every box 8 px clear of the others.
import { shapeLine, UNITS_PER_EM } from './outline-text.mjs';

/** The one type scale every banner draws from, in px. */
export const TYPE_SCALE = [32, 28, 24, 22, 20, 18, 16, 15, 14, 13, 12];

/** Sizes of the scale from `max` down to `min`. */
export const sizes = (max, min) => TYPE_SCALE.filter((size) => size <= max && size >= min);

/** Ink box of a shaped line set at `size` with its pen at x and baseline, in px. */
function inkBox(shaped, x, baseline, size) {
  const s = size / UNITS_PER_EM;
  return {
    left: x + shaped.ink.minX * s,
    right: x + shaped.ink.maxX * s,
    top: baseline - shaped.ink.maxY * s,
    bottom: baseline - shaped.ink.minY * s,
  };
}

/** Width the line takes from its pen position, in px. */
const lineWidth = (shaped, size) =>
  (Math.max(shaped.advance, shaped.ink.maxX) - Math.min(0, shaped.ink.minX)) * (size / UNITS_PER_EM);

/** Greedy wrap at spaces; undefined if a word alone is wider than `width`. */
function wrap(words, weight, size, width) {
  const lines = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (lineWidth(shapeLine(candidate, weight), size) <= width) current = candidate;
    else if (!current || lineWidth(shapeLine(word, weight), size) > width) return undefined;
    else {
      lines.push(current);
      current = word;
    }
  }
  lines.push(current);
  return lines;
}

/** Narrows the wrap width while the line count stays, so lines come out even (no lone last word). */
function balance(words, weight, size, width, count) {
  let low = 0;
  let high = width;
  while (high - low > 1) {
    const middle = (low + high) / 2;
    const lines = wrap(words, weight, size, middle);
    if (lines && lines.length <= count) high = middle;
    else low = middle;
  }
  return wrap(words, weight, size, high);
}

/**
 * The text set at the largest size in `sizeList` that fits `width` in at most
 * `maxLines` lines (and `maxHeight` px of ink, if given); undefined if none fits.
 * Lines are `lineHeight` em apart, or further where stacked diacritics of one
 * line would come within 2 px of the descenders of the line above.
 */
export function setText(
  text,
  { weight = 400, sizeList, width, maxLines = 1, maxHeight = Infinity, lineHeight = 1.25, even = false },
) {
  const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
  for (const size of sizeList) {
    let lines = wrap(words, weight, size, width);
    if (!lines || lines.length > maxLines) continue;
    if (even && lines.length > 1) lines = balance(words, weight, size, width, lines.length);
    const shaped = lines.map((line) => shapeLine(line, weight));
    const block = {
      text,
      weight,
      size,
      shaped,
      step: 0,
      height: 0,
      width: Math.max(...shaped.map((line) => lineWidth(line, size))),
    };
    const s = size / UNITS_PER_EM;
    block.step = shaped
      .slice(1)
      .reduce((step, line, i) => Math.max(step, (shaped[i].ink.minY * -1 + line.ink.maxY) * s + 2), lineHeight * size);
    block.height = (shaped[0].ink.maxY - shaped.at(-1).ink.minY) * s + block.step * (shaped.length - 1);
    if (block.height <= maxHeight) return block;
  }
  return undefined;
}

/**
 * Places a block with its ink's top at `top` and its pen at x (or its lines
 * centred on x when `align` is 'center'). Returns the lines' pen positions
 * and the ink box of the whole as { x, y, width, height }.
 */
export function place(block, x, top, align = 'left') {
  const s = block.size / UNITS_PER_EM;
  let baseline = top + block.shaped[0].ink.maxY * s;
  const lines = block.shaped.map((shaped) => {
    const penX = align === 'center' ? x - (shaped.advance * s) / 2 : x;
    const line = { shaped, x: penX, baseline, ink: inkBox(shaped, penX, baseline, block.size) };
    baseline += block.step;
    return line;
  });
  const left = Math.min(...lines.map((line) => line.ink.left));
  const right = Math.max(...lines.map((line) => line.ink.right));
  const topInk = Math.min(...lines.map((line) => line.ink.top));
  const bottom = Math.max(...lines.map((line) => line.ink.bottom));
  return { lines, box: { x: left, y: topInk, width: right - left, height: bottom - topInk } };
}
