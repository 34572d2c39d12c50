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

/** The type a file's name makes a server send it as, by its extension. */
const TYPE_OF_EXTENSION = { png: 'png', jpg: 'jpeg', jpeg: 'jpeg', webp: 'webp', gif: 'gif', svg: 'svg', pdf: 'pdf' };
const TYPE_NAMES = { png: 'PNG', jpeg: 'JPEG', webp: 'WebP', gif: 'GIF', svg: 'SVG', pdf: 'PDF' };

/**
 * What a file is, from its bytes, and whether it may be served under its name.
 * The one judge of a file's type: `pull` saves and `verify` passes exactly the
 * same files. The bytes must match the extension (a server sends a file by its
 * name, so a GIF named .svg would be served as SVG), and an SVG must pass svgProblem.
 * @param {Buffer} bytes @param {string} name
 * @returns {{ type: string, width?: number, height?: number } | { problem: string }}
 */
export function fileKind(bytes, name) {
  const extension = (/\.([^./]+)$/.exec(name)?.[1] ?? '').toLowerCase();
  const claimed = TYPE_OF_EXTENSION[extension];
  if (!claimed) return { problem: `its name does not end in ${Object.keys(TYPE_OF_EXTENSION).join(', ')}` };
  if (claimed === 'pdf')
    return bytes.subarray(0, 5).toString('latin1') === '%PDF-' ? { type: 'pdf' } : { problem: 'not a PDF file' };
  const size = imageSize(bytes);
  if (!size || size.width < 1 || size.height < 1) return { problem: 'not a readable image' };
  if (size.type !== claimed)
    return {
      problem: `its bytes are ${TYPE_NAMES[size.type]} but its name ends in .${extension} (it would be served as the wrong type)`,
    };
  if (size.type === 'svg') {
    const problem = svgProblem(bytes.toString('utf8'));
    if (problem) return { problem: `an SVG with scripts or outside content (it could run on the portal: ${problem})` };
  }
  return size;
}

/**
 * @param {Buffer} bytes @param {string} name its safe file name @param {string} [alt] the page's alt text
 * @param {readonly string[]} [sizes] the campaign's fixed banner sizes, read by the command from the built code
 * @returns {{ entry: object, sizeClass: string, scale?: number } | { skip: string }}
 */
export function classify(bytes, name, alt, sizes = []) {
  const size = fileKind(bytes, name);
  if ('problem' in size) return { skip: size.problem };
  if (size.type === 'pdf')
    return { entry: { kind: 'document', file: name, lang: languageOf(name) }, sizeClass: 'document' };
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
