export type JsonResult = { ok: true; data: unknown } | { ok: false; reason: string };
export type BytesResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** Thrown by a reader for a body over its size limit; the message is the reason shown. */
class TooLarge extends Error {}

/**
 * Fetches a data file with a time limit and no cookies, and checks where it
 * ended up: a redirect to another origin is refused, so an open redirect on
 * an allowed host cannot hand the widget someone else's file. Never rejects:
 * the reason for a failure comes back as text for the console message.
 */
async function fetchChecked<T>(url: string, timeoutMs: number, kind: string, read: (response: Response) => Promise<T>): Promise<{ ok: true; data: T } | { ok: false; reason: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    const asked = new URL(url, document.baseURI).origin;
    const landed = response.url ? new URL(response.url).origin : asked;
    // An opaque redirect or a response from elsewhere: never read it.
    if (response.type === 'opaqueredirect' || landed !== asked) {
      void response.body?.cancel();
      return { ok: false, reason: `redirected to another host (${landed}), which is refused` };
    }
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    return { ok: true, data: await read(response) };
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, reason: error.message };
    return {
      ok: false,
      reason: controller.signal.aborted ? `no answer within ${timeoutMs} ms` : `not ${kind} or not reachable (${String(error).slice(0, 120)})`,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** A JSON file; see fetchChecked. */
export function fetchJson(url: string, timeoutMs: number): Promise<JsonResult> {
  return fetchChecked(url, timeoutMs, 'JSON', (response) => response.json() as Promise<unknown>);
}

/**
 * A file's bytes, at most `maxBytes`: the time limit covers the whole body,
 * so a server trickling one byte a second still gives up in time. See
 * fetchChecked; src/data/fetch-text.ts decodes a data file from them.
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
