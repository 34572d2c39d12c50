// qrcode requires dijkstrajs only to split a text string into its cheapest
// segments (Segments.fromString). src/runtime/qr.ts always passes one byte
// segment, so that path never runs and the widgets ship without the 2.5 KB
// graph search. Should a future change call it, it fails loudly, not wrongly.
module.exports = {
  find_path() {
    throw new Error(
      'dijkstrajs is left out of ispeed-widgets: encode QR codes from byte segments (src/runtime/qr.ts).',
    );
  },
};
