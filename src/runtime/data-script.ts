/**
 * Reads a progress data script (progress.js, see src/data/progress-script.ts)
 * the way a portal of another host can: with <script src>, which needs no
 * CORS, unlike a fetch of progress.json from the Department's host.
 *
 * A script runs with the page's full rights, and under `strict-dynamic` a
 * script the widgets add is trusted like them. So a data script is taken
 * only from the loader's own host (the one the portal already runs the
 * widgets' code from), never from wherever an attribute points; and, when
 * the pasted tag is pinned with `integrity`, never run at all: a file that
 * changes every month cannot be pinned, and running it would break the
 * promise the pin makes. The pinned widgets read it as data instead (see
 * load-progress.ts), through CORS, which the pinned tag needs anyway.
 */
import { DATA_REGISTRY } from '../data/progress-script.js';
import { sharedState } from '../loader/shared-state.js';
import { trustedTypesPolicy } from '../loader/trusted-types.js';

export type ScriptResult = { ok: true; data: unknown } | { ok: false; reason: string };

/** Where the widgets' code came from: the loader's tag, if it has one. */
export function loaderTag(): { origin: string; pinned: boolean; nonce: string } {
  const { scriptBase, tag } = sharedState();
  // Without a loader tag (an npm build), the page's own code is the library's.
  return {
    origin: new URL(scriptBase ?? location.href).origin,
    pinned: !!tag?.integrity,
    nonce: tag?.nonce ?? '',
  };
}

/** Why a data script at `url` may not run, or undefined when it may (the loader's own host, tag not pinned). */
export function scriptRefusal(url: string): string | undefined {
  const { origin } = loaderTag();
  const from = new URL(url).origin;
  if (from === origin) return undefined;
  return `a data script runs only from the widgets' own host (${origin}), not ${from}: publish it beside ispeed.js`;
}

/** What a portal must know when a fetch from another host fails: that host may send no CORS. */
export function corsHint(url: string): string {
  return new URL(url).origin === location.origin
    ? ''
    : ' (a file on another host needs CORS from that host; progress.js beside ispeed.js needs none)';
}

/** Runs the data script at `url` (already checked with scriptRefusal) and gives what it registered. Never rejects. */
export function loadDataScript(url: string, timeoutMs: number): Promise<ScriptResult> {
  return new Promise((resolve) => {
    const registry = globalThis as unknown as Record<symbol, unknown[] | undefined>;
    const key = Symbol.for(DATA_REGISTRY);
    const script = document.createElement('script');
    const timer = setTimeout(() => finish({ ok: false, reason: `no answer within ${timeoutMs} ms` }), timeoutMs);
    function finish(result: ScriptResult): void {
      clearTimeout(timer);
      script.onload = script.onerror = null;
      script.remove();
      resolve(result);
    }
    // The load event follows the script's run at once: what it pushed is there, and only that.
    script.onload = () => {
      const pushed = Array.isArray(registry[key]) ? registry[key].splice(0) : [];
      finish(
        pushed.length
          ? { ok: true, data: pushed[pushed.length - 1] }
          : { ok: false, reason: 'it registered no data: not a progress data script' },
      );
    };
    script.onerror = () =>
      finish({ ok: false, reason: "not reachable (no such file, or refused by the page's Content-Security-Policy)" });
    const { nonce } = loaderTag();
    if (nonce) script.nonce = nonce;
    try {
      const policy = trustedTypesPolicy();
      script.src = (policy ? policy.createScriptURL(url) : url) as string;
    } catch (error) {
      finish({ ok: false, reason: `refused by the page's Trusted Types (${String(error).slice(0, 80)})` });
      return;
    }
    (document.head ?? document.documentElement).append(script);
  });
}
