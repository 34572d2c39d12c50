// The qrcode package's encoder, without its renderers (we draw SVG ourselves).
declare module 'qrcode/lib/core/qrcode.js' {
  export interface BitMatrix {
    size: number;
    data: Uint8Array;
    get(row: number, col: number): number;
  }
  export interface QRCodeData {
    modules: BitMatrix;
    version: number;
  }
  export function create(
    text: string | { data: string; mode: 'byte' | 'alphanumeric' | 'numeric' | 'kanji' }[],
    options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' },
  ): QRCodeData;
}
