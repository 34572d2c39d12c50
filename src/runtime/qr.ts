import { create } from 'qrcode/lib/core/qrcode.js';

export const QR_LEVELS = ['L', 'M', 'Q', 'H'] as const;
export type QrLevel = (typeof QR_LEVELS)[number];

/** White modules around the code, as the QR standard asks. */
export const QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  version: number;
  isDark(row: number, col: number): boolean;
}

/** Bytes a version-40 code holds in byte mode, per level (ISO/IEC 18004, table 7). */
export const QR_CAPACITY: Readonly<Record<QrLevel, number>> = { L: 2953, M: 2331, Q: 1663, H: 1273 };

/**
 * Encodes text in byte mode (a URL is mostly lower case, which the denser
 * alphanumeric mode cannot hold); throws when it does not fit at this level.
 * The length is checked first: the encoder's own search over long input is slow.
 */
export function buildMatrix(text: string, level: QrLevel): QrMatrix {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > QR_CAPACITY[level])
    throw new RangeError(`${bytes} bytes; level ${level} holds at most ${QR_CAPACITY[level]}`);
  const { modules, version } = create([{ data: text, mode: 'byte' }], { errorCorrectionLevel: level });
  return { size: modules.size, version, isDark: (row, col) => modules.get(row, col) === 1 };
}

/**
 * One SVG path for all dark modules, a rectangle per horizontal run, offset
 * by the quiet zone: a few KB even for a dense code, and crisp at any size.
 */
export function modulePath(matrix: QrMatrix, offset = QUIET_ZONE): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.isDark(row, col)) col++;
      parts.push(`M${start + offset} ${row + offset}h${col - start}v1h${start - col}z`);
    }
  }
  return parts.join('');
}

/** The centre mark's side in modules: about a fifth of the code, odd so it centres on a module. */
export function markModules(matrix: QrMatrix): number {
  const side = Math.round(matrix.size * 0.2);
  return side % 2 === 0 ? side + 1 : side;
}
