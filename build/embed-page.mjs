// The embed page's static artwork: what a frame that runs no script shows
// (TinyMCE wraps pasted iframes in sandbox=""). Without script the page
// cannot read its address, so CSS chooses: a <picture> whose sources ask the
// frame's own shape (media queries in a frame measure the frame), one per
// banner size of the artwork manifest, linked to the smart link page.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKER = '<!-- static artwork -->';
const escape = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A ratio as a media query writes it, in thousandths: 5.118 → "5118/1000". */
const ratio = (value) => `${Math.round(value * 1000)}/1000`;

/**
 * The SVG banners of one language, widest shape first, each with the
 * narrowest frame shape (width / height) it is chosen for: halfway, on a
 * log scale, to the next narrower banner, so a frame of a banner's exact
 * size always gets that banner.
 */
export function artworkByShape(manifest, lang) {
  const banners = manifest.assets
    .filter((entry) => entry.kind === 'banner' && entry.lang === lang && entry.file.endsWith('.svg'))
    .sort((a, b) => b.width / b.height - a.width / a.height);
  return banners.map((entry, index) => {
    const next = banners[index + 1];
    const from = next ? Math.sqrt((entry.width / entry.height) * (next.width / next.height)) : undefined;
    return { entry, from };
  });
}

/** The markup that replaces the marker: the link around the picture. */
export function staticArtwork(manifest, { lang = 'vi', href = 'go.html' } = {}) {
  const shapes = artworkByShape(manifest, lang);
  if (!shapes.length) throw new Error(`the artwork manifest has no SVG banner in "${lang}"`);
  const fallback = shapes.at(-1).entry;
  const sources = shapes
    .filter(({ from }) => from !== undefined)
    .map(
      ({ entry, from }) =>
        `<source media="(min-aspect-ratio: ${ratio(from)})" srcset="assets/${escape(entry.file)}" width="${entry.width}" height="${entry.height}">`,
    );
  const alt = fallback.alt?.[lang] ?? Object.values(fallback.alt ?? {})[0] ?? '';
  // data-ispeed="off": the site script in the bundle must not turn this stand-in into a second widget.
  return [
    `<a class="static-artwork" href="${escape(href)}" data-ispeed="off"><picture>`,
    ...sources.map((source) => `    ${source}`),
    `    <img src="assets/${escape(fallback.file)}" width="${fallback.width}" height="${fallback.height}" alt="${escape(alt)}">`,
    `  </picture></a>`,
  ].join('\n');
}

/** Writes the static artwork and the static title (the banner's, in Vietnamese) into dist/embed.html. */
export function writeEmbedPage(dist, { title }) {
  const path = join(dist, 'embed.html');
  const page = readFileSync(path, 'utf8');
  if (!page.includes(MARKER)) throw new Error(`${path} has no "${MARKER}" for the static artwork`);
  const manifest = JSON.parse(readFileSync(join(dist, 'assets/manifest.json'), 'utf8'));
  writeFileSync(
    path,
    page.replace(MARKER, staticArtwork(manifest)).replace(/<title>[^<]*<\/title>/, `<title>${escape(title)}</title>`),
  );
}
