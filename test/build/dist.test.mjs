// What npm run build wrote to dist/: sizes within budget, the loader and its
// chunks agreeing, and no code shipped twice. Sizes are deterministic, so
// this is a plain test, not a benchmark.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { importTypeScript } from '../../build/import-ts.mjs';
import { BUDGETS, measureSizes } from '../../build/sizes.mjs';
import { FIXED_SIZES } from '../helpers/banner-sizes.node.mjs';

const dist = 'dist';
const manifest = JSON.parse(readFileSync(`${dist}/chunks/manifest.json`, 'utf8'));
const chunkFiles = readdirSync(`${dist}/chunks`).filter((file) => file.endsWith('.js'));
const read = (file) => readFileSync(`${dist}/${file}`, 'utf8');
const { PROVIDED_MODULE_NAMES } = await importTypeScript('src/loader/provided-module-names.ts');

test('sizes stay within their budgets (gzip -9)', () => {
  const sizes = measureSizes(dist);
  assert.ok(sizes.loader <= BUDGETS.loader, `ispeed.js is ${sizes.loader} B, budget ${BUDGETS.loader} B`);
  assert.ok(
    sizes.bannerPage <= BUDGETS.bannerPage,
    `a one-banner page downloads ${sizes.bannerPage} B, budget ${BUDGETS.bannerPage} B`,
  );
  assert.ok(sizes.bundle <= BUDGETS.bundle, `ispeed.bundle.js is ${sizes.bundle} B, budget ${BUDGETS.bundle} B`);
});

test('the loader knows every chunk file and its hash, and nothing else', () => {
  const loader = read('ispeed.js');
  const listed = new Set(Object.values(manifest.files).flat());
  assert.deepEqual([...listed].sort(), chunkFiles.sort());
  for (const file of chunkFiles) {
    assert.ok(loader.includes(file), `ispeed.js names ${file}`);
    assert.ok(loader.includes(manifest.integrity[file]), `ispeed.js carries the hash of ${file}`);
  }
  for (const tag of ['ispeed-banner', 'ispeed-qr-card', 'ispeed-guide', 'ispeed-progress']) {
    assert.ok(manifest.files[tag]?.at(-1).startsWith(`${tag}-`), `${tag} has its chunk last`);
  }
});

test('chunks are classic scripts that register themselves, with no import, export or import()', () => {
  for (const file of chunkFiles) {
    const code = read(`chunks/${file}`);
    assert.ok(code.startsWith('(globalThis[Symbol.for(`ispeed-widgets.chunks`)]||={})'), `${file} registers itself`);
    assert.doesNotMatch(code, /\bimport\s*\(|^\s*(import|export)\s/m, `${file} is not an ES module`);
  }
});

test('the loader provides exactly the modules the chunks ask it for', () => {
  assert.deepEqual(manifest.provided, [...PROVIDED_MODULE_NAMES].sort());
});

test("no chunk repeats the loader's code or Lit", () => {
  // Strings that exist once in the source: each must be in one file only.
  const once = {
    'ispeed-widgets.state': 'ispeed.js', // shared-state.ts
    '[ispeed-widgets]': 'ispeed.js', // log.ts
    'ispeed-banner:not(:defined)': 'ispeed.js', // the box reservation
    'ispeed-widgets.trusted-types-policy': 'ispeed.js',
  };
  for (const [text, home] of Object.entries(once)) {
    const holders = [...chunkFiles.map((file) => `chunks/${file}`), 'ispeed.js'].filter((file) =>
      read(file).includes(text),
    );
    assert.deepEqual(holders, [home], `"${text}" is in ${holders.join(', ')}`);
  }
  const litHolders = chunkFiles.filter((file) => read(`chunks/${file}`).includes('lit$'));
  assert.equal(litHolders.length, 1, `lit-html is in ${litHolders.join(', ')}`);
});

test('Lit uses the ispeed-widgets Trusted Types policy, never its own "lit-html" one', () => {
  for (const file of [
    'ispeed.bundle.js',
    ...chunkFiles.map((name) => `chunks/${name}`),
    'configurator/configurator.js',
  ]) {
    if (!existsSync(`${dist}/${file}`)) continue;
    assert.doesNotMatch(read(file), /createPolicy\(["`']lit-html/, file);
  }
});

test("the library's own artwork exists for every fixed size and built-in language", () => {
  for (const size of FIXED_SIZES) {
    for (const lang of ['vi', 'en'])
      assert.ok(existsSync(`${dist}/assets/banner-${size}-${lang}.svg`), `banner-${size}-${lang}.svg`);
  }
});

test("a widget's own words come with its chunk, not with the code every widget shares", () => {
  const core = chunkFiles
    .filter((file) => file.startsWith('core-'))
    .map((file) => read(`chunks/${file}`))
    .join('');
  const own = { 'ispeed-progress': 'Chưa có số liệu', 'ispeed-guide': 'Bước tiếp theo' };
  for (const [tag, words] of Object.entries(own)) {
    assert.ok(!core.includes(words), `"${words}" is in the shared chunk`);
    assert.ok(read(`chunks/${manifest.files[tag].at(-1)}`).includes(words), `"${words}" is in the ${tag} chunk`);
  }
});

test("QR codes are drawn without the qrcode package's parts that byte segments never reach", () => {
  const qr = chunkFiles.filter((file) => file.startsWith('qr-')).map((file) => read(`chunks/${file}`));
  for (const code of [...qr, read('ispeed.bundle.js')]) {
    assert.ok(!code.includes('single_source_shortest_paths'), 'no dijkstrajs');
    assert.ok(code.includes('dijkstrajs is left out of ispeed-widgets'), 'its stub, which says so if reached');
    assert.ok(code.includes('Kanji mode is left out of ispeed-widgets'), "the Kanji mode's stub");
  }
});
