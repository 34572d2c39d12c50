// Gzip sizes of what a visitor downloads, read from the built files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipSize(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * Budgets, gzip -9 bytes; test/build/dist.test.mjs holds the build to them.
 * The loader's target was 2 KB; it carries what every chunk would otherwise
 * repeat (state, console messages, widget and attribute names, the Trusted
 * Types policy) and 0.5 KB of chunk names and hashes for SRI, and was held at 4 KB;
 * 4.5 KB since it also turns pasted smart links into widgets (the site script, about 0.35 KB);
 * 4800 B since its Trusted Types policy checks what it vouches for itself (the
 * widgets' template elements and the loader's folder, about 0.3 KB), as any
 * page script can reach it.
 * The one-file bundle carries every widget's code, the progress reader with it:
 * since the reader skips totals and signature rows, reads progress.js and keeps
 * its messages as data (their English words beside it), it adds 3.7 KB, so 52 KB;
 * 54 KB once the widgets also build smart links for their QR codes and small
 * frames, and credit the portal that framed them. A banner page carries those
 * too (about 0.5 KB), hence its 28 KB; 29 KB once the sticky bar follows
 * focus into other components' shadow roots, keeps clear of a focused
 * back-to-top button and holds to a quarter of the screen at large text, and
 * fitted banners keep what they shed readable (about 0.5 KB), with the
 * loader's checked policy (0.3 KB).
 */
export const BUDGETS = { loader: 4800, bannerPage: 29 * 1024, bundle: 54 * 1024 };

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The files the loader requests for a widget (its chunk manifest), as paths under dist/. */
export function widgetFiles(dist, tag) {
  const { files } = JSON.parse(readFileSync(join(dist, 'chunks/manifest.json'), 'utf8'));
  return files[tag].map((file) => `chunks/${file}`);
}

export function measureSizes(dist) {
  const loader = gzipSize(join(dist, 'ispeed.js'));
  const bannerFiles = widgetFiles(dist, 'ispeed-banner');
  const sum = (files) => files.reduce((total, file) => total + gzipSize(join(dist, file)), 0);
  // What the QR card adds on top of a banner page: whatever the banner did not already load.
  const qrFiles = widgetFiles(dist, 'ispeed-qr-card').filter((file) => !bannerFiles.includes(file));
  return {
    loader,
    bannerPage: loader + sum(bannerFiles),
    bannerFiles,
    qrCard: sum(qrFiles),
    qrFiles,
    bundle: gzipSize(join(dist, 'ispeed.bundle.js')),
  };
}

export function printSizeReport(dist) {
  const sizes = measureSizes(dist);
  const budget = (bytes, limit) => `${kb(bytes).padStart(8)}  (budget ${kb(limit)}${bytes > limit ? ', OVER' : ''})`;
  console.log('\nSizes (gzip -9):');
  console.log(`  ispeed.js (the pasted tag)         ${budget(sizes.loader, BUDGETS.loader)}`);
  console.log(
    `  a page with one banner downloads   ${budget(sizes.bannerPage, BUDGETS.bannerPage)}: ispeed.js + ${sizes.bannerFiles.join(' + ')}`,
  );
  console.log(`  the QR card adds, when first used  ${kb(sizes.qrCard).padStart(8)}: ${sizes.qrFiles.join(' + ')}`);
  console.log(`  ispeed.bundle.js (everything)      ${budget(sizes.bundle, BUDGETS.bundle)}`);
  return sizes;
}
