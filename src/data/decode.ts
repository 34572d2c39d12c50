/**
 * A file's bytes as text: UTF-8 (with or without a BOM), else Windows-1258,
 * the encoding Excel uses for a plain "CSV" on a Vietnamese Windows (its
 * tone marks are combining characters; the reader turns names into NFC).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1258' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1258').decode(bytes), encoding: 'windows-1258' };
  }
}
