// The static banners' layouts, one per standard size. Every text is set from
// the font (text-block.mjs) and drawn as outlines (outline-text.mjs); each
// layout tries the largest type first and steps down the one type scale until
// every box keeps CLEARANCE px from the others and from the edge.
import { fixed, GlyphSheet } from './outline-text.mjs';
import { place, setText, sizes } from './text-block.mjs';

export const CLEARANCE = 8;
/** Space between the facts of a tall banner, at least. */
const MIN_FACT_GAP = 16;
export const BLUE = '#0b5cad';
export const YELLOW = '#ffcc29';
const INK = '#1a1a1a';
const WHITE = '#ffffff';
const SOFT = '#e3eefb';

const attribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const rect = ({ x, y, width, height }) => [x, y, width, height].map((v) => fixed(v, 1)).join(' ');

/** One banner being drawn: its SVG parts and the boxes it records as data-box groups. */
class Drawing {
  constructor(width, height, mark) {
    Object.assign(this, { width, height, mark, parts: [], boxes: [], glyphs: new GlyphSheet() });
  }

  /** Draws a placed text block as a box with a role; returns its box. */
  text(role, block, x, top, { fill = WHITE, align = 'left', into = this.parts } = {}) {
    const placed = place(block, x, top, align);
    const lines = placed.lines.map((line) => this.glyphs.line(line.shaped, line.x, line.baseline, block.size)).join('');
    into.push(
      `<g data-box="${role}" data-rect="${rect(placed.box)}" data-text="${attribute(block.text)}" fill="${fill}">${lines}</g>`,
    );
    if (into === this.parts) this.boxes.push({ role, ...placed.box, text: block.text });
    return placed.box;
  }

  /** The i-Speed mark on a white tile, as a box. */
  markAt(x, y, size) {
    const { mark } = this;
    const s = size / 64;
    this.parts.push(
      `<g data-box="mark" data-rect="${rect({ x, y, width: size, height: size })}" transform="translate(${fixed(x)} ${fixed(y)}) scale(${fixed(s, 4)})">` +
        `<rect width="64" height="64" rx="${mark.radius}" fill="${WHITE}"/><g fill="none" stroke="${BLUE}" stroke-linecap="round">` +
        `<path d="${mark.arc}" stroke-width="6"/><path d="${mark.ticks}" stroke-width="3"/><path d="${mark.needle}" stroke-width="5"/></g>` +
        `<circle cx="${mark.hub.cx}" cy="${mark.hub.cy}" r="${mark.hub.r}" fill="${BLUE}"/></g>`,
    );
    this.boxes.push({ role: 'mark', x, y, width: size, height: size });
  }

  /**
   * The call to action: a yellow button whose label (and a chevron, where it
   * fits) sits at least CLEARANCE px inside it. `label` is a set block.
   */
  button(label, { x, y, width, height, chevron = true }) {
    const inner = [];
    const s = label.size;
    const chevronWidth = chevron ? s * 0.32 : 0;
    const gap = chevron ? s * 0.45 : 0;
    const contentWidth = label.width + gap + chevronWidth;
    const penX = x + (width - contentWidth) / 2;
    const top = y + (height - label.height) / 2;
    const box = this.text('cta-label', label, penX, top, { fill: INK, into: inner });
    const chevronPart = chevron
      ? `<path d="M${fixed(box.x + box.width + gap)} ${fixed(y + height / 2 - s * 0.32)}l${fixed(chevronWidth)} ${fixed(s * 0.32)}-${fixed(chevronWidth)} ${fixed(s * 0.32)}" fill="none" stroke="${INK}" stroke-width="${fixed(s * 0.13)}" stroke-linecap="round" stroke-linejoin="round"/>`
      : '';
    this.parts.push(
      `<g data-box="cta" data-rect="${rect({ x, y, width, height })}"><rect x="${fixed(x)}" y="${fixed(y)}" width="${fixed(width)}" height="${fixed(height)}" rx="8" fill="${YELLOW}"/>${inner.join('')}${chevronPart}</g>`,
    );
    this.boxes.push({ role: 'cta', x, y, width, height, text: label.text, label: box });
  }

  /** Artwork behind the content: the mark's dial, large and faint, bleeding off the corner. */
  dial(cx, cy, r) {
    this.parts.unshift(
      `<g fill="none" stroke="${WHITE}" stroke-opacity=".09" stroke-linecap="round"><circle cx="${fixed(cx)}" cy="${fixed(cy)}" r="${fixed(r)}" stroke-width="${fixed(r * 0.16)}"/>` +
        `<circle cx="${fixed(cx)}" cy="${fixed(cy)}" r="${fixed(r * 0.55)}" stroke-width="${fixed(r * 0.06)}"/></g>`,
    );
  }

  /** A short yellow rule, the campaign's accent. */
  rule(x, y, width, height = 4) {
    this.parts.push(
      `<rect x="${fixed(x)}" y="${fixed(y)}" width="${fixed(width)}" height="${height}" rx="${height / 2}" fill="${YELLOW}"/>`,
    );
  }

  /** A yellow disc with a dark tick: the bullet of a fact. */
  tick(cx, cy, r) {
    this.parts.push(
      `<circle cx="${fixed(cx)}" cy="${fixed(cy)}" r="${fixed(r)}" fill="${YELLOW}"/><path d="M${fixed(cx - r * 0.45)} ${fixed(cy + r * 0.02)}l${fixed(r * 0.3)} ${fixed(r * 0.3)} ${fixed(r * 0.55)}-${fixed(r * 0.6)}" fill="none" stroke="${INK}" stroke-width="${fixed(r * 0.22)}" stroke-linecap="round" stroke-linejoin="round"/>`,
    );
  }
}

/** The label of a button: the largest size that fits the width left for it. */
function label(text, sizeList, width) {
  const set = setText(text, { weight: 700, sizeList, width });
  if (!set) throw new Error(`the button's words "${text}" do not fit ${Math.floor(width)} px`);
  return set;
}

/** First of the candidates that sets; throws if none does, so a text that cannot fit fails the build. */
function first(what, ...candidates) {
  for (const candidate of candidates) {
    const result = candidate();
    if (result) return result;
  }
  throw new Error(`${what} does not fit`);
}

/** 728x90 leaderboard: mark, headline over message, button. */
function leaderboard(d, t) {
  const M = 16;
  d.dial(d.width - 250, d.height + 40, 120);
  d.markAt(M, (d.height - 56) / 2, 56);
  const cta = label(t.cta, sizes(18, 14), 200);
  const ctaWidth = cta.width + cta.size * 0.77 + 48;
  const ctaX = d.width - M - ctaWidth;
  d.button(cta, { x: ctaX, y: (d.height - 46) / 2, width: ctaWidth, height: 46 });
  const x = M + 56 + 18;
  const width = ctaX - 20 - x;
  const room = d.height - 2 * 10;
  const stack = first(
    '728x90 text',
    ...[
      [sizes(24, 18), 1, sizes(15, 13), 1],
      [sizes(20, 16), 1, sizes(14, 12), 2],
      [sizes(18, 14), 2, [], 0],
    ].map(([headSizes, headLines, messageSizes, messageLines]) => () => {
      const headline = setText(t.headline, {
        weight: 700,
        sizeList: headSizes,
        width,
        maxLines: headLines,
        even: true,
      });
      if (!headline) return undefined;
      const message = messageLines
        ? setText(t.message, { sizeList: messageSizes, width, maxLines: messageLines, even: true })
        : null;
      if (message === undefined) return undefined;
      const height = headline.height + (message ? CLEARANCE + 2 + message.height : 0);
      return height <= room ? { headline, message, height } : undefined;
    }),
  );
  const top = (d.height - stack.height) / 2;
  const box = d.text('headline', stack.headline, x, top);
  if (stack.message) d.text('message', stack.message, x, box.y + box.height + CLEARANCE + 2, { fill: SOFT });
}

/** 320x100 mobile banner: mark, headline, button. */
function mobile(d, t) {
  const M = 12;
  d.dial(d.width - 60, d.height + 20, 70);
  d.markAt(M, (d.height - 44) / 2, 44);
  const cta = label(t.cta, sizes(15, 12), 140);
  const ctaWidth = cta.width + 2 * 14;
  const ctaX = d.width - M - ctaWidth;
  d.button(cta, { x: ctaX, y: (d.height - 40) / 2, width: ctaWidth, height: 40, chevron: false });
  const x = M + 44 + 12;
  const headline = setText(t.headline, {
    weight: 700,
    sizeList: sizes(18, 12),
    width: ctaX - 12 - x,
    maxLines: 3,
    maxHeight: d.height - 20,
    even: true,
    lineHeight: 1.2,
  });
  if (!headline) throw new Error('320x100 headline does not fit');
  d.text('headline', headline, x, (d.height - headline.height) / 2);
}

/** 300x250 medium rectangle: mark and headline, message, full-width button. */
function rectangle(d, t) {
  const M = 20;
  d.dial(d.width + 10, d.height - 90, 110);
  d.markAt(M, M, 56);
  const x = M + 56 + 16;
  const headline = setText(t.headline, {
    weight: 700,
    sizeList: sizes(24, 16),
    width: d.width - M - x,
    maxLines: 3,
    even: true,
    lineHeight: 1.2,
  });
  const headTop = headline.height <= 56 ? M + (56 - headline.height) / 2 : M;
  const headBox = d.text('headline', headline, x, headTop);
  const ctaHeight = 48;
  const ctaY = d.height - M - ctaHeight;
  d.button(label(t.cta, sizes(18, 14), 200), { x: M, y: ctaY, width: d.width - 2 * M, height: ctaHeight });
  const above = Math.max(M + 56, headBox.y + headBox.height);
  const room = ctaY - above - 2 * 12;
  const message = setText(t.message, {
    sizeList: sizes(16, 13),
    width: d.width - 2 * M,
    maxLines: 3,
    maxHeight: room,
    even: true,
    lineHeight: 1.35,
  });
  if (!message) throw new Error('300x250 message does not fit');
  d.text('message', message, M, above + (ctaY - above - message.height) / 2, { fill: SOFT });
}

/**
 * The tall sizes: mark, headline and accent rule at the top; the three facts
 * spread through the middle; the button and the web address at the foot.
 */
function tower(d, t, { M, markSize, headSizes, factSizes, ctaSizes, ctaHeight, factIndent }) {
  d.dial(d.width * 0.85, d.height * 0.62, d.width * 0.55);
  d.markAt(M, M + 4, markSize);
  const width = d.width - 2 * M;
  const headline = setText(t.headline, {
    weight: 700,
    sizeList: headSizes,
    width,
    maxLines: 5,
    even: true,
    lineHeight: 1.18,
  });
  const headBox = d.text('headline', headline, M, M + 4 + markSize + 18);
  const ruleY = headBox.y + headBox.height + 16;
  d.rule(M, ruleY, 40);

  const url = setText(t.web, { weight: 500, sizeList: sizes(15, 12), width });
  const urlBox = d.text('web', url, d.width / 2, d.height - M - url.height, { fill: SOFT, align: 'center' });
  const ctaY = urlBox.y - 14 - ctaHeight;
  // With a chevron where the words allow it, else the words alone.
  const cta =
    setText(t.cta, { weight: 700, sizeList: ctaSizes, width: width - 2 * 14 - ctaSizes[0] * 0.77 }) ??
    label(t.cta, ctaSizes, width - 2 * 12);
  const chevron = cta.width + cta.size * 0.77 + 2 * 14 <= width;
  d.button(cta, { x: M, y: ctaY, width, height: ctaHeight, chevron });

  // All three facts share one size: the largest at which each fits with air around them.
  const top = ruleY + 4 + 20;
  const factWidth = width - factIndent;
  const { facts, gap } = first(
    `${d.width}x${d.height} facts`,
    ...factSizes.map((size) => () => {
      const set = t.facts.map((fact) =>
        setText(fact, { sizeList: [size], width: factWidth, maxLines: 4, even: true, lineHeight: 1.3 }),
      );
      if (!set.every(Boolean)) return undefined;
      const free = ctaY - 20 - top - set.reduce((sum, fact) => sum + fact.height, 0);
      const spacing = free / (set.length + 1);
      return spacing >= MIN_FACT_GAP ? { facts: set, gap: spacing } : undefined;
    }),
  );
  let y = top + gap;
  for (const [i, fact] of facts.entries()) {
    const r = Math.min(Math.round(fact.size * 0.62), (factIndent - CLEARANCE) / 2);
    d.tick(M + r, y + fact.size * 0.36, r);
    const box = d.text(`fact-${i + 1}`, fact, M + factIndent, y);
    y = box.y + box.height + gap;
  }
}

export const LAYOUTS = {
  '728x90': leaderboard,
  '300x250': rectangle,
  '300x600': (d, t) =>
    tower(d, t, {
      M: 24,
      markSize: 72,
      headSizes: sizes(32, 22),
      factSizes: sizes(18, 14),
      ctaSizes: sizes(20, 16),
      ctaHeight: 56,
      factIndent: 36,
    }),
  '160x600': (d, t) =>
    tower(d, t, {
      M: 14,
      markSize: 56,
      headSizes: sizes(22, 15),
      factSizes: sizes(15, 12),
      ctaSizes: sizes(16, 12),
      ctaHeight: 48,
      factIndent: 24,
    }),
  '320x100': mobile,
};

/**
 * Every box at least CLEARANCE px from the edge and from every other box,
 * and the button's label CLEARANCE px inside it. Returns the problems found.
 */
export function clearanceProblems(boxes, width, height) {
  const problems = [];
  const gap = (a, b) =>
    Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), b.y - (a.y + a.height), a.y - (b.y + b.height));
  for (const [i, a] of boxes.entries()) {
    const edge = Math.min(a.x, a.y, width - a.x - a.width, height - a.y - a.height);
    if (edge < CLEARANCE - 0.01) problems.push(`${a.role} is ${edge.toFixed(1)} px from the edge`);
    for (const b of boxes.slice(i + 1))
      if (gap(a, b) < CLEARANCE - 0.01) problems.push(`${a.role} and ${b.role} are ${gap(a, b).toFixed(1)} px apart`);
    if (a.label) {
      const inset = Math.min(
        a.label.x - a.x,
        a.label.y - a.y,
        a.x + a.width - a.label.x - a.label.width,
        a.y + a.height - a.label.y - a.label.height,
      );
      if (inset < CLEARANCE - 0.01) problems.push(`the ${a.role} label is ${inset.toFixed(1)} px inside its button`);
    }
  }
  return problems;
}

/** The SVG of one banner, its recorded boxes, and the words it shows. */
export function drawBanner(size, lang, texts, mark) {
  const [width, height] = size.split('x').map(Number);
  const d = new Drawing(width, height, mark);
  LAYOUTS[size](d, texts);
  const problems = clearanceProblems(d.boxes, width, height);
  if (problems.length) throw new Error(`banner ${size} ${lang}: ${problems.join('; ')}`);
  const alt = `${texts.headline}. ${texts.cta}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" lang="${lang}" role="img">` +
    `<title>${attribute(alt)}</title>${d.glyphs.defs()}<rect width="${width}" height="${height}" fill="${BLUE}"/>${d.parts.join('')}</svg>\n`;
  return { svg, alt, boxes: d.boxes };
}
