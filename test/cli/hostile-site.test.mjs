// The assets command against a hostile materials site: unsafe SVG, redirects
// to other hosts, pages built to stall the parser, out-of-range options, and
// names carrying control characters, passwords or endless alt text are each
// refused or made harmless.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cleanAlt, findAssetLinks, MAX_ALT } from '../../cli/lib/html-links.mjs';
import { printable, safeMessage, withoutCredentials } from '../../cli/lib/printable.mjs';
import { svgProblem } from '../../cli/lib/svg-check.mjs';
import { solidPng } from './fixture-site.mjs';
import { cli } from './run-cli.mjs';

const SVG_FIXTURES = 'test/fixtures/svg';
const VECTORS = readdirSync(SVG_FIXTURES)
  .filter((name) => /^\d/.test(name))
  .sort();
const SAFE = readdirSync(SVG_FIXTURES).filter((name) => name.startsWith('safe-'));
/** The project's own artwork, every SVG under assets/. */
const ARTWORK = readdirSync('assets', { recursive: true }).filter((name) => name.endsWith('.svg'));

/** A server on a free loopback port answering from a table of path → [status, headers, body]. */
function serve(routes) {
  const server = createServer((request, response) => {
    const route = routes(new URL(request.url, 'http://x').pathname, server.address().port);
    if (!route) return response.writeHead(404).end('Not found');
    const [status, headers, body] = route;
    response.writeHead(status, headers).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        port: server.address().port,
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}

const html = (body) => [
  200,
  { 'content-type': 'text/html; charset=utf-8' },
  `<!doctype html><html><body>${body}</body></html>`,
];
const file = (type, bytes) => [200, { 'content-type': type, 'content-length': bytes.length }, bytes];

describe('assets pull: SVG is checked by an allowlist on the parsed file', () => {
  let site;
  let out;
  let result;
  before(async () => {
    site = await serve((path) => {
      if (path === '/svg/')
        return html([...VECTORS, ...SAFE].map((name) => `<a href="${name}">${name}</a>`).join('\n'));
      const name = path.slice('/svg/'.length);
      if (path.startsWith('/svg/') && readdirSync(SVG_FIXTURES).includes(name))
        return file('image/svg+xml', readFileSync(join(SVG_FIXTURES, name)));
    });
    out = mkdtempSync(join(tmpdir(), 'ispeed-svg-'));
    result = await cli('assets', 'pull', `${site.url}/svg/`, '--out', out);
  });
  after(async () => {
    await site.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('refuses each of the 32 reported tricks, saves none of them, and lists none in manifest.json', () => {
    assert.equal(VECTORS.length, 32);
    assert.equal(result.code, 0, result.stderr);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    assert.deepEqual(manifest.assets.map((entry) => entry.file).sort(), SAFE.sort());
    for (const name of VECTORS) {
      assert.match(result.stdout, new RegExp(`${name.replace('.', '\\.')}\\s+an SVG with scripts`), name);
      assert.ok(!readdirSync(out).includes(name), `${name} not saved`);
    }
  });

  it('names why each vector is refused', () => {
    const reasons = Object.fromEntries(
      VECTORS.map((name) => [name, svgProblem(readFileSync(join(SVG_FIXTURES, name), 'utf8'))]),
    );
    assert.match(reasons['1-prefixed-script.svg'], /<x:script> is not a drawing element/);
    assert.match(reasons['2-svg-prefix-script.svg'], /<svg:script> is not a drawing element/);
    assert.match(reasons['3-entity-script.svg'], /DOCTYPE/);
    assert.match(reasons['4-entity-javascript-href.svg'], /href links to javascript:/);
    assert.match(reasons['5-tab-javascript.svg'], /href links to java\tscript:/);
    assert.match(reasons['6-foreign-object-iframe.svg'], /<svg:foreignObject> is not a drawing element/);
    // CSS is read by a CSS parser: escapes, at-rules, functions that name an address without url().
    for (const [name, reason] of [
      ['07-escaped-import.svg', /CSS escape/],
      ['08-escaped-url-in-style-element.svg', /<style> holds a CSS escape/],
      ['09-escaped-url-in-style-attribute.svg', /<rect> style holds a CSS escape/],
      ['10-escaped-url-in-mask.svg', /<rect> mask holds a CSS escape/],
      ['11-font-face.svg', /@font-face rule/],
      ['12-escaped-font-face.svg', /CSS escape/],
      ['13-image-set-string-in-style.svg', /uses image-set\(\)/],
      ['14-webkit-image-set-attribute.svg', /uses -webkit-image-set\(\)/],
      ['15-use-data-href.svg', /<use> href links to data:/],
      ['16-use-xlink-data-html.svg', /<use> xlink:href links to data:text\/html/],
      ['17-use-outside-file.svg', /<use> href links to http:/],
      ['18-cursor-attribute-url.svg', /<rect> cursor loads http:/],
      ['19-filter-attribute-outside.svg', /<rect> filter loads http:/],
      ['20-uppercase-import.svg', /imports a style sheet/],
      ['21-cdata-long-escape.svg', /CSS escape/],
      ['22-char-ref-backslash.svg', /CSS escape/],
      ['23-import-inside-media.svg', /@media rule/],
      ['24-custom-property-url.svg', /loads http:/],
      ['25-src-function.svg', /uses src\(\)/],
      ['26-image-svg-data.svg', /<image> href links to data:image\/svg\+xml/],
      ['27-xml-base.svg', /xml:base/],
      ['28-fe-image-outside.svg', /<feImage> href links to http:/],
      ['29-broken-css-recovery.svg', /does not parse/],
      ['30-namespace-at-rule.svg', /@namespace rule/],
      ['31-escaped-image-set-in-mask.svg', /CSS escape/],
      ['32-clip-path-image-set.svg', /uses image-set\(\)/],
    ])
      assert.match(reasons[name], reason, name);
    // Printed, the tab is shown as an escape, not a raw control character.
    assert.ok(!/java\tscript/.test(result.stdout) && result.stdout.includes('java\\u{9}script'));
  });

  it('refuses more: event handlers, animation, outside styles, PIs, unbound prefixes, other roots', () => {
    const svg = (inner, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg"${attributes}>${inner}</svg>`;
    for (const [text, reason] of [
      [svg('<rect ONLOAD="alert(1)"/>'), /event handler/],
      [svg('<set attributeName="href" to="javascript:alert(1)"/>'), /not a drawing element/],
      [svg('<rect style="fill:url(https://evil.example/x)"/>'), /loads/],
      [svg('<style>@import "https://evil.example/x.css";</style>'), /imports a style sheet/],
      [`<?xml-stylesheet href="x.xsl" type="text/xsl"?>${svg('')}`, /processing instruction/],
      [svg('<svg:script>x</svg:script>'), /not well-formed/],
      ['<html xmlns="http://www.w3.org/1999/xhtml"><script>x</script></html>', /not an SVG element/],
      [svg('<image href=" JaVaScRiPt:alert(1)"/>'), /href links to/],
      [svg('<rect fill="url(javascript:alert(1))"/>'), /loads|javascript/],
    ]) {
      assert.match(svgProblem(text) ?? 'accepted', reason, text);
    }
    for (const name of SAFE) assert.equal(svgProblem(readFileSync(join(SVG_FIXTURES, name), 'utf8')), undefined, name);
    assert.ok(ARTWORK.length >= 17, ARTWORK.join());
    for (const name of ARTWORK) {
      assert.equal(svgProblem(readFileSync(join('assets', name), 'utf8')), undefined, `the project's own ${name}`);
    }
  });

  it('keeps css-tree on the command line: nothing in src/ imports it, and no built file holds it', () => {
    for (const name of readdirSync('src', { recursive: true }).filter((entry) => /\.[cm]?[jt]s$/.test(entry)))
      assert.doesNotMatch(readFileSync(join('src', name), 'utf8'), /['"]css-tree['"]/, name);
    for (const name of readdirSync('dist', { recursive: true }).filter((entry) => entry.endsWith('.js')))
      assert.ok(!readFileSync(join('dist', name), 'utf8').includes('parseCustomProperty'), name);
  });

  it('verify re-checks every SVG, even one whose hash matches the manifest', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ispeed-verify-svg-'));
    const bytes = readFileSync(join(SVG_FIXTURES, '1-prefixed-script.svg'));
    writeFileSync(join(folder, 'banner-300x250.svg'), bytes);
    const entry = {
      kind: 'banner',
      size: '300x250',
      file: 'banner-300x250.svg',
      width: 300,
      height: 250,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
    writeFileSync(
      join(folder, 'manifest.json'),
      JSON.stringify({ schema: 'ispeed-widgets/assets', version: 1, assets: [entry] }),
    );
    const { code, stdout } = await cli('assets', 'verify', folder);
    assert.equal(code, 1);
    assert.match(
      stdout,
      /banner-300x250\.svg: an SVG with scripts or outside content \(it could run on the portal: <x:script>/,
    );
    rmSync(folder, { recursive: true, force: true });
  });
});

describe('assets pull: a hostile materials site', () => {
  let site;
  let inside;
  const hugeAlt = 'Băng rôn '.repeat(2000);
  // The internal server's address in any form (its port alone may turn up inside a hash or a size).
  const internalAddress = () => new RegExp(`(localhost|127\\.0\\.0\\.1|\\[::1\\]):${inside.port}\\b|internal-300x250`);
  before(async () => {
    inside = await serve((path) =>
      path === '/internal-300x250.png' ? file('image/png', solidPng(300, 250)) : undefined,
    );
    site = await serve((path, port) => {
      if (path === '/redirects/')
        return html('<a href="out.png">out</a> <a href="within.png">within</a> <a href="port.png">port</a>');
      if (path === '/redirects/out.png')
        return [302, { location: `http://localhost:${inside.port}/internal-300x250.png` }, ''];
      if (path === '/redirects/port.png')
        return [302, { location: `http://127.0.0.1:${inside.port}/internal-300x250.png` }, ''];
      if (path === '/redirects/within.png')
        return [302, { location: `http://127.0.0.1:${port}/files/ok-300x250.png` }, ''];
      if (path === '/files/ok-300x250.png') return file('image/png', solidPng(300, 250));
      if (path === '/links/')
        return html(
          `<img src="http://localhost:${inside.port}/internal-300x250.png"> <img src="/files/ok-300x250.png">`,
        );
      if (path === '/based/')
        return html(`<base href="http://localhost:${inside.port}/"><img src="internal-300x250.png">`);
      if (path === '/quadratic/') return html('<a '.repeat(140000));
      if (path === '/names/')
        return html(
          `<a href="/files/ok-300x250.png"><img src="/files/ok-300x250.png" alt="${hugeAlt}\u202e\u001b[2J"></a> <a href="/files/x%1B%5B31m.png">x</a> <a href="http://user:s3cret@127.0.0.1:${port}/files/ok-300x250.png">c</a>`,
        );
    });
  });
  after(async () => {
    await site.close();
    await inside.close();
  });

  it("follows redirects only within the page's host, and keeps internal addresses out of the manifest", async () => {
    const out = mkdtempSync(join(tmpdir(), 'ispeed-redirect-'));
    const { code, stdout, stderr } = await cli('assets', 'pull', `${site.url}/redirects/`, '--out', out);
    assert.equal(code, 0, stderr);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    assert.deepEqual(
      manifest.assets.map((entry) => entry.file),
      ['within.png'],
    );
    assert.doesNotMatch(JSON.stringify(manifest), internalAddress(), 'no internal address in manifest.json');
    assert.match(
      stdout,
      /out\.png\s+redirected to http:\/\/localhost:\d+\/internal-300x250\.png, outside 127\.0\.0\.1:\d+ \(add --allow-host/,
    );
    assert.match(stdout, /port\.png\s+redirected to/);
    rmSync(out, { recursive: true, force: true });

    const allowed = mkdtempSync(join(tmpdir(), 'ispeed-redirect-allowed-'));
    const again = await cli('assets', 'pull', `${site.url}/redirects/`, '--out', allowed, '--allow-host', 'localhost');
    assert.equal(again.code, 0, again.stderr);
    const files = JSON.parse(readFileSync(join(allowed, 'manifest.json'), 'utf8'))
      .assets.map((entry) => entry.file)
      .sort();
    assert.deepEqual(files, ['out.png', 'within.png']);
    rmSync(allowed, { recursive: true, force: true });
  });

  it("takes links, even under <base href>, only within the page's host, like redirects", async () => {
    for (const [page, kept] of [
      ['links', ['ok-300x250.png']],
      ['based', []],
    ]) {
      const out = mkdtempSync(join(tmpdir(), 'ispeed-links-'));
      const { stdout } = await cli('assets', 'pull', `${site.url}/${page}/`, '--out', out, '--retries', '0');
      assert.match(
        stdout,
        /internal-300x250\.png\s+links to localhost:\d+, outside 127\.0\.0\.1:\d+ \(add --allow-host/,
      );
      assert.ok(!readdirSync(out).includes('internal-300x250.png'), page);
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
      assert.deepEqual(
        manifest.assets.map((entry) => entry.file),
        kept,
      );
      assert.doesNotMatch(JSON.stringify(manifest), internalAddress(), 'no internal address in manifest.json');
      rmSync(out, { recursive: true, force: true });
    }
    const allowed = mkdtempSync(join(tmpdir(), 'ispeed-links-allowed-'));
    await cli('assets', 'pull', `${site.url}/based/`, '--out', allowed, '--allow-host', 'localhost');
    assert.ok(readdirSync(allowed).includes('internal-300x250.png'), 'taken once its host is allowed');
    rmSync(allowed, { recursive: true, force: true });
  });

  it('parses a 400 KB page of unclosed "<a " in linear time, well inside its deadline', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ispeed-quadratic-'));
    const { code, stderr } = await cli('assets', 'pull', `${site.url}/quadratic/`, '--out', out, '--deadline', '20');
    assert.equal(code, 4, stderr);
    assert.match(stderr, /no images or documents/);
    rmSync(out, { recursive: true, force: true });
  });

  it('stops the whole command at --deadline', async () => {
    const slow = await new Promise((resolve) => {
      const server = createServer(() => {}); // never answers
      server.listen(0, '127.0.0.1', () => resolve(server));
    });
    const out = mkdtempSync(join(tmpdir(), 'ispeed-deadline-'));
    const { code, stderr } = await cli(
      'assets',
      'pull',
      `http://127.0.0.1:${slow.address().port}/`,
      '--out',
      out,
      '--deadline',
      '1',
      '--timeout',
      '600',
      '--retries',
      '0',
    );
    slow.closeAllConnections();
    slow.close();
    assert.equal(code, 3);
    assert.match(stderr, /did not finish within 1 s|ran out of time/);
    rmSync(out, { recursive: true, force: true });
  });

  it('bounds every number option, so no timer overflows', async () => {
    for (const args of [
      ['--timeout', '3000000'],
      ['--timeout', 'Infinity'],
      ['--concurrency', '100000'],
      ['--retries', '1e9'],
      ['--max-size', '1e12'],
      ['--deadline', '0'],
    ]) {
      const { code, stderr } = await cli(
        'assets',
        'pull',
        `${site.url}/redirects/`,
        '--out',
        join(tmpdir(), 'never'),
        ...args,
      );
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, new RegExp(`${args[0]} must be a number from`), args.join(' '));
    }
  });

  it('escapes control characters in names and never prints a password', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ispeed-names-'));
    const { stdout, stderr } = await cli('assets', 'pull', `${site.url}/names/`, '--out', out, '--retries', '0');
    for (const text of [stdout, stderr]) {
      assert.ok(!/[\u0000-\u0008\u000b-\u001f\u202e]/.test(text), JSON.stringify(text.slice(0, 300)));
      assert.ok(!text.includes('s3cret'), 'no password printed');
    }
    assert.ok(!readFileSync(join(out, 'manifest.json'), 'utf8').includes('s3cret'));
    rmSync(out, { recursive: true, force: true });

    const folder = mkdtempSync(join(tmpdir(), 'ispeed-local-names-'));
    writeFileSync(join(folder, 'evil\u001b]0;owned\u0007\u001b[2J.png'), 'not a png');
    const local = await cli('assets', 'pull', folder, '--out', join(folder, 'out'));
    assert.ok(!/\u001b/.test(local.stdout + local.stderr), 'local file names are escaped');
    assert.match(local.stdout, /evil\\u\{1b\}/);
    rmSync(folder, { recursive: true, force: true });

    const withPassword = await cli(
      'assets',
      'pull',
      `http://user:s3cret@127.0.0.1:${site.port}/names/`,
      '--out',
      join(tmpdir(), 'never'),
    );
    assert.equal(withPassword.code, 2);
    assert.ok(!withPassword.stderr.includes('s3cret'), withPassword.stderr);
  });

  it('caps alt text and keeps it to one line of plain text', async () => {
    const out = mkdtempSync(join(tmpdir(), 'ispeed-alt-'));
    const { code, stderr } = await cli('assets', 'pull', `${site.url}/names/`, '--out', out, '--retries', '0');
    assert.equal(code, 0, stderr);
    const alt = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).assets[0].alt.vi;
    assert.ok(alt.length <= MAX_ALT, `${alt.length} characters`);
    assert.ok(!/[\u0000-\u001f\u202e]/.test(alt));
    rmSync(out, { recursive: true, force: true });
  });
});

describe('pull and verify judge a file by one classifier', () => {
  const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.from([0x2c, 0x01, 0xfa, 0x00]), Buffer.alloc(20)]);
  const cases = {
    'gif-bytes-300x250.svg': gif, // a GIF served as image/svg+xml
    'svg-bytes-300x250.png': readFileSync(join(SVG_FIXTURES, 'safe-300x250.svg')),
    'png-bytes-300x250.gif': solidPng(300, 250),
    'not-a-pdf.pdf': Buffer.from('GIF89a'),
    'real-300x250.gif': gif,
    'real-300x250.png': solidPng(300, 250),
  };
  const refusedNames = ['gif-bytes-300x250.svg', 'svg-bytes-300x250.png', 'png-bytes-300x250.gif', 'not-a-pdf.pdf'];

  it('what pull refuses, verify refuses with the same words; what pull saves, verify passes', async () => {
    const source = mkdtempSync(join(tmpdir(), 'ispeed-kind-'));
    for (const [name, bytes] of Object.entries(cases)) writeFileSync(join(source, name), bytes);
    const out = join(source, 'out');
    const pulled = await cli('assets', 'pull', source, '--out', out);
    assert.equal(pulled.code, 0, pulled.stderr);
    const saved = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).assets.map((entry) => entry.file);
    assert.deepEqual(saved.sort(), ['real-300x250.gif', 'real-300x250.png']);
    assert.match(pulled.stdout, /gif-bytes-300x250\.svg\s+its bytes are GIF but its name ends in \.svg/);
    assert.match(pulled.stdout, /svg-bytes-300x250\.png\s+its bytes are SVG but its name ends in \.png/);
    assert.equal((await cli('assets', 'verify', out)).code, 0, 'verify passes what pull saved');

    // The refused files, listed in a manifest as if saved by hand: verify refuses each, in pull's words.
    const assets = refusedNames.map((name) => {
      writeFileSync(join(out, name), cases[name]);
      return name.endsWith('.pdf')
        ? { kind: 'document', file: name }
        : { kind: 'banner', size: '300x250', file: name, width: 300, height: 250 };
    });
    writeFileSync(join(out, 'manifest.json'), JSON.stringify({ schema: 'ispeed-widgets/assets', version: 1, assets }));
    const verified = await cli('assets', 'verify', out);
    assert.equal(verified.code, 1);
    for (const name of refusedNames) {
      const pulledReason = new RegExp(`${name.replace(/\./g, '\\.')}\\s+(.+)`).exec(pulled.stdout)?.[1];
      assert.ok(pulledReason, name);
      assert.ok(verified.stdout.includes(`${name}: ${pulledReason}`), `${name}: ${pulledReason}\n${verified.stdout}`);
    }
    rmSync(source, { recursive: true, force: true });
  });
});

describe('CLI text helpers', () => {
  it('escape controls and bidi overrides, and strip credentials', () => {
    assert.equal(printable('a\u001b[31mb\u202ec'), 'a\\u{1b}[31mb\\u{202e}c');
    assert.equal(withoutCredentials('https://u:p@host.example/x'), 'https://host.example/x');
    assert.equal(safeMessage('fetch failed for http://u:p@h/x: bad'), 'fetch failed for http://h/x: bad');
    assert.equal(cleanAlt(' a\n\tb '), 'a b');
    assert.deepEqual(findAssetLinks('<img src="a&#46;png" alt="x">', 'http://h/'), [
      { url: 'http://h/a.png', alt: 'x' },
    ]);
  });
});
