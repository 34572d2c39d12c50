// Builds everything in dist/ and prints the sizes a visitor downloads.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { build } from 'vite';
import { writeAssetManifest } from './asset-manifest.mjs';
import { checkChunkIntegrity, writeIntegrity } from './integrity.mjs';
import { patchCustomElements } from './option-tables.mjs';
import { printSizeReport } from './sizes.mjs';

const started = performance.now();
rmSync('dist', { recursive: true, force: true });

for (const mode of ['esm', 'chunks', 'loader', 'bundle', 'print', 'embed', 'configurator', 'report', 'report-lib']) {
  await build({ mode });
}

mkdirSync('dist/assets', { recursive: true });
cpSync('assets', 'dist/assets', { recursive: true });
writeAssetManifest('dist/assets');
cpSync('demo', 'dist/demo', { recursive: true });
// Each tool's page and style sheet beside the script its build wrote (its words are in the script).
// Folders of code only (the report's print/, chart/ and files/) are left out too, not copied empty.
const pageFiles = (path) =>
  !/\.tsx?$|\/locales$/.test(path) &&
  !(statSync(path).isDirectory() && readdirSync(path).every((name) => /\.tsx?$|^locales$/.test(name)));
cpSync('src/tools/configurator', 'dist/configurator', { recursive: true, filter: pageFiles });
cpSync('src/tools/report', 'dist/report', { recursive: true, filter: pageFiles });
cpSync('src/tools/pages', 'dist', { recursive: true, filter: pageFiles });

checkChunkIntegrity('dist');
writeIntegrity('dist', ['ispeed.js', 'ispeed.bundle.js']);

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync(
  'npx',
  [
    'cem',
    'analyze',
    '--litelement',
    '--globs',
    'src/widgets/**/*.ts',
    'src/ui/widget-element.ts',
    '--outdir',
    'dist',
    '--quiet',
  ],
  {
    stdio: 'inherit',
  },
);

// The elements' attributes as the option registry declares them.
await patchCustomElements('dist/custom-elements.json');

printSizeReport('dist');
console.log(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
