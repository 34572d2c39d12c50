// What `npm pack` ships: what a user needs (the built library, its pages and
// tools, the artwork once, the command line, the types of the npm entry
// points) and nothing of a developer's (src/, the demo, the build's own
// report, test data). Lists the tarball as npm itself would make it, from the
// dist/ already built (`--ignore-scripts`: prepack would rebuild it under the
// other tests' feet).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import { test } from 'node:test';

/**
 * The tarball's size, gzip, in bytes: 616 KB when this was written (the
 * artwork is most of it), 718 KB with the smart link page, the progress
 * data script and the command line's words in two languages, 808 KB with the
 * workbook writer for check-portals and clicks and the report's banner and
 * clicks columns (none of it on a portal visitor's path).
 */
const PACKED_BUDGET = 880 * 1024;

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: 'pipe' }),
);
const files = new Set(pack.files.map((file) => file.path));

test(`the tarball is at most ${PACKED_BUDGET / 1024} KB`, () => {
  console.log(
    `npm pack: ${(pack.size / 1024).toFixed(0)} KB packed, ${(pack.unpackedSize / 1024).toFixed(0)} KB unpacked, ${pack.entryCount} files`,
  );
  assert.ok(pack.size <= PACKED_BUDGET, `${pack.size} bytes`);
});

test("ships nothing of a developer's", () => {
  const developers = [...files].filter((path) =>
    /^(src|assets|test|build|scripts|bench|demo|node_modules)\/|^dist\/demo\/|^dist\/modules\.json$|^dist\/types\/(tools|bundle)\/|\.tsx?$(?<!\.d\.ts)/.test(
      path,
    ),
  );
  assert.deepEqual(developers, []);
});

test('ships the artwork once, every file its manifest names', () => {
  const manifest = JSON.parse(readFileSync('dist/assets/manifest.json', 'utf8'));
  for (const entry of manifest.assets) {
    for (const file of [entry.file, entry.file2x].filter(Boolean)) assert.ok(files.has(`dist/assets/${file}`), file);
  }
  const artwork = [...files].filter((path) => /\.(svg|png)$/.test(path));
  const names = artwork.map((path) => basename(path));
  assert.deepEqual(
    names.filter((name, index) => names.indexOf(name) !== index),
    [],
    'no artwork twice',
  );
  assert.ok(artwork.every((path) => path.startsWith('dist/assets/')));
});

test('ships no stray data file: only the manifests, hashes and words the library reads', () => {
  const data = [...files].filter((path) => /\.(json|csv|tsv|xlsx?)$/.test(path) && path !== 'package.json');
  const expected = [
    // The command line's words (ispeed-widgets report in Vietnamese and English).
    'cli/locales/report.en.json',
    'cli/locales/report.vi.json',
    'dist/assets/manifest.json',
    'dist/assets/manifest.schema.json',
    'dist/chunks/manifest.json',
    'dist/custom-elements.json',
    'dist/integrity.json',
    // The command line's words, Vietnamese and English.
    'cli/locales/report.en.json',
    'cli/locales/report.vi.json',
  ];
  assert.deepEqual(
    data.filter((path) => !expected.includes(path) && !/^dist\/assets\/guide\/guide\.\w+\.json$/.test(path)),
    [],
  );
  for (const path of expected) assert.ok(files.has(path), path);
});

test('ships what a user needs: the tag, the bundle, the pages, the tools, the command line', () => {
  for (const path of [
    'package.json',
    'README.md',
    'dist/ispeed.js',
    'dist/ispeed.bundle.js',
    'dist/embed.html',
    'dist/embed.js',
    'dist/print.html',
    'dist/print.js',
    'dist/configurator/index.html',
    'dist/report/index.html',
    'dist/lib/progress-report.js',
    ...Object.values(pkg.bin),
  ]) {
    assert.ok(files.has(posix.normalize(path)), path);
  }
  // Every chunk the loader asks for.
  const { files: chunks } = JSON.parse(readFileSync('dist/chunks/manifest.json', 'utf8'));
  for (const file of new Set(Object.values(chunks).flat())) assert.ok(files.has(`dist/chunks/${file}`), file);
});

test('every entry point of package.json is in the tarball', () => {
  const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements];
  for (const value of Object.values(pkg.exports)) {
    targets.push(...(typeof value === 'string' ? [value] : Object.values(value)));
  }
  for (const target of targets.filter((path) => !path.includes('*'))) {
    assert.ok(files.has(posix.normalize(target)), target);
  }
});

test('every type declaration the entry points reach is in the tarball', () => {
  const pending = [...files].filter((path) => path.startsWith('dist/types/npm/'));
  assert.ok(pending.length > 0);
  const seen = new Set();
  while (pending.length) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = join(dirname(file), specifier).replace(/\.js$/, '.d.ts');
      assert.ok(files.has(target), `${file} imports ${specifier}`);
      pending.push(target);
    }
  }
});
