// build/sizes.mjs measures what a visitor downloads: checked on a small
// dist/ written for the test, with files of known sizes.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BUDGETS, gzipSize, measureSizes, printSizeReport, widgetFiles } from '../../build/sizes.mjs';

const dist = mkdtempSync(join(tmpdir(), 'sizes-'));
after(() => rmSync(dist, { recursive: true, force: true }));
mkdirSync(join(dist, 'chunks'));

/** Random bytes barely compress: a file of them gzips to a little over its length. */
function writeIncompressible(file, bytes) {
  writeFileSync(join(dist, file), randomBytes(bytes));
  return gzipSize(join(dist, file));
}

const files = {
  'ispeed-banner': ['core-1.js', 'ispeed-banner-2.js'],
  'ispeed-qr-card': ['core-1.js', 'qr-3.js', 'ispeed-qr-card-4.js'],
};
writeFileSync(join(dist, 'chunks/manifest.json'), JSON.stringify({ files, integrity: {} }));
const size = {
  loader: writeIncompressible('ispeed.js', 1000),
  core: writeIncompressible('chunks/core-1.js', 2000),
  banner: writeIncompressible('chunks/ispeed-banner-2.js', 300),
  qr: writeIncompressible('chunks/qr-3.js', 400),
  qrCard: writeIncompressible('chunks/ispeed-qr-card-4.js', 500),
  bundle: writeIncompressible('ispeed.bundle.js', 3000),
};

test('gzipSize is the length of the gzip -9 stream, which inflates back to the file', () => {
  const text = 'i-Speed '.repeat(1000);
  writeFileSync(join(dist, 'text.txt'), text);
  assert.ok(gzipSize(join(dist, 'text.txt')) < 100, 'repetitive text compresses');
  assert.equal(gzipSize(join(dist, 'text.txt')), gzipSync(text, { level: 9 }).length);
  assert.equal(gunzipSync(gzipSync(text, { level: 9 })).toString(), text);
  assert.ok(size.core > 2000, 'random bytes do not');
});

test("widgetFiles lists a widget's files from the chunks' manifest, as paths under dist/", () => {
  assert.deepEqual(widgetFiles(dist, 'ispeed-banner'), ['chunks/core-1.js', 'chunks/ispeed-banner-2.js']);
});

test("a banner page counts the loader and the banner's files; the QR card only what the banner did not load", () => {
  const sizes = measureSizes(dist);
  assert.equal(sizes.loader, size.loader);
  assert.equal(sizes.bannerPage, size.loader + size.core + size.banner);
  assert.deepEqual(sizes.qrFiles, ['chunks/qr-3.js', 'chunks/ispeed-qr-card-4.js']);
  assert.equal(sizes.qrCard, size.qr + size.qrCard);
  assert.equal(sizes.bundle, size.bundle);
});

test('the report prints each size against its budget and flags one over it', () => {
  const lines = [];
  const log = console.log;
  console.log = (line) => lines.push(line);
  try {
    printSizeReport(dist);
    writeIncompressible('ispeed.js', BUDGETS.loader + 100);
    printSizeReport(dist);
  } finally {
    console.log = log;
  }
  const loaderLines = lines.filter((line) => line.includes('ispeed.js (the pasted tag)'));
  assert.equal(loaderLines.length, 2);
  const budget = (BUDGETS.loader / 1024).toFixed(1).replace('.', '\\.');
  assert.match(loaderLines[0], new RegExp(`1\\.0 KB {2}\\(budget ${budget} KB\\)$`));
  assert.match(loaderLines[1], new RegExp(`\\(budget ${budget} KB, OVER\\)$`));
  assert.ok(lines.some((line) => line.includes('ispeed.js + chunks/core-1.js + chunks/ispeed-banner-2.js')));
});
