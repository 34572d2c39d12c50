import { warnOnce } from './log.js';
import { sharedState } from './shared-state.js';

/** The one Trusted Types policy name a page must allow: `trusted-types ispeed-widgets`. */
export const POLICY_NAME = 'ispeed-widgets';

export interface WidgetPolicy {
  createHTML(html: string): string;
  createScriptURL(url: string): string;
}

interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: { createHTML(input: string): string; createScriptURL(input: string): string },
  ): WidgetPolicy;
}

/**
 * Lets the policy vouch for one more script URL, which the library itself
 * chose and checked: a chunk beside the loader, or a progress data script
 * from the loader's own host (src/runtime/data-script.ts).
 */
export function allowScriptUrl(url: string): void {
  sharedState().scriptUrls.add(url);
}

/** Every copy of the library on the page (loader, bundle, other versions) shares the one policy. */
const KEY = Symbol.for('ispeed-widgets.trusted-types-policy');

/**
 * The page's `ispeed-widgets` policy, created on first use, once per page,
 * and only where the browser has Trusted Types. It serves Lit's templates
 * (the build points lit-html here instead of its own `lit-html` policy, which
 * a page's own Lit may already have taken) and the loader's script URLs,
 * which must be ones the loader itself announced. Undefined where there is
 * no Trusted Types, or where the page does not allow the name.
 */
export function trustedTypesPolicy(): WidgetPolicy | undefined {
  const holder = globalThis as unknown as Record<symbol, WidgetPolicy | undefined> & {
    trustedTypes?: TrustedTypesFactory;
  };
  if (KEY in holder) return holder[KEY];
  let policy: WidgetPolicy | undefined;
  try {
    policy = holder.trustedTypes?.createPolicy(POLICY_NAME, {
      // Lit passes only its own template strings here, never data.
      createHTML: (html) => html,
      createScriptURL: (url) => {
        if (!sharedState().scriptUrls.has(url)) throw new TypeError(`not a chunk: ${url}`);
        return url;
      },
    });
  } catch (error) {
    warnOnce(`add "${POLICY_NAME}" to the page's CSP trusted-types directive (${String(error)}).`);
  }
  holder[KEY] = policy;
  return policy;
}
