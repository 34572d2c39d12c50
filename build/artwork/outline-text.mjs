// Text as outlines: shapes a string with the font's own tables (GSUB
// ligatures, kerning, GPOS mark positioning) through fontkit and returns the
// glyph outlines, so artwork never depends on the fonts a visitor has.
//
// @fontsource splits Be Vietnam Pro into unicode-range subsets (latin,
// vietnamese, latin-ext) of the same design: each character is drawn from the
// first subset that has it, and a run of characters from one subset is shaped
// as a whole so its kerning and marks apply.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);
const FONT_FOLDER = join(dirname(require.resolve('@fontsource/be-vietnam-pro/package.json')), 'files');
const SUBSETS = ['latin', 'vietnamese', 'latin-ext'];
const fonts = new Map();

/** The subsets of one weight, in fallback order. */
function subsetsOf(weight) {
  if (!fonts.has(weight)) {
    fonts.set(
      weight,
      SUBSETS.map((subset) => ({
        subset,
        font: fontkit.openSync(join(FONT_FOLDER, `be-vietnam-pro-${subset}-${weight}-normal.woff2`)),
      })),
    );
  }
  return fonts.get(weight);
}

/** Splits text into runs that one subset covers; spaces stay in the run they are in. */
function runs(text, weight) {
  const subsets = subsetsOf(weight);
  const result = [];
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0);
    const current = result.at(-1);
    if (current && (char === ' ' || current.font.hasGlyphForCodePoint(code))) {
      current.text += char;
      continue;
    }
    const found = subsets.find(({ font }) => font.hasGlyphForCodePoint(code));
    if (!found)
      throw new Error(`Be Vietnam Pro ${weight} has no glyph for "${char}" (U+${code.toString(16).toUpperCase()})`);
    result.push({ ...found, text: char });
  }
  return result;
}

/**
 * One line of text in font units (1000 per em): each glyph with its key (for
 * reuse), pen position and ink box; the advance width and the ink box of the whole.
 */
export function shapeLine(text, weight) {
  const glyphs = [];
  let pen = 0;
  for (const run of runs(text, weight)) {
    const { glyphs: shaped, positions } = run.font.layout(run.text);
    shaped.forEach((glyph, i) => {
      const { xAdvance, xOffset, yOffset } = positions[i];
      const x = pen + xOffset;
      const y = yOffset;
      if (glyph.path.commands.length) glyphs.push({ key: `${run.subset}-${weight}-${glyph.id}`, glyph, x, y });
      pen += xAdvance;
    });
  }
  const ink = glyphs.reduce(
    (box, { glyph, x, y }) => ({
      minX: Math.min(box.minX, x + glyph.bbox.minX),
      maxX: Math.max(box.maxX, x + glyph.bbox.maxX),
      minY: Math.min(box.minY, y + glyph.bbox.minY),
      maxY: Math.max(box.maxY, y + glyph.bbox.maxY),
    }),
    { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity },
  );
  return { text, weight, glyphs, advance: pen, ink };
}

const UNITS_PER_EM = 1000;
/**
 * Outlines are written on a grid of 4 font units (250 per em): at the
 * largest size, 32 px, a step is 0.13 px, finer than a pixel at 2x, and the
 * numbers are a digit shorter.
 */
const GRID = 4;
const round = (value) => Math.round(value / GRID);

const LETTERS = { moveTo: 'm', lineTo: 'l', quadraticCurveTo: 'q', bezierCurveTo: 'c' };

/**
 * A glyph outline as path data in whole font units with y pointing down, as
 * SVG wants it; relative commands (and h/v for straight lines) keep it short.
 */
function outline(glyph) {
  let d = '';
  let [x, y] = [0, 0];
  let [startX, startY] = [0, 0];
  for (const { command, args } of glyph.path.commands) {
    if (command === 'closePath') {
      d += 'z';
      [x, y] = [startX, startY];
      continue;
    }
    const points = args.map((value, i) => round(i % 2 ? -value : value));
    const relative = points.map((value, i) => value - (i % 2 ? y : x));
    [x, y] = points.slice(-2);
    if (command === 'moveTo') [startX, startY] = [x, y];
    if (command === 'lineTo' && relative[1] === 0) d += `h${relative[0]}`;
    else if (command === 'lineTo' && relative[0] === 0) d += `v${relative[1]}`;
    else d += LETTERS[command] + relative.join(' ');
  }
  return d.replace(/ -/g, '-').replace(/^m/, 'M');
}

/**
 * Collects the glyphs one SVG file uses: each outline goes once into <defs>,
 * and every occurrence is a <use> of it.
 */
export class GlyphSheet {
  #ids = new Map();
  #paths = [];

  #idOf({ key, glyph }) {
    if (!this.#ids.has(key)) {
      const id = `g${this.#ids.size.toString(36)}`;
      this.#ids.set(key, id);
      this.#paths.push(`<path id="${id}" d="${outline(glyph)}"/>`);
    }
    return this.#ids.get(key);
  }

  /** A line whose pen starts at (x, baseline), in px, at `size` px per em. */
  line(shaped, x, baseline, size) {
    const scale = (size / UNITS_PER_EM) * GRID;
    const uses = shaped.glyphs
      .map((g) => `<use href="#${this.#idOf(g)}" x="${round(g.x)}"${g.y ? ` y="${round(-g.y)}"` : ''}/>`)
      .join('');
    return `<g transform="translate(${fixed(x)} ${fixed(baseline)}) scale(${fixed(scale, 4)})">${uses}</g>`;
  }

  defs() {
    return `<defs>${this.#paths.join('')}</defs>`;
  }
}

export const fixed = (value, digits = 2) => String(Number(value.toFixed(digits)));
export { UNITS_PER_EM };
