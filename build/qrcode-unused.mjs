// The parts of the qrcode package that src/runtime/qr.ts can never reach: it
// encodes one byte segment and gives no Shift JIS converter, so the segment
// optimiser (dijkstrajs) and Kanji mode never run. Each is replaced by a stub
// that throws if reached (build/stubs/), which keeps 1 KB gzip off every page
// that draws a QR code.
import { fileURLToPath } from 'node:url';

const stub = (name) => fileURLToPath(new URL(`./stubs/${name}`, import.meta.url));
const UNUSED = [
  { source: 'dijkstrajs', stub: stub('dijkstrajs.cjs') },
  {
    source: './kanji-data',
    from: /[\\/]node_modules[\\/]qrcode[\\/]lib[\\/]core[\\/]/,
    stub: stub('qrcode-kanji-data.cjs'),
  },
];

export function qrcodeWithoutUnusedParts() {
  return {
    name: 'ispeed-qrcode-unused',
    enforce: 'pre',
    resolveId(source, importer) {
      const unused = UNUSED.find(
        (entry) => entry.source === source && (!entry.from || (importer && entry.from.test(importer))),
      );
      return unused ? unused.stub : null;
    },
  };
}
