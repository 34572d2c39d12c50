// build/lit-policy.mjs points lit-html at the ispeed-widgets Trusted Types
// policy: checked against the lit-html this project ships and against the
// ways a later Lit might spell the same call.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { POLICY_CALL, litTrustedTypesPolicy, replaceLitPolicy } from '../../build/lit-policy.mjs';

/** What a browser build resolves `lit-html` to (its "browser" "default" export). */
const litHtml = resolve('node_modules/lit-html/lit-html.js');
const shipped = readFileSync(litHtml, 'utf8');
const count = (text, part) => text.split(part).length - 1;

test('the shipped lit-html has its one createPolicy("lit-html") call replaced, and no other createPolicy left', () => {
  assert.equal(count(shipped, 'createPolicy('), 1);
  const replaced = replaceLitPolicy(shipped);
  assert.equal(count(replaced, POLICY_CALL), 1);
  assert.doesNotMatch(replaced, /createPolicy/);
  // Only the call changed: the text before and after it is as shipped.
  const start = replaced.indexOf(POLICY_CALL);
  const after = replaced.slice(start + POLICY_CALL.length);
  assert.equal(shipped.slice(0, start), replaced.slice(0, start));
  assert.ok(shipped.endsWith(after));
  assert.match(
    shipped.slice(start, shipped.length - after.length),
    /^\w+\?\w+\.createPolicy\("lit-html",\{createHTML:(\w+)=>\1\}\):void 0$/,
  );
});

test('other spellings of the same call: quotes, ?., spacing, a member chain', () => {
  const variants = {
    "e=s?s.createPolicy('lit-html',{createHTML:t=>t}):void 0,h=1": `e=${POLICY_CALL},h=1`,
    'e=s?s?.createPolicy(`lit-html`,{createHTML:t=>t}):void 0': `e=${POLICY_CALL}`,
    'const policy = trustedTypes?.createPolicy("lit-html", { createHTML: (s) => s });': `const policy = ${POLICY_CALL};`,
    "const policy = trustedTypes\n    ? trustedTypes.createPolicy('lit-html', {\n        createHTML: (s) => s,\n    })\n    : undefined;": `const policy = ${POLICY_CALL};`,
    'e = t.trustedTypes ? t.trustedTypes . createPolicy( "lit-html" , { createHTML : x => x } ) : void 0': `e = ${POLICY_CALL}`,
    'e=globalThis.trustedTypes?.createPolicy("lit-html",{createHTML:$=>$})': `e=${POLICY_CALL}`,
  };
  for (const [code, expected] of Object.entries(variants)) assert.equal(replaceLitPolicy(code), expected, code);
});

test('a build error names the cause when the call is not found, found twice, or another createPolicy is left', () => {
  const cases = {
    'e=s?s.createPolicy("lit",{createHTML:t=>t}):void 0':
      /expected one createPolicy\("lit-html"\) call in lit-html, found 0: update build\/lit-policy.mjs/,
    'e=s?s.createPolicy("lit-html",{createHTML:t=>t.trim()}):void 0': /found 0/,
    'a=s?.createPolicy("lit-html",{createHTML:t=>t});b=s?.createPolicy("lit-html",{createHTML:t=>t})': /found 2/,
    'a=s?.createPolicy("lit-html",{createHTML:t=>t});b=s?.createPolicy("lit-other",{createHTML:t=>t})':
      /calls createPolicy somewhere else too/,
  };
  for (const [code, message] of Object.entries(cases)) assert.throws(() => replaceLitPolicy(code), message, code);
});

test("the plugin rewrites only lit-html's production build, and stops the build on its other builds", () => {
  const plugin = litTrustedTypesPolicy('/project');
  const context = {
    error: (message) => {
      throw new Error(message);
    },
  };
  const result = plugin.transform.call(context, shipped, litHtml);
  assert.match(
    result.code,
    /^import \{ trustedTypesPolicy as __ispeedPolicy \} from "\/project\/src\/loader\/trusted-types\.ts";\n/,
  );
  assert.equal(count(result.code, POLICY_CALL), 1);
  assert.equal(
    plugin.transform.call(context, 'createPolicy("lit-html")', '/project/node_modules/lit-element/lit-element.js'),
    null,
  );
  const development = resolve('node_modules/lit-html/development/lit-html.js');
  assert.throws(
    () => plugin.transform.call(context, readFileSync(development, 'utf8'), development),
    /a lit-html build other than the production one/,
  );
  assert.throws(() => plugin.transform.call(context, 'e=s?s.createPolicy("lit",{}):void 0', litHtml), /found 0/);
});
