// The Trusted Types policy vouches only for markup shaped like the library's
// own templates (src/loader/template-html.ts): every template in src/ must
// pass it, or it would stop rendering, and nothing else may. Templates are
// found with TypeScript's parser (html`…` and svg`…`), their static text
// joined with a marker where Lit puts one.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { importTypeScript } from '../../build/import-ts.mjs';

const { WIDGET_ELEMENTS, PAGE_ELEMENTS, templateHtml } = await importTypeScript('src/loader/template-html.ts');
const widgetElements = new Set(WIDGET_ELEMENTS.split(' '));
const allElements = new Set([...widgetElements, ...PAGE_ELEMENTS.split(' ')]);

/** Folders whose code the loader's chunks carry (the loader's build has the widgets' list only). */
const WIDGET_CODE = /^(widgets|ui|runtime|loader|registry|data)\//;

/** Every template in src/: its file and its static markup, bindings replaced by a Lit marker. */
function templates() {
  const found = [];
  for (const file of readdirSync('src', { recursive: true }).filter((name) => name.endsWith('.ts'))) {
    const source = ts.createSourceFile(file, readFileSync(join('src', file), 'utf8'), ts.ScriptTarget.Latest);
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && ['html', 'svg'].includes(node.tag.getText(source))) {
        const template = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template.text]
          : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
        found.push({ file, markup: parts.join('lit$123456$') });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

test("every template passes the policy, and the widgets' templates use only the loader's elements", () => {
  const all = templates();
  assert.ok(all.length > 150, `${all.length} templates`);
  const used = new Set();
  for (const { file, markup } of all) {
    assert.doesNotThrow(() => templateHtml(markup), `src/${file}: ${markup.slice(0, 200)}`);
    for (const [, name] of markup.matchAll(/<\/?([a-z][^\s/>]*)/gi)) {
      used.add(name.toLowerCase());
      const allowed = WIDGET_CODE.test(file) ? widgetElements : allElements;
      assert.ok(allowed.has(name.toLowerCase()), `<${name}> in src/${file} is not on the policy's list`);
    }
  }
  // The lists allow only what a template needs.
  for (const name of allElements) assert.ok(used.has(name), `<${name}> is listed but no template uses it`);
});

test('the policy refuses markup that is not a template of ours', () => {
  for (const html of [
    '<img src=x onerror=alert(1)>',
    '<div/onclick=alert(1)>',
    '<div title="x"onmouseover=alert(1)>',
    '<script>alert(1)</script>',
    '<SCRIPT>alert(1)</SCRIPT>',
    '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="java\tscript:alert(1)">x</a>',
    '<a href="javascript&colon;alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<object data="https://evil.example/x.swf"></object>',
    '<embed src="https://evil.example/x">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<style>@import "https://evil.example/x.css"</style>',
    '<svg><animate attributeName="href" to="https://evil.example/"/></svg>',
    '<svg><use href="data:image/svg+xml,x"/></svg>',
    '<!--><img src=x onerror=alert(1)>-->',
    '<svg><![CDATA[x]]></svg>',
    '<!doctype html><p>x</p>',
    '<template shadowrootmode="open"><slot></slot></template>',
    '<form><button formaction="javascript:alert(1)">x</button></form>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
  ]) {
    assert.throws(() => templateHtml(html), TypeError, html);
  }
});
