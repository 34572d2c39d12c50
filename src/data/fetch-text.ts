import { TooLarge, fetchChecked } from '../runtime/fetch-json.js';
import { decodeText } from './decode.js';

export type BytesResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };
export type TextResult = { ok: true; text: string; encoding: 'utf-8' | 'windows-1258' } | { ok: false; reason: string };

/**
 * A data file as text: fetched with the checks every data fetch has (no
 * cookies, no redirect to another host, a time limit over the whole body, a
 * size limit), then decoded as UTF-8, or as Excel's Windows-1258. Never rejects.
 */
export async function fetchText(url: string, timeoutMs: number, maxBytes: number): Promise<TextResult> {
  const fetched = await fetchBytes(url, timeoutMs, maxBytes);
  return fetched.ok ? { ok: true, ...decodeText(fetched.bytes) } : fetched;
}

/**
 * A file's bytes, at most `maxBytes`: the time limit covers the whole body,
 * so a server trickling one byte a second still gives up in time. See
 * fetchChecked (src/runtime/fetch-json.ts). Here rather than beside it: only
 * the data files read bytes, so the widgets' shared chunk does not carry it.
 */
export async function fetchBytes(url: string, timeoutMs: number, maxBytes: number): Promise<BytesResult> {
  const result = await fetchChecked(url, timeoutMs, 'a file', async (response) => {
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw new TooLarge(`the file is ${declared} bytes, over the limit of ${maxBytes}`);
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        void reader.cancel();
        throw new TooLarge(`the file is over the limit of ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return bytes;
  });
  return result.ok ? { ok: true, bytes: result.data } : result;
}
