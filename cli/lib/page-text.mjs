// A web page's bytes as text, in the charset it declares: the Content-Type
// header first, then a <meta charset> near its top (as browsers do), else
// UTF-8 when the bytes are valid UTF-8, else Windows-1258, the old
// Vietnamese Windows code page that many commune portals still send.

const labelOf = (text) => /charset\s*=\s*["']?([\w.:-]+)/i.exec(text ?? '')?.[1];

function decoderFor(label) {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/** @returns {{ text: string, charset: string }} */
export function decodePage(bytes, contentType) {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  for (const label of [labelOf(contentType), meta]) {
    const decoder = decoderFor(label);
    if (decoder) return { text: decoder.decode(bytes).normalize('NFC'), charset: decoder.encoding };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
  } catch {
    // Windows-1258 writes many tone marks as combining characters: NFC makes the letters whole.
    return { text: new TextDecoder('windows-1258').decode(bytes).normalize('NFC'), charset: 'windows-1258' };
  }
}
