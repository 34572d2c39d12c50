export type JsonResult = { ok: true; data: unknown } | { ok: false; reason: string };

/**
 * Fetches a JSON file with a time limit and no cookies. Never rejects: the
 * reason for a failure comes back as text for the console message.
 */
export async function fetchJson(url: string, timeoutMs: number): Promise<JsonResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    if (!response.ok) return { ok: false, reason: `HTTP ${response.status}` };
    return { ok: true, data: await response.json() };
  } catch (error) {
    return {
      ok: false,
      reason: controller.signal.aborted ? `no answer within ${timeoutMs} ms` : `not JSON or not reachable (${String(error)})`,
    };
  } finally {
    clearTimeout(timer);
  }
}
