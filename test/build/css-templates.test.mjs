// Every css`` template in src/ means the same CSS after the build shrinks it
// (build/css-templates.mjs): both are minified by esbuild's CSS
// minifier, with each ${…} replaced by the same placeholder rule, and compared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { CSS_TEMPLATE, shrinkCss } from '../../build/css-templates.mjs';

function sourceFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  );
}

const minified = async (text) => {
  let index = 0;
  const css = text.replace(/\$\{[^}]*\}/g, () => `.placeholder-${index++}{color:red}`);
  // A fragment of declarations only (a theme's colours, set inside a rule elsewhere) is parsed as a rule's body.
  if (!css.includes('{')) return (await transform(`.fragment{${css}}`, { loader: 'css', minify: true })).code;
  return (await transform(css, { loader: 'css', minify: true })).code;
};

test('every css`` template in src/ means the same after shrinking', async () => {
  let templates = 0;
  for (const file of sourceFiles('src')) {
    for (const [, text] of readFileSync(file, 'utf8').matchAll(CSS_TEMPLATE)) {
      templates++;
      assert.equal(await minified(shrinkCss(text)), await minified(text), `${file}: a template changes meaning`);
    }
  }
  assert.ok(templates >= 15, `found ${templates} templates`);
});

test('strings and comments: quoted text is kept, comments go', () => {
  assert.equal(
    shrinkCss(`a::after { content: ' > a, b ; /* not a comment */' ; } /* a comment */ b { x: "y  z" }`),
    `a::after{content: ' > a, b ; /* not a comment */'}b{x: "y  z"}`,
  );
});
