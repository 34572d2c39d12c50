// The assets command line, end to end: a real process against a local
// materials site. Its output folder is kept in test/.generated/pulled/ for
// the browser test that uses it as a banner's asset-base.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { safeFileName } from '../../cli/lib/file-names.mjs';
import { sharedCode } from '../../cli/lib/shared-code.mjs';
import { imageSize } from '../../cli/lib/image-size.mjs';
import { sizeClass } from '../../cli/lib/banner-sizes.mjs';
import { solidPng, startSite } from './fixture-site.mjs';
import { cli } from './run-cli.mjs';

const PULLED = 'test/.generated/pulled';

describe('ispeed-widgets assets pull', () => {
  let site;
  let result;
  let manifest;
  const parent = mkdtempSync(join(tmpdir(), 'ispeed-pull-'));
  const out = join(parent, 'out');

  before(async () => {
    site = await startSite();
    result = await cli(
      'assets',
      'pull',
      `${site.url}/tai-lieu/`,
      '--out',
      out,
      '--max-size',
      '1',
      '--concurrency',
      '3',
      '--retries',
      '1',
    );
    manifest = existsSync(join(out, 'manifest.json'))
      ? JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
      : undefined;
  });
  after(async () => {
    await site.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it("downloads the page's images and documents and exits 0", () => {
    assert.equal(result.code, 0, result.stderr);
    assert.ok(manifest, 'manifest.json written');
    assert.equal(manifest.schema, 'ispeed-widgets/assets');
    assert.equal(manifest.version, 1);
  });

  it('sorts banners into the standard sizes and keeps the rest as other', () => {
    const bySize = Object.fromEntries(manifest.assets.filter((a) => a.kind === 'banner').map((a) => [a.file, a.size]));
    assert.equal(bySize['banner-728x90.png'], '728x90');
    assert.equal(bySize['banner-300x250-en.png'], '300x250');
    assert.equal(bySize['bang-ron-i-speed-160x600.png'], '160x600');
    assert.equal(bySize['banner-320x100.jpg'], '320x100');
    assert.equal(bySize['doc-300x600.webp'], '300x600');
    assert.equal(bySize['anh-su-kien.jpg'], 'other');
    assert.equal(bySize['bieu-tuong.svg'], 'other');
  });

  it('pairs a 2x file from the srcset with its 1x twin, and keeps alt text and language', () => {
    const banner = manifest.assets.find((a) => a.file === 'banner-728x90.png');
    assert.equal(banner.file2x, 'banner-728x90-2x.png');
    assert.deepEqual(banner.alt, { vi: 'Băng rôn i-Speed 728x90' });
    assert.equal(manifest.assets.find((a) => a.file === 'banner-300x250-en.png').lang, 'en');
    assert.ok(!manifest.assets.some((a) => a.file === 'banner-728x90-2x.png'), 'the 2x file is not listed on its own');
  });

  it('keeps the PDF poster as a document, follows the redirect, and hashes every file', () => {
    assert.deepEqual(
      manifest.assets.find((a) => a.kind === 'document'),
      {
        kind: 'document',
        file: 'ap-phich-a4.pdf',
        lang: 'vi',
        sha256: createHash('sha256')
          .update(readFileSync(join(out, 'ap-phich-a4.pdf')))
          .digest('hex'),
        source: `${site.url}/tai-lieu/files/ap-phich-A4.pdf`,
      },
    );
    assert.equal(manifest.assets.find((a) => a.file === 'banner-cu.png').size, '300x250');
    for (const entry of manifest.assets) {
      assert.equal(
        entry.sha256,
        createHash('sha256')
          .update(readFileSync(join(out, entry.file)))
          .digest('hex'),
        entry.file,
      );
    }
  });

  it('skips the broken link and the file over the cap, and says why', () => {
    assert.match(result.stdout, /khong-ton-tai\.png\s+HTTP 404/);
    assert.match(result.stdout, /huge\.png\s+larger than 1\.0 MB/);
    assert.ok(!existsSync(join(out, 'huge.png')));
    assert.match(result.stdout, /found\s+13/);
    assert.match(result.stdout, /downloaded\s+11/);
    assert.match(result.stdout, /728x90\s+2/);
  });

  it('never writes outside --out', () => {
    assert.deepEqual(readdirSync(parent), ['out']);
    assert.ok(existsSync(join(out, 'escape.png')), 'the "../" file lands inside, renamed');
    for (const name of readdirSync(out)) assert.match(name, /^[a-z0-9_.-]+$/, name);
  });

  it('prints progress, one line per file when not on a terminal', () => {
    assert.match(result.stderr, /13\/13/);
  });

  it('verify passes, then catches one changed byte', async () => {
    const ok = await cli('assets', 'verify', out);
    assert.equal(ok.code, 0, ok.stdout);
    assert.match(ok.stdout, /All 11 files/);
    const file = join(out, 'banner-728x90.png');
    const bytes = readFileSync(file);
    bytes[bytes.length - 20] ^= 0xff;
    writeFileSync(file, bytes);
    const bad = await cli('assets', 'verify', out);
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /banner-728x90\.png: sha256 differs/);
  });

  it('leaves a folder a banner can use as asset-base (test/.generated/pulled/)', async () => {
    rmSync(PULLED, { recursive: true, force: true });
    const again = await cli('assets', 'pull', `${site.url}/tai-lieu/`, '--out', PULLED, '--max-size', '1');
    assert.equal(again.code, 0, again.stderr);
    assert.ok(existsSync(join(PULLED, 'banner-728x90.png')));
  });
});

describe('ispeed-widgets assets pull: bad input', () => {
  let site;
  before(async () => (site = await startSite()));
  after(() => site.close());

  it('exits 2 with a clear message for something that is not an address', async () => {
    const { code, stderr } = await cli('assets', 'pull', 'speedtest.vn/tai-lieu', '--out', join(tmpdir(), 'x'));
    assert.equal(code, 2);
    assert.match(stderr, /neither a folder nor a web address/);
    const ftp = await cli('assets', 'pull', 'ftp://speedtest.vn/', '--out', join(tmpdir(), 'x'));
    assert.equal(ftp.code, 2);
  });

  it('exits 2 without --out, and for unknown commands', async () => {
    assert.equal((await cli('assets', 'pull', site.url)).code, 2);
    assert.equal((await cli('assets', 'push')).code, 2);
    assert.equal((await cli('assets', 'pull', site.url, '--out', 'x', '--concurrency', 'many')).code, 2);
    const out = mkdtempSync(join(tmpdir(), 'ispeed-conc-'));
    assert.equal((await cli('assets', 'pull', `${site.url}/hostile/`, '--out', out, '--concurrency', '0.3')).code, 0);
    rmSync(out, { recursive: true, force: true });
  });

  it('exits 3 when the page cannot be reached', async () => {
    const closed = await startSite();
    const url = closed.url;
    await closed.close();
    const { code, stderr } = await cli(
      'assets',
      'pull',
      `${url}/tai-lieu/`,
      '--out',
      join(tmpdir(), 'x'),
      '--retries',
      '0',
      '--timeout',
      '2',
    );
    assert.equal(code, 3);
    assert.match(stderr, /cannot read the page/);
  });

  it('exits 3 for a page that answers 404', async () => {
    assert.equal((await cli('assets', 'pull', `${site.url}/missing/`, '--out', join(tmpdir(), 'x'))).code, 3);
  });

  it('exits 4 for a page with no images or documents', async () => {
    const { code, stderr } = await cli('assets', 'pull', `${site.url}/empty/`, '--out', join(tmpdir(), 'x'));
    assert.equal(code, 4);
    assert.match(stderr, /no images or documents/);
  });

  it('survives hostile pages: odd escapes, a broken <base>, zero-sized and scripted images', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ispeed-hostile-'));
    const { code, stdout, stderr } = await cli('assets', 'pull', `${site.url}/hostile/`, '--out', out);
    assert.equal(code, 0, stderr);
    const files = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'))
      .assets.map((a) => a.file)
      .sort();
    assert.deepEqual(files, ['100.png', 'ok-300x250.png']);
    assert.match(stdout, /zero\.png\s+not a readable image/);
    assert.match(stdout, /script\.svg\s+an SVG with scripts/);
    rmSync(out, { recursive: true, force: true });
  });

  it('does not follow a symbolic link planted in --out', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'ispeed-planted-'));
    const out = join(parent, 'out');
    mkdirSync(out);
    const victim = join(parent, 'victim.txt');
    writeFileSync(victim, 'untouched');
    symlinkSync(victim, join(out, 'ok-300x250.png'));
    const { code } = await cli('assets', 'pull', `${site.url}/hostile/`, '--out', out);
    assert.equal(code, 0);
    assert.equal(readFileSync(victim, 'utf8'), 'untouched');
    assert.ok(!lstatSync(join(out, 'ok-300x250.png')).isSymbolicLink());
    rmSync(parent, { recursive: true, force: true });
  });

  it('skips symbolic links in a local folder (dangling, looping, or to another folder)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ispeed-links-'));
    writeFileSync(join(folder, 'banner-300x250.png'), solidPng(300, 250));
    symlinkSync(join(folder, 'missing.png'), join(folder, 'dangling.png'));
    symlinkSync(folder, join(folder, 'loop'));
    symlinkSync('/', join(folder, 'root'));
    const out = join(folder, 'out');
    const { code, stderr } = await cli('assets', 'pull', folder, '--out', out);
    assert.equal(code, 0, stderr);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    assert.deepEqual(
      manifest.assets.map((a) => [a.file, a.source]),
      [['banner-300x250.png', 'banner-300x250.png']],
    );
    rmSync(folder, { recursive: true, force: true });
  });

  it('verify refuses a manifest the widgets would refuse', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ispeed-verify-'));
    for (const [content, reason] of [
      ['{"assets":[]}', /schema is not/],
      ['{"schema":"ispeed-widgets/assets","version":1,"assets":null}', /assets is not a list/],
      [
        '{"schema":"ispeed-widgets/assets","version":1,"assets":[{"kind":"banner","file":"a.png","width":0,"height":5}]}',
        /width is not a positive whole number/,
      ],
    ]) {
      writeFileSync(join(folder, 'manifest.json'), content);
      const { code, stdout } = await cli('assets', 'verify', folder);
      assert.equal(code, 1, content);
      assert.match(stdout, reason);
    }
    rmSync(folder, { recursive: true, force: true });
  });

  it("verify refuses alt text that is not text, in the banner's own words", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ispeed-verify-alt-'));
    const bytes = solidPng(300, 250);
    writeFileSync(join(folder, 'banner-300x250.png'), bytes);
    const entry = {
      kind: 'banner',
      size: '300x250',
      file: 'banner-300x250.png',
      width: 300,
      height: 250,
      alt: { vi: 5 },
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
    const manifest = { schema: 'ispeed-widgets/assets', version: 1, assets: [entry] };
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest));
    const { code, stdout } = await cli('assets', 'verify', folder);
    assert.equal(code, 1, stdout);
    assert.equal(stdout, `1 problem(s) in ${folder}:\n  assets[0].alt is not an object of strings\n`);
    // The same function the widgets run (src/data/asset-manifest.ts, built for the command line).
    const { validateManifest } = await import('../../dist/lib/progress-report.js');
    assert.equal(validateManifest(manifest), 'assets[0].alt is not an object of strings');
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads a local folder too', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ispeed-folder-'));
    mkdirSync(join(folder, 'sub'));
    writeFileSync(join(folder, 'Banner 300x250.png'), solidPng(300, 250));
    writeFileSync(join(folder, 'sub', 'banner-728x90-en.png'), solidPng(728, 90));
    writeFileSync(join(folder, 'notes.txt'), 'not an asset');
    const out = join(folder, 'out');
    const { code } = await cli('assets', 'pull', folder, '--out', out);
    assert.equal(code, 0);
    const assets = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).assets;
    assert.ok(
      assets.every((a) => !a.source.startsWith('/')),
      'no local absolute paths in the manifest',
    );
    const files = assets.map((a) => `${a.file} ${a.size} ${a.lang}`);
    assert.deepEqual(files.sort(), ['banner-300x250.png 300x250 vi', 'banner-728x90-en.png 728x90 en']);
    rmSync(folder, { recursive: true, force: true });
  });
});

describe('assets helpers', () => {
  it('read pixel sizes from PNG, JPEG, WebP and SVG headers', () => {
    assert.deepEqual(imageSize(solidPng(300, 250)), { width: 300, height: 250, type: 'png' });
    assert.deepEqual(imageSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="728" height="90"></svg>')), {
      width: 728,
      height: 90,
      type: 'svg',
    });
    assert.equal(imageSize(Buffer.from('%PDF-1.4')), undefined);
  });

  it('class sizes exactly, by aspect ratio at larger scales, or as other', async () => {
    // The campaign's sizes, as the command reads them from the built code.
    const { FIXED_BANNER_SIZES: sizes } = await sharedCode();
    assert.deepEqual(sizeClass(728, 90, sizes), { size: '728x90', scale: 1 });
    assert.deepEqual(sizeClass(1456, 180, sizes), { size: '728x90', scale: 2 });
    assert.deepEqual(sizeClass(600, 500, sizes), { size: '300x250', scale: 2 });
    assert.deepEqual(sizeClass(700, 90, sizes), { size: 'other', scale: 1 });
  });

  it('make safe file names', () => {
    assert.equal(safeFileName('Băng rôn i-Speed 728x90.PNG'), 'bang-ron-i-speed-728x90.png');
    assert.equal(safeFileName('../../etc/passwd.png'), 'passwd.png');
    assert.equal(safeFileName('..\\..\\win.png'), 'win.png');
    assert.equal(safeFileName('...png'), 'file.png');
    assert.equal(safeFileName('Đắk Lắk.pdf'), 'dak-lak.pdf');
  });
});
