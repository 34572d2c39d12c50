// qrcode's Kanji mode: used only once a Shift JIS converter is given
// (toSJISFunc), which src/runtime/qr.ts never gives, so no segment is ever
// Kanji. Should a future change reach it, it fails loudly, not wrongly.
function KanjiData() {
  throw new Error('Kanji mode is left out of ispeed-widgets: encode QR codes from byte segments (src/runtime/qr.ts).');
}
KanjiData.getBitsLength = KanjiData;
module.exports = KanjiData;
