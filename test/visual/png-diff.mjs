// Compares two screenshots pixel by pixel, forgiving the antialiasing noise
// of text and curves but not a clipped word or a moved button.
import UPNG from 'upng-js';

/**
 * A pixel differs when one of its channels is further than `channel` (of 255,
 * about 16%) from the reference, and no pixel within one pixel of it in the
 * other image matches it: glyph edges that a rasteriser places a subpixel
 * apart pass, anything moved by 2 px or more does not. A screenshot fails
 * when more than `maxShare` of its pixels differ: 1 in 50,000 is 16 px of a
 * 1232x645 group, 33 px of a 1232x1345 one, less than one letter's strokes;
 * it absorbs scattered dithering, not a clipped word or a moved button. On
 * the same Chromium and fonts the count is 0 (every run so far).
 */
export const TOLERANCE = Object.freeze({ channel: 40, maxShare: 0.00002 });

/** @typedef {{ width: number, height: number, data: Uint8Array }} Rgba */

/** @returns {Rgba} */
export function decodePng(buffer) {
  const png = UPNG.decode(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength));
  return { width: png.width, height: png.height, data: new Uint8Array(UPNG.toRGBA8(png)[0]) };
}

/** Lossless PNG of RGBA pixels. */
export function encodePng({ width, height, data }) {
  return Buffer.from(
    UPNG.encode([data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength)], width, height, 0),
  );
}

function close(a, i, b, j, channel) {
  return (
    Math.abs(a[i] - b[j]) <= channel &&
    Math.abs(a[i + 1] - b[j + 1]) <= channel &&
    Math.abs(a[i + 2] - b[j + 2]) <= channel &&
    Math.abs(a[i + 3] - b[j + 3]) <= channel
  );
}

/** Does any pixel of `image` within one pixel of (x, y) match `other`'s pixel at (x, y)? */
function matchesNearby(image, other, x, y, channel) {
  const { width, height } = image;
  const j = (y * width + x) * 4;
  for (let ny = Math.max(0, y - 1); ny <= Math.min(height - 1, y + 1); ny++) {
    for (let nx = Math.max(0, x - 1); nx <= Math.min(width - 1, x + 1); nx++) {
      if (close(image.data, (ny * width + nx) * 4, other.data, j, channel)) return true;
    }
  }
  return false;
}

/**
 * @param {Rgba} actual
 * @param {Rgba} reference
 * @returns {{ sameSize: boolean, differing: number, share: number, box: { left: number, top: number, right: number, bottom: number } | null, diff: Rgba | null }}
 *   `diff` is the actual image faded to grey with every differing pixel in red (null when the pixels are identical).
 */
export function comparePixels(actual, reference, { channel } = TOLERANCE) {
  if (actual.width !== reference.width || actual.height !== reference.height) {
    return { sameSize: false, differing: actual.width * actual.height, share: 1, box: null, diff: null };
  }
  const { width, height } = actual;
  if (Buffer.from(actual.data).equals(Buffer.from(reference.data)))
    return { sameSize: true, differing: 0, share: 0, box: null, diff: null };
  const diff = new Uint8Array(actual.data.length);
  let differing = 0;
  let box = null;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const same =
        close(actual.data, i, reference.data, i, channel) ||
        (matchesNearby(reference, actual, x, y, channel) && matchesNearby(actual, reference, x, y, channel));
      diff[i + 3] = 255;
      if (same) {
        const grey =
          255 - (255 - (actual.data[i] * 0.3 + actual.data[i + 1] * 0.59 + actual.data[i + 2] * 0.11)) * 0.25;
        diff[i] = diff[i + 1] = diff[i + 2] = grey;
        continue;
      }
      differing++;
      diff[i] = 230;
      box = box
        ? {
            left: Math.min(box.left, x),
            top: Math.min(box.top, y),
            right: Math.max(box.right, x),
            bottom: Math.max(box.bottom, y),
          }
        : { left: x, top: y, right: x, bottom: y };
    }
  }
  return { sameSize: true, differing, share: differing / (width * height), box, diff: { width, height, data: diff } };
}
