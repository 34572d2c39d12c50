import { warnOnce } from './log.js';
import { sharedState } from './shared-state.js';
import { templateHtml } from './template-html.js';

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

/** Every copy of the library on the page (loader, bundle, other versions) shares the one policy. */
const KEY = Symbol.for('ispeed-widgets.trusted-types-policy');

/**
 * The page's `ispeed-widgets` policy, created once per page where the browser
 * has Trusted Types, by the first copy of the library that runs (the loader
 * creates it as it starts). It serves Lit's templates (the build points
 * lit-html here instead of its own `lit-html` policy, which a page's own Lit
 * may already have taken) and the scripts the library adds. Any script on the
 * page can reach it, so it holds no list a page could add to: it vouches only
 * for template markup (templateHtml) and for `.js` files in the folder the
 * library was loaded from, as that folder was when the policy was made (its
 * chunks and a `progress.js` beside it). Undefined where there is no Trusted
 * Types, or where the page does not allow the name.
 */
export function trustedTypesPolicy(): WidgetPolicy | undefined {
  const holder = globalThis as unknown as Record<symbol, WidgetPolicy | undefined> & {
    trustedTypes?: TrustedTypesFactory;
  };
  if (KEY in holder) return holder[KEY];
  const folder =
    sharedState().scriptBase ??
    new URL('./', (document.currentScript as HTMLScriptElement | null)?.src || location.href).href;
  let policy: WidgetPolicy | undefined;
  try {
    policy = holder.trustedTypes?.createPolicy(POLICY_NAME, {
      createHTML: templateHtml,
      createScriptURL: (input) => {
        const url = new URL(input);
        const file = url.href.slice(folder.length);
        if (!url.href.startsWith(folder) || !/^[\w/.-]+\.js$/.test(file) || file.includes('..'))
          throw new TypeError(`not the widgets' script: ${input}`);
        return url.href;
      },
    });
  } catch (error) {
    warnOnce(`add "${POLICY_NAME}" to the page's CSP trusted-types directive (${String(error)}).`);
  }
  // Read-only, so no page script can put a policy of its own in the widgets' way.
  Object.defineProperty(holder, KEY, { value: policy });
  return policy;
}
