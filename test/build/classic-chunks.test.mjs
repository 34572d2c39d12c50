// build/classic-chunks.mjs and build/module-report.mjs on a small real
// build: two widgets sharing a module and using one the loader provides.
// The chunks are then run the way src/loader/chunk-loader.ts runs them.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { build } from 'vite';
import {
  CHUNK_REGISTRY,
  EXTERNAL_PREFIX,
  classicChunks,
  plainExports,
  providedByLoader,
  providedModuleName,
  sriHash,
} from '../../build/classic-chunks.mjs';
import { MODULE_REPORT, recordModules } from '../../build/module-report.mjs';

const root = resolve('test/build/fixtures/classic-chunks');
const names = ['loader/log'];
const out = mkdtempSync(join(tmpdir(), 'classic-chunks-'));
after(() => rmSync(out, { recursive: true, force: true }));

function buildChunks(input, outDir) {
  return build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [providedByLoader(root, names), classicChunks(names), recordModules(root, outDir)],
    build: {
      outDir,
      minify: true,
      rolldownOptions: {
        input,
        preserveEntrySignatures: 'allow-extension',
        output: { format: 'cjs', entryFileNames: '[name]-[hash].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
}

await buildChunks({ first: 'src/widgets/first.ts', second: 'src/widgets/second.ts' }, out);
const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
const read = (file) => readFileSync(join(out, file), 'utf8');

test("the manifest lists each entry's files, dependencies first, and the loader's modules they use", () => {
  assert.deepEqual(Object.keys(manifest.files).sort(), ['first', 'second']);
  for (const name of ['first', 'second']) {
    const files = manifest.files[name];
    assert.equal(files.length, 2, files.join(', '));
    assert.match(files[1], new RegExp(`^${name}-`));
    assert.equal(files[0], manifest.files.first[0], 'both share one chunk');
  }
  assert.deepEqual(manifest.provided, ['loader/log']);
});

test("each file's hash in the manifest is the sha384 of the file written", () => {
  const files = [...new Set(Object.values(manifest.files).flat())];
  assert.deepEqual(Object.keys(manifest.integrity).sort(), files.sort());
  for (const file of files) assert.equal(manifest.integrity[file], sriHash(readFileSync(join(out, file))), file);
});

test('the chunks register factories that, required like the loader does, run the widgets', () => {
  const page = {};
  const registry = () => runInNewContext(`globalThis[Symbol.for(${JSON.stringify(CHUNK_REGISTRY)})]`, page);
  for (const file of Object.keys(manifest.integrity)) {
    runInNewContext(read(file), page);
    assert.equal(typeof registry()[file], 'function', `${file} registers itself under its name`);
  }
  const factories = registry();
  const provided = [{ tag: (text) => `<${text}>` }];
  const modules = {};
  const require = (id) => {
    if (id.startsWith(EXTERNAL_PREFIX)) return provided[Number(id.slice(EXTERNAL_PREFIX.length))];
    const file = id.replace(/^\.\//, '');
    if (!modules[file]) {
      modules[file] = { exports: {} };
      factories[file](require, modules[file], modules[file].exports);
    }
    return modules[file].exports;
  };
  assert.equal(require(manifest.files.first.at(-1)).first(), '<xin chào first>');
  assert.equal(require(manifest.files.second.at(-1)).second(), '<xin chào second>');
});

test("the module report names each file's modules, and the provided module in none", () => {
  const report = JSON.parse(read(MODULE_REPORT));
  const [firstFile, secondFile] = [manifest.files.first.at(-1), manifest.files.second.at(-1)];
  assert.deepEqual(Object.keys(report[firstFile]), ['src/widgets/first.ts']);
  assert.deepEqual(Object.keys(report[secondFile]), ['src/widgets/second.ts']);
  assert.deepEqual(Object.keys(report[manifest.files.first[0]]), ['src/shared.ts']);
  assert.ok(Object.values(report).every((modules) => !('src/loader/log.ts' in modules)));
});

test('a chunk that imports code dynamically stops the build', async () => {
  const lazyOut = mkdtempSync(join(tmpdir(), 'classic-chunks-lazy-'));
  try {
    await assert.rejects(
      buildChunks({ lazy: 'src/widgets/lazy.ts' }, lazyOut),
      /imports code dynamically; the loader cannot serve that/,
    );
  } finally {
    rmSync(lazyOut, { recursive: true, force: true });
  }
});

test('an ispeed: import names a provided module by its index, and nothing else', () => {
  assert.equal(providedModuleName(names, `${EXTERNAL_PREFIX}0`), 'loader/log');
  assert.equal(providedModuleName(names, './shared-x.js'), undefined);
  assert.throws(() => providedModuleName(names, `${EXTERNAL_PREFIX}1`), /not one of the 1 modules the loader provides/);
  assert.throws(() => providedModuleName(names, `${EXTERNAL_PREFIX}loader/log`), /not one of/);
});

test("plainExports turns Rolldown's export getters into plain properties, and stops the build on a form it does not know", () => {
  const rolldown = [
    "Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });",
    'Object.defineProperty(exports, "a", {',
    '  enumerable: true,',
    '  get: function () {',
    '    return t;',
    '  }',
    '});',
    'const t = 1;',
  ].join('\n');
  assert.equal(plainExports(rolldown), 'exports["a"] = t;\nconst t = 1;');
  assert.throws(
    () => plainExports('Object.defineProperty(exports, "a", { get: () => t });'),
    /an export form Rolldown now writes differently/,
  );
});
