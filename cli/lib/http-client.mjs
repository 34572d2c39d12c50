// The command line's only way onto the network. Every request has a time
// limit, a size cap and the same redirect rule, and says who is asking, so a
// slow, huge or redirecting materials site cannot stall the command, fill the
// disk, or pull an internal address into the public manifest.
import { readFileSync } from 'node:fs';
import { formatBytes } from './format-bytes.mjs';
import { safeMessage, withoutCredentials } from './printable.mjs';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** Names the tool in the Department's access log, so its webmaster can tell these requests apart. */
export const USER_AGENT = `ispeed-widgets/${version}`;

export const MAX_REDIRECTS = 5;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Whether a link or a redirect may be followed: to the page's own host (same
 * port, or http upgraded to https on the default port), or to a host named with
 * --allow-host. Anything else could pull an internal address into the public manifest.
 * The same rule for both, so a page cannot do with a link what a redirect may not.
 */
export function redirectAllowed(to, { pageUrl, allowHosts = [] }) {
  const target = new URL(to);
  const page = new URL(pageUrl);
  if (!['http:', 'https:'].includes(target.protocol) || target.username || target.password) return false;
  if (allowHosts.includes(target.host) || allowHosts.includes(target.hostname)) return true;
  if (target.hostname !== page.hostname) return false;
  return target.port === page.port || (target.protocol === 'https:' && target.port === '' && page.port === '');
}

/** fetch, following redirects by hand so each hop is checked (see redirectAllowed). */
async function fetchWithinHost(url, { signal, pageUrl, allowHosts, userAgent = USER_AGENT }) {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await fetch(current, { signal, redirect: 'manual', headers: { 'user-agent': userAgent } });
    if (response.status < 300 || response.status > 399 || !response.headers.has('location'))
      return { response, finalUrl: current };
    await response.body?.cancel();
    const next = new URL(response.headers.get('location'), current).href;
    if (!redirectAllowed(next, { pageUrl, allowHosts })) {
      const [to, host] = [withoutCredentials(next), new URL(pageUrl).host];
      return {
        refused: `redirected to ${to}, outside ${host} (add --allow-host to follow it)`,
        why: { code: 'redirectedAway', to, host },
      };
    }
    current = next;
  }
  return { refused: `more than ${MAX_REDIRECTS} redirects`, why: { code: 'redirects', max: MAX_REDIRECTS } };
}

/** The body, or undefined once it passes maxBytes: a server may not say the length, or may say it wrong. */
async function readCapped(response, maxBytes) {
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
}

/** Why a file was skipped, for a command to word in its own language: `{ code, …values }`. */
const skipped = (skip, why) => ({ skip, why });

/**
 * Downloads one file with a time limit per answer, a size cap, and retries on
 * network errors and 5xx. Never throws: resolves to the bytes and the address
 * they came from after redirects, or to the reason it skipped the file (`skip`,
 * in English, and `why`, its code and values).
 * @param {string} url
 * @param {{ maxBytes: number, retries: number, timeoutMs: number, deadline?: AbortSignal, pageUrl?: string, allowHosts?: string[], userAgent?: string }} options
 *   pageUrl is the page whose host redirects may stay on (the file's own address by default);
 *   deadline stops every attempt when the whole command runs out of time.
 * @returns {Promise<{ bytes: Buffer, finalUrl: string, contentType: string } | { skip: string, why: { code: string } }>}
 */
export async function download(
  url,
  { maxBytes, retries, timeoutMs, deadline, pageUrl = url, allowHosts = [], userAgent = USER_AGENT },
) {
  let [reason, why] = ['not downloaded', { code: 'notDownloaded' }];
  const outOfTime = skipped('the command ran out of time', { code: 'outOfTime' });
  const tooLarge = skipped(`larger than ${formatBytes(maxBytes)}`, { code: 'tooLarge', size: formatBytes(maxBytes) });
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await sleep(250 * 2 ** (attempt - 1));
    if (deadline?.aborted) return outOfTime;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const signal = deadline ? AbortSignal.any([controller.signal, deadline]) : controller.signal;
    try {
      const fetched = await fetchWithinHost(url, { signal, pageUrl, allowHosts, userAgent });
      if (fetched.refused) return skipped(fetched.refused, fetched.why);
      const { response, finalUrl } = fetched;
      if (response.status >= 500) {
        [reason, why] = [`HTTP ${response.status}`, { code: 'http', status: response.status }];
        await response.body?.cancel();
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return skipped(`HTTP ${response.status}`, { code: 'http', status: response.status });
      }
      if (Number(response.headers.get('content-length')) > maxBytes) {
        await response.body?.cancel();
        return tooLarge;
      }
      const bytes = await readCapped(response, maxBytes);
      return bytes ? { bytes, finalUrl, contentType: response.headers.get('content-type') ?? '' } : tooLarge;
    } catch (error) {
      if (deadline?.aborted) return outOfTime;
      const detail = safeMessage(error.cause?.code ?? error.message);
      [reason, why] = controller.signal.aborted
        ? [`no answer within ${timeoutMs} ms`, { code: 'noAnswer', ms: timeoutMs }]
        : [`network error (${detail})`, { code: 'network', detail }];
    } finally {
      clearTimeout(timer);
    }
  }
  // The tries are worth saying only when there were several.
  const tries = retries + 1;
  return skipped(tries > 1 ? `${reason}, after ${tries} tries` : reason, { ...why, tries });
}
