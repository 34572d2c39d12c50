import { decodeText } from './decode.js';

export type TextResult = { ok: true; text: string; encoding: 'utf-8' | 'windows-1258' } | { ok: false; reason: string };

/**
 * Fetches a text file with no cookies, a time limit that covers the whole
 * body (a server trickling one byte a second still gives up in time) and a
 * size limit. Never rejects: a failure comes back as text for the console.
 */
export async function fetchText(url: string, timeoutMs: number, maxBytes: number): Promise<TextResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) return { ok: false, reason: `the file is ${declared} bytes, over the limit of ${maxBytes}` };
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        controller.abort();
        return { ok: false, reason: `the file is over the limit of ${maxBytes} bytes` };
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { ok: true, ...decodeText(bytes) };
  } catch (error) {
    return { ok: false, reason: controller.signal.aborted ? `no complete answer within ${timeoutMs} ms` : `not reachable (${String(error).slice(0, 120)})` };
  } finally {
    clearTimeout(timer);
  }
}
