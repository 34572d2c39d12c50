// `npm run artwork` (build/artwork/artwork.mjs), run for real: it is deterministic,
// the files committed in assets/ are what it makes today, and the project's
// own `assets verify` accepts its folder (PNG 2x twins included).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const listing = (folder) =>
  readdirSync(folder, { recursive: true })
    .filter((name) => /\.(svg|png|json)$/.test(name) && name !== 'manifest.schema.json')
    .sort();

describe('npm run artwork', () => {
  let out;
  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'ispeed-artwork-'));
    await run(process.execPath, ['build/artwork/artwork.mjs', out]);
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  it('makes exactly the files committed in assets/, byte for byte', () => {
    const made = listing(out);
    assert.deepEqual(
      listing('assets').filter((name) => /^(banner-|ispeed-mark)/.test(name)),
      made.filter((name) => /^(banner-|ispeed-mark)/.test(name)),
      'no stale artwork',
    );
    const differing = made.filter((name) => !readFileSync(join(out, name)).equals(readFileSync(join('assets', name))));
    assert.deepEqual(differing, [], 'assets/ is out of date: run `npm run artwork` and commit the result');
  });

  it('makes a folder that `ispeed-widgets assets verify` accepts', async () => {
    const { stdout } = await run(process.execPath, ['bin/ispeed-widgets.mjs', 'assets', 'verify', out], {
      encoding: 'utf8',
    });
    assert.match(stdout, /All 37 files in .* match manifest\.json/);
  });

  it('fails the build when a text cannot fit its box', async () => {
    const { drawBanner } = await import('../../build/artwork/banner-layouts.mjs');
    const mark = JSON.parse(readFileSync('src/ui/mark.json', 'utf8'));
    const texts = {
      headline: 'Đo tốc độ',
      message: 'x',
      cta: 'Tải ứng dụng',
      facts: ['a', 'b', 'c'],
      web: 'speedtest.vn',
    };
    assert.ok(drawBanner('320x100', 'vi', texts, mark).svg.includes('<use'));
    assert.throws(
      () =>
        drawBanner('320x100', 'vi', { ...texts, cta: 'Tải ứng dụng i-Speed về điện thoại của bạn ngay hôm nay' }, mark),
      /do not fit 140 px/,
    );
    assert.throws(
      () => drawBanner('300x250', 'vi', { ...texts, message: 'Ứng dụng miễn phí '.repeat(12) }, mark),
      /300x250 message does not fit/,
    );
  });
});
