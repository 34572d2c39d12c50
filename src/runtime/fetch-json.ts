export type JsonResult = { ok: true; data: unknown } | { ok: false; reason: string };

/** Thrown by a reader for a body over its size limit; the message is the reason shown. */
export class TooLarge extends Error {}

/**
 * Fetches a data file with a time limit and no cookies, and checks where it
 * ended up: a redirect to another origin is refused, so an open redirect on
 * an allowed host cannot hand the widget someone else's file. Never rejects:
 * the reason for a failure comes back as text for the console message.
 */
export async function fetchChecked<T>(
  url: string,
  timeoutMs: number,
  kind: string,
  read: (response: Response) => Promise<T>,
): Promise<{ ok: true; data: T } | { ok: false; reason: string }> {
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
      reason: controller.signal.aborted
        ? `no answer within ${timeoutMs} ms`
        : `not ${kind} or not reachable (${String(error).slice(0, 120)})`,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** A JSON file; see fetchChecked. */
export function fetchJson(url: string, timeoutMs: number): Promise<JsonResult> {
  return fetchChecked(url, timeoutMs, 'JSON', (response) => response.json() as Promise<unknown>);
}
