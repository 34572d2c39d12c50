// The embed page's static artwork (build/embed-page.mjs): every fixed banner
// size has its artwork, and a frame of a banner's exact size gets that
// banner, by the same rule the browser applies to the <picture>'s sources.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { importTypeScript } from '../../build/import-ts.mjs';
import { staticArtwork } from '../../build/embed-page.mjs';

const manifest = JSON.parse(readFileSync('assets/manifest.json', 'utf8'));
const { FIXED_BANNER_SIZES } = await importTypeScript('src/registry/campaign.ts');

/** The file a frame of this shape shows: the first source whose query matches, else the <img>. */
function chosen(markup, width, height) {
  for (const [, num, den, file] of markup.matchAll(/min-aspect-ratio: (\d+)\/(\d+)\)" srcset="assets\/([^"]+)"/g)) {
    if (width / height >= Number(num) / Number(den)) return file;
  }
  return /<img src="assets\/([^"]+)"/.exec(markup)[1];
}

test('a frame of each fixed banner size shows that banner', () => {
  const markup = staticArtwork(manifest);
  for (const size of FIXED_BANNER_SIZES) {
    const [width, height] = size.split('x').map(Number);
    assert.equal(chosen(markup, width, height), `banner-${size}-vi.svg`, size);
  }
});

test('links to go.html beside the page and names the artwork', () => {
  const markup = staticArtwork(manifest);
  assert.match(markup, /^<a class="static-artwork" href="go.html" data-ispeed="off"><picture>/);
  assert.match(markup, /alt="Đo tốc độ Internet với i-Speed\. Tải ứng dụng"/);
});

test("the built page carries it in its <main>, with the banner's title, and every file it names exists", () => {
  const page = readFileSync('dist/embed.html', 'utf8');
  assert.equal(page.match(/<main\b/g)?.length, 1);
  assert.match(page, /<main id="widget"><a class="static-artwork"/);
  assert.match(page, /<title>Đo tốc độ Internet với ứng dụng i-Speed<\/title>/);
  for (const [, file] of page.matchAll(/(?:srcset|src)="(assets\/[^"]+)"/g))
    assert.ok(existsSync(`dist/${file}`), file);
});
