import { fetchBytes } from '../runtime/fetch-json.js';
import { decodeText } from './decode.js';

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
