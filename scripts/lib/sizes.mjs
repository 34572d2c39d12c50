// Gzip sizes of what a visitor downloads, read from the built files.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipSize(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** A chunk and every chunk it imports statically, as the browser fetches them. */
export function staticGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\.?\/[^"']+)["']/g)) {
      visit(join(dirname(file), match[1]));
    }
  };
  visit(entry);
  return [...seen];
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function measureSizes(dist) {
  const loader = gzipSize(join(dist, 'ispeed.js'));
  const bannerFiles = staticGraph(join(dist, 'chunks/banner.js'));
  const bannerChunks = bannerFiles.reduce((sum, file) => sum + gzipSize(file), 0);
  // What the QR card adds on top of a banner page: its chunk and whatever the banner did not already load.
  const qrFiles = staticGraph(join(dist, 'chunks/qr-card.js')).filter((file) => !bannerFiles.includes(file));
  return {
    loader,
    bannerPage: loader + bannerChunks,
    bannerFiles: bannerFiles.map((file) => relative(dist, file)),
    qrCard: qrFiles.reduce((sum, file) => sum + gzipSize(file), 0),
    qrFiles: qrFiles.map((file) => relative(dist, file)),
    bundle: gzipSize(join(dist, 'ispeed.bundle.js')),
  };
}

export function printSizeReport(dist) {
  const sizes = measureSizes(dist);
  console.log('\nSizes (gzip -9):');
  console.log(`  ispeed.js (the pasted tag)           ${kb(sizes.loader)}`);
  console.log(`  a page with one banner downloads     ${kb(sizes.bannerPage)}  (ispeed.js + ${sizes.bannerFiles.join(' + ')})`);
  console.log(`  the QR card adds, when first used     ${kb(sizes.qrCard)}  (${sizes.qrFiles.join(' + ')})`);
  console.log(`  ispeed.bundle.js (everything)        ${kb(sizes.bundle)}`);
  return sizes;
}
