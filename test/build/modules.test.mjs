// The loader and the chunks never carry the same module: what the loader
// holds, it hands to the chunks (src/loader/provided-module-names.ts), and
// the chunks ask only for what it holds. Read from the build's record of
// which modules each file carries (dist/modules.json, build/module-report.mjs).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { EXTERNAL_PREFIX } from '../../build/classic-chunks.mjs';
import { importTypeScript } from '../../build/import-ts.mjs';
import { MODULE_REPORT } from '../../build/module-report.mjs';

const dist = 'dist';
const report = JSON.parse(readFileSync(`${dist}/${MODULE_REPORT}`, 'utf8'));
const chunkFiles = readdirSync(`${dist}/chunks`)
  .filter((file) => file.endsWith('.js'))
  .map((file) => `chunks/${file}`);
const { PROVIDED_MODULE_NAMES } = await importTypeScript('src/loader/provided-module-names.ts');
const modulesOf = (file) => Object.keys(report[file]).filter((id) => !id.startsWith('\0'));
const sourceOf = (name) => `src/${name}.ts`;

test('the build recorded the modules of the loader and of every chunk', () => {
  for (const file of ['ispeed.js', ...chunkFiles]) assert.ok(report[file], `${MODULE_REPORT} lists ${file}`);
  assert.ok(modulesOf('ispeed.js').includes('src/loader/loader.ts'));
  assert.ok(
    chunkFiles.some((file) => modulesOf(file).includes('node_modules/lit-html/lit-html.js')),
    'a chunk carries lit-html',
  );
});

test('no module is in both the loader and a chunk', () => {
  const inLoader = new Set(modulesOf('ispeed.js'));
  const twice = chunkFiles.flatMap((file) =>
    modulesOf(file)
      .filter((id) => inLoader.has(id))
      .map((id) => `${id} (ispeed.js and ${file})`),
  );
  assert.deepEqual(twice, [], `shipped twice: ${twice.join(', ')}`);
});

test('every module a chunk asks the loader for is one the loader provides and carries', () => {
  const inLoader = new Set(modulesOf('ispeed.js'));
  for (const file of chunkFiles) {
    const code = readFileSync(`${dist}/${file}`, 'utf8');
    for (const [, index] of code.matchAll(new RegExp(`["'\`]${EXTERNAL_PREFIX}([^"'\`]*)["'\`]`, 'g'))) {
      const name = /^\d+$/.test(index) ? PROVIDED_MODULE_NAMES[Number(index)] : undefined;
      assert.ok(name, `${file} asks for "${EXTERNAL_PREFIX}${index}", which the loader does not provide`);
      assert.ok(inLoader.has(sourceOf(name)), `${file} asks for ${name}, which ispeed.js does not carry`);
    }
  }
});

test('every module the loader provides is asked for by a chunk, and carried by the loader', () => {
  const asked = new Set();
  for (const file of chunkFiles) {
    for (const [, index] of readFileSync(`${dist}/${file}`, 'utf8').matchAll(
      new RegExp(`["'\`]${EXTERNAL_PREFIX}(\\d+)["'\`]`, 'g'),
    ))
      asked.add(PROVIDED_MODULE_NAMES[Number(index)]);
  }
  for (const name of PROVIDED_MODULE_NAMES) {
    assert.ok(asked.has(name), `no chunk asks for ${name}: the loader need not provide it`);
    assert.ok(modulesOf('ispeed.js').includes(sourceOf(name)), `ispeed.js carries ${sourceOf(name)}`);
  }
});

test("the command line's progress reader carries only src/data and src/registry, no browser code", () => {
  const foreign = modulesOf('lib/progress-report.js').filter((id) => !/^src\/(data|registry)\//.test(id));
  assert.deepEqual(foreign, []);
});
