// Every static banner in assets/ (build/artwork/artwork.mjs): text drawn as
// outlines only, every box 8 px clear of the others and of the edge as
// recorded and as Chromium measures the outlines, and each PNG the same
// picture as its SVG at 1x and 2x.
import { expect } from '@open-wc/testing';
import type { AssetEntry, AssetManifest } from '../../src/runtime/assets.js';
import { FIXED_SIZES } from '../helpers/banner-sizes.js';

const CLEARANCE = 8;
const ASSETS = '/assets/';

interface Box {
  role: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const manifest = async (): Promise<AssetManifest> => (await fetch(`${ASSETS}manifest.json`)).json();
const banners = (m: AssetManifest, extension: string) =>
  m.assets.filter((entry) => entry.kind === 'banner' && entry.file.endsWith(extension));

async function parseSvg(file: string): Promise<SVGSVGElement> {
  const doc = new DOMParser().parseFromString(await (await fetch(ASSETS + file)).text(), 'image/svg+xml');
  expect(doc.querySelector('parsererror'), `${file} parses`).to.equal(null);
  return doc.documentElement as unknown as SVGSVGElement;
}

function recordedBox(group: Element): Box {
  const [x, y, width, height] = group.getAttribute('data-rect')!.split(' ').map(Number);
  return { role: group.getAttribute('data-box')!, x, y, width, height };
}

/** Distance between two boxes: negative when they overlap. */
const gap = (a: Box, b: Box) =>
  Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), b.y - (a.y + a.height), a.y - (b.y + b.height));
const edge = (a: Box, width: number, height: number) =>
  Math.min(a.x, a.y, width - a.x - a.width, height - a.y - a.height);
const inset = (inner: Box, outer: Box) =>
  Math.min(
    inner.x - outer.x,
    inner.y - outer.y,
    outer.x + outer.width - inner.x - inner.width,
    outer.y + outer.height - inner.y - inner.height,
  );

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error(`${src} does not load`));
    image.src = src;
  });
}

function pixels(image: HTMLImageElement, width: number, height: number): Uint8ClampedArray {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, width, height);
  return context.getImageData(0, 0, width, height).data;
}

/** Share of pixels where any channel differs by more than 48 of 255 (anti-aliasing differs between renderers). */
function differingShare(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let differing = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2])) > 48) differing++;
  }
  return differing / (a.length / 4);
}

describe('static banner artwork (assets/)', () => {
  it('lists an SVG and a PNG with its 2x twin for every size and language', async () => {
    const m = await manifest();
    for (const size of FIXED_SIZES) {
      for (const lang of ['vi', 'en']) {
        const stem = `banner-${size}-${lang}`;
        const mine = m.assets.filter((entry) => entry.size === size && entry.lang === lang);
        expect(
          mine.map((entry) => [entry.file, entry.file2x]),
          stem,
        ).to.deep.equal([
          [`${stem}.svg`, undefined],
          [`${stem}.png`, `${stem}-2x.png`],
        ]);
      }
    }
  });

  it('draws every text as outlines, reusing each glyph, with no <text> and no font', async () => {
    for (const entry of banners(await manifest(), '.svg')) {
      const svg = await parseSvg(entry.file);
      expect(
        svg.querySelectorAll('text, tspan, foreignObject, style, font, script').length,
        `${entry.file}: no text or style elements`,
      ).to.equal(0);
      expect(svg.querySelector('[font-family]'), `${entry.file}: no font-family`).to.equal(null);
      const glyphs = [...svg.querySelectorAll('defs > path')];
      const outlines = glyphs.map((path) => path.getAttribute('d'));
      expect(new Set(outlines).size, `${entry.file}: each glyph defined once`).to.equal(outlines.length);
      const uses = [...svg.querySelectorAll('use')];
      expect(uses.length, `${entry.file}: glyphs are reused`).to.be.greaterThan(glyphs.length);
      const ids = new Set(glyphs.map((path) => `#${path.id}`));
      expect(
        uses.every((use) => ids.has(use.getAttribute('href')!)),
        `${entry.file}: every <use> names a defined glyph`,
      ).to.equal(true);
      for (const role of ['headline', 'cta-label'])
        expect(svg.querySelector(`[data-box="${role}"] use`), `${entry.file}: ${role} drawn`).to.not.equal(null);
    }
  });

  it("keeps every recorded box 8 px from the others and from the edge, and the button's words 8 px inside it", async () => {
    for (const entry of banners(await manifest(), '.svg')) {
      const svg = await parseSvg(entry.file);
      const groups = [...svg.querySelectorAll('[data-box]')];
      const top = groups.filter((group) => !group.parentElement!.closest('[data-box]')).map(recordedBox);
      expect(
        top.map((box) => box.role),
        entry.file,
      ).to.include.members(['mark', 'headline', 'cta']);
      for (const [i, a] of top.entries()) {
        expect(edge(a, entry.width!, entry.height!), `${entry.file}: ${a.role} from the edge`).to.be.at.least(
          CLEARANCE,
        );
        for (const b of top.slice(i + 1))
          expect(gap(a, b), `${entry.file}: ${a.role} to ${b.role}`).to.be.at.least(CLEARANCE);
      }
      for (const group of groups.filter((g) => g.parentElement!.closest('[data-box]'))) {
        const parent = recordedBox(group.parentElement!.closest('[data-box]')!);
        expect(
          inset(recordedBox(group), parent),
          `${entry.file}: ${group.getAttribute('data-box')} inside ${parent.role}`,
        ).to.be.at.least(CLEARANCE);
      }
    }
  });

  it('records boxes that hold the outlines Chromium draws', async () => {
    for (const entry of banners(await manifest(), '.svg')) {
      const svg = document.importNode(await parseSvg(entry.file), true);
      document.body.append(svg);
      try {
        for (const group of svg.querySelectorAll<SVGGElement>('[data-box][data-text]')) {
          const recorded = recordedBox(group);
          const drawn = group.getBBox();
          const label = `${entry.file}: ${recorded.role} ink ${[drawn.x, drawn.y, drawn.width, drawn.height].map((v) => v.toFixed(1))}`;
          expect(drawn.width, label).to.be.greaterThan(0);
          expect(drawn.x, label).to.be.at.least(recorded.x - 0.5);
          expect(drawn.y, label).to.be.at.least(recorded.y - 0.5);
          expect(drawn.x + drawn.width, label).to.be.at.most(recorded.x + recorded.width + 0.5);
          expect(drawn.y + drawn.height, label).to.be.at.most(recorded.y + recorded.height + 0.5);
        }
      } finally {
        svg.remove();
      }
    }
  });

  it('has PNGs of the right pixel size, 1x and 2x, that show the same picture as the SVG', async () => {
    const m = await manifest();
    const svgOf = (png: AssetEntry) =>
      banners(m, '.svg').find((entry) => entry.size === png.size && entry.lang === png.lang)!;
    const pngs = banners(m, '.png');
    expect(pngs.length).to.equal(10);
    for (const png of pngs) {
      const { width, height } = png as Required<AssetEntry>;
      const svg = await loadImage(ASSETS + svgOf(png).file);
      for (const [file, scale] of [
        [png.file, 1],
        [png.file2x!, 2],
      ] as const) {
        const image = await loadImage(ASSETS + file);
        expect([image.naturalWidth, image.naturalHeight], file).to.deep.equal([width * scale, height * scale]);
        const share = differingShare(
          pixels(image, width * scale, height * scale),
          pixels(svg, width * scale, height * scale),
        );
        expect(share, `${file}: share of pixels that differ from Chromium's rendering of the SVG`).to.be.below(0.005);
      }
    }
  });

  it('tells different artwork apart (the comparison above can fail)', async () => {
    const [vi, en] = await Promise.all([
      loadImage(`${ASSETS}banner-300x250-vi.png`),
      loadImage(`${ASSETS}banner-300x250-en.svg`),
    ]);
    expect(differingShare(pixels(vi, 300, 250), pixels(en, 300, 250))).to.be.above(0.03);
  });
});
