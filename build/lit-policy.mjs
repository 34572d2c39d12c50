// lit-html creates a Trusted Types policy named "lit-html" when its module
// runs. A page's own Lit may have taken that name already, and a strict
// allowlist without 'allow-duplicates' then throws. This build step points
// Lit at the one `ispeed-widgets` policy instead (src/loader/trusted-types.ts).
import { resolve } from 'node:path';

/** The local name of trustedTypesPolicy in the rewritten lit-html; a call to it replaces Lit's policy. */
const POLICY_FUNCTION = '__ispeedPolicy';
export const POLICY_CALL = `${POLICY_FUNCTION}()`;

/** A name or a member chain: `s`, `t.trustedTypes`, `globalThis?.trustedTypes`. */
const NAME = String.raw`[\w$]+(?:\s*\??\.\s*[\w$]+)*`;
/** Not in the middle of a longer name or member chain. */
const START = String.raw`(?<![\w$.])`;
/** `.createPolicy("lit-html", { createHTML: (s) => s })`, in any quotes and spacing; `?.` when `optional`. */
const createPolicyCall = (optional) =>
  String.raw`\s*${optional ? String.raw`\?\.` : String.raw`\??\.`}\s*createPolicy\s*\(\s*(?<quote>["'${'`'}])lit-html\k<quote>\s*,\s*` +
  String.raw`\{\s*createHTML\s*:\s*\(?\s*(?<input>[\w$]+)\s*\)?\s*=>\s*\k<input>\s*,?\s*\}\s*,?\s*\)`;

/** `s ? s.createPolicy(…) : void 0`, as the minified production build writes it. */
const GUARDED_CALL = new RegExp(
  String.raw`${START}(?<factory>${NAME})\s*\?\s*\k<factory>${createPolicyCall(false)}\s*:\s*(?:void\s+0|undefined|null)`,
  'g',
);
/** `trustedTypes?.createPolicy(…)`. */
const OPTIONAL_CALL = new RegExp(String.raw`${START}${NAME}${createPolicyCall(true)}`, 'g');

/**
 * Replaces lit-html's one createPolicy("lit-html") call with POLICY_CALL.
 * Throws when there is not exactly one such call, or when any other
 * createPolicy is left: Lit has changed, and this step must be looked at.
 */
export function replaceLitPolicy(code, file = 'lit-html') {
  let found = 0;
  const count = () => {
    found++;
    return POLICY_CALL;
  };
  const replaced = code.replace(GUARDED_CALL, count).replace(OPTIONAL_CALL, count);
  if (found !== 1) {
    throw new Error(
      `expected one createPolicy("lit-html") call in ${file}, found ${found}: update build/lit-policy.mjs for this Lit version.`,
    );
  }
  if (/createPolicy/.test(replaced)) {
    throw new Error(`${file} calls createPolicy somewhere else too: update build/lit-policy.mjs for this Lit version.`);
  }
  return replaced;
}

/** lit-html's production build, the one a browser build resolves to. */
const PRODUCTION_BUILD = /[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/;
/** Its development and Node builds, which this step does not rewrite. */
const OTHER_BUILDS = /[\\/]node_modules[\\/]lit-html[\\/](?:node[\\/])?(?:development[\\/])?lit-html\.js$/;

/** The Vite plugin: rewrites lit-html's production build to use trustedTypesPolicy (from `root`/src/loader/trusted-types.ts). */
export function litTrustedTypesPolicy(root) {
  const policyModule = resolve(root, 'src/loader/trusted-types.ts');
  return {
    name: 'ispeed-lit-trusted-types-policy',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!PRODUCTION_BUILD.test(file)) {
        if (OTHER_BUILDS.test(file))
          this.error(
            `${file}: the build resolved a lit-html build other than the production one, whose "lit-html" policy build/lit-policy.mjs does not replace.`,
          );
        return null;
      }
      let replaced;
      try {
        replaced = replaceLitPolicy(code, file);
      } catch (error) {
        this.error(error.message);
      }
      return {
        code: `import { trustedTypesPolicy as ${POLICY_FUNCTION} } from ${JSON.stringify(policyModule)};\n${replaced}`,
        map: null,
      };
    },
  };
}
