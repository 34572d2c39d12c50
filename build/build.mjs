// Builds everything in dist/ and prints the sizes a visitor downloads.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { writeAssetManifest } from './asset-manifest.mjs';
import { copyDepartmentFile } from './department-file.mjs';
import { writeGoPage } from './go-page.mjs';
import { writeEmbedPage } from './embed-page.mjs';
import { checkChunkIntegrity, writeIntegrity } from './integrity.mjs';
import { patchCustomElements } from './option-tables.mjs';
import { printSizeReport } from './sizes.mjs';

const started = performance.now();
rmSync('dist', { recursive: true, force: true });

for (const mode of [
  'esm',
  'chunks',
  'loader',
  'bundle',
  'print',
  'embed',
  'go',
  'configurator',
  'report',
  'report-lib',
]) {
  await build({ mode });
}

mkdirSync('dist/assets', { recursive: true });
cpSync('assets', 'dist/assets', { recursive: true });
writeAssetManifest('dist/assets');
cpSync('demo', 'dist/demo', { recursive: true });
// The demo's progress data as the classic script portals of other hosts read, written by the report's own code.
const { progressScript } = await import(pathToFileURL('dist/lib/progress-report.js').href);
const demoData = JSON.parse(readFileSync('demo/data/tien-do-mau.json', 'utf8'));
writeFileSync('dist/demo/data/tien-do-mau.js', progressScript(demoData));
// Each tool's page and style sheet beside the script its build wrote (its words are in the script).
// Folders of code only (the report's print/, chart/ and files/) are left out too, not copied empty.
const pageFiles = (path) =>
  !/\.tsx?$|\/locales$/.test(path) &&
  !(statSync(path).isDirectory() && readdirSync(path).every((name) => /\.tsx?$|^locales$/.test(name)));
cpSync('src/tools/configurator', 'dist/configurator', { recursive: true, filter: pageFiles });
cpSync('src/tools/report', 'dist/report', { recursive: true, filter: pageFiles });
cpSync('src/tools/pages', 'dist', { recursive: true, filter: pageFiles });
cpSync('src/tools/go', 'dist', { recursive: true, filter: pageFiles });
await writeGoPage('dist/go.html');
// Without script the embed page keeps its static artwork, and the banner's title.
const pageWords = JSON.parse(readFileSync('src/tools/pages/locales/vi.json', 'utf8'));
writeEmbedPage('dist', { title: pageWords.titles.banner });
if (copyDepartmentFile()) console.log('Copied department.json into dist/.');

checkChunkIntegrity('dist');
const integrity = writeIntegrity('dist', ['ispeed.js', 'ispeed.bundle.js']);

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
// The hashes for the SRI form and for a pinned version on a public CDN.
console.log('\nintegrity="" (dist/integrity.json):');
for (const [file, hash] of Object.entries(integrity)) console.log(`  ${file.padEnd(18)} ${hash}`);
console.log(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
