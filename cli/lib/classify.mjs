// What a downloaded file becomes in manifest.json: a banner of a standard
// size (or "other"), a document, or nothing, because it is not what it claims
// to be or could run script on the portal.
import { sizeClass } from './banner-sizes.mjs';
import { imageSize } from './image-size.mjs';
import { svgProblem } from './svg-check.mjs';

/** A language from a file name: "-en", "_english" → en; "-vi", "tieng-viet" → vi; else Vietnamese. */
export function languageOf(name) {
  if (/(^|[-_.])(en|eng|english)([-_.]|$)/i.test(name)) return 'en';
  return 'vi';
}

/**
 * @param {Buffer} bytes @param {string} name its safe file name @param {string} [alt] the page's alt text
 * @param {readonly string[]} [sizes] the campaign's fixed banner sizes, read by the command from the built code
 * @returns {{ entry: object, sizeClass: string, scale?: number } | { skip: string }}
 */
export function classify(bytes, name, alt, sizes = []) {
  const extension = name.split('.').pop();
  if (extension === 'pdf') {
    if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return { skip: 'not a PDF file' };
    return { entry: { kind: 'document', file: name, lang: languageOf(name) }, sizeClass: 'document' };
  }
  const size = imageSize(bytes);
  if (!size || size.width < 1 || size.height < 1) return { skip: 'not a readable image' };
  if (size.type === 'svg') {
    const problem = svgProblem(bytes.toString('utf8'));
    if (problem)
      return { skip: `an SVG with scripts or outside content (refused, it could run on the portal: ${problem})` };
  }
  const { size: sizeName, scale } = sizeClass(size.width, size.height, sizes);
  const lang = languageOf(name);
  return {
    entry: {
      kind: 'banner',
      size: sizeName,
      lang,
      file: name,
      width: size.width,
      height: size.height,
      ...(alt ? { alt: { [lang]: alt } } : {}),
    },
    sizeClass: sizeName,
    scale,
  };
}

/** Pairs a 2x file with its 1x twin (same size and language) as `file2x`; returns the items that remain entries. */
export function pairHighDensity(items) {
  const kept = [];
  for (const item of items) {
    const twin =
      item.scale === 2 &&
      items.find(
        (other) =>
          other.scale === 1 &&
          other.entry.size === item.entry.size &&
          other.entry.lang === item.entry.lang &&
          !other.entry.file2x,
      );
    if (twin) twin.entry.file2x = item.entry.file;
    else kept.push(item);
  }
  return kept;
}
