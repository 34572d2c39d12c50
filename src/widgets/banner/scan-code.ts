/**
 * The QR code a tall desktop banner shows beside its call to action, so a
 * desktop visitor can scan without a click. The loader brings this module
 * (and the QR encoder) only to such a banner, after it has rendered.
 */
import { QUIET_ZONE, buildMatrix, modulePath } from '../../runtime/qr.js';

export interface ScanCode {
  /** The attributed link the code opens. */
  url: string;
  /** Modules per side, with the quiet zone. */
  modules: number;
  /** One SVG path of the dark modules. */
  path: string;
}

/**
 * Level L: a screen code is never scuffed or folded as a poster is, and the
 * lower level keeps the modules large enough to scan in a 160 px tower.
 * Throws when the link is too long for a code.
 */
export function scanCode(url: string): ScanCode {
  const matrix = buildMatrix(url, 'L');
  return { url, modules: matrix.size + 2 * QUIET_ZONE, path: modulePath(matrix) };
}
