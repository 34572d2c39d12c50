// The one static server behind the demo, the bench and the tests' second
// origin: what it serves, what it refuses, and the headers it sends.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { DEMO_CSP, startServer } from '../../scripts/serve.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { startCdn } from '../helpers/cdn-server.mjs';

const folder = mkdtempSync(join(tmpdir(), 'static-server-'));
const root = join(folder, 'root');
mkdirSync(join(root, 'demo'), { recursive: true });
mkdirSync(join(root, 'chunks'));
writeFileSync(join(folder, 'secret.txt'), 'outside the root');
const FILES = {
  'page.html': '<!doctype html><title>page</title>',
  'code.js': 'export const answer = 42;',
  'module.mjs': 'export {};',
  'style.css': 'p { color: red }',
  'data.json': '{"rows":[]}',
  'data.csv': 'unit;samples\nxa-ea-kao;124',
  'mark.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'image.png': 'PNG',
  'poster.pdf': '%PDF-1.4',
  'other.bin': 'bytes',
  'demo/index.html': '<!doctype html><title>demo</title>',
  'chunks/ispeed-banner-abc.js': 'register();',
};
for (const [name, text] of Object.entries(FILES)) writeFileSync(join(root, name), text);
after(() => rmSync(folder, { recursive: true, force: true }));

/** A raw GET: the path goes out exactly as written (fetch would resolve `..`). */
function get(origin, path, headers = {}) {
  return new Promise((done, fail) => {
    const { hostname, port } = new URL(origin);
    request({ hostname, port, path, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        done({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', fail)
      .end();
  });
}
const corsHeaders = (headers) => Object.keys(headers).filter((name) => name.startsWith('access-control-'));

describe('startStaticServer', () => {
  let server;
  before(async () => {
    server = await startStaticServer({ root });
  });
  after(() => server.close());

  test('listens on 127.0.0.1 and a free port unless told otherwise', () => {
    assert.match(server.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test('serves each file with its content type, unchanged', async () => {
    const expected = {
      'page.html': 'text/html; charset=utf-8',
      'code.js': 'text/javascript; charset=utf-8',
      'module.mjs': 'text/javascript; charset=utf-8',
      'style.css': 'text/css; charset=utf-8',
      'data.json': 'application/json; charset=utf-8',
      'data.csv': 'text/csv; charset=utf-8',
      'mark.svg': 'image/svg+xml',
      'image.png': 'image/png',
      'poster.pdf': 'application/pdf',
      'other.bin': 'application/octet-stream',
    };
    for (const [name, type] of Object.entries(expected)) {
      const response = await get(server.origin, `/${name}`);
      assert.equal(response.status, 200, name);
      assert.equal(response.headers['content-type'], type, name);
      assert.equal(response.body.toString(), FILES[name], name);
    }
  });

  test('a folder serves its index.html', async () => {
    const response = await get(server.origin, '/demo/');
    assert.equal(response.status, 200);
    assert.equal(response.body.toString(), FILES['demo/index.html']);
  });

  test('sends no Access-Control-* header and no CSP unless asked, and no-cache', async () => {
    for (const name of ['page.html', 'code.js', 'image.png']) {
      const response = await get(server.origin, `/${name}`, { origin: 'http://portal.example' });
      assert.deepEqual(corsHeaders(response.headers), [], name);
      assert.equal(response.headers['content-security-policy'], undefined, name);
      assert.equal(response.headers['cache-control'], 'no-cache', name);
    }
  });

  test('answers 404 for a missing file', async () => {
    for (const path of ['/no-such-file.js', '/demo/nothing/', '/chunks']) {
      const response = await get(server.origin, path);
      assert.equal(response.status, 404, path);
      assert.equal(response.headers['content-type'], 'text/plain; charset=utf-8');
    }
  });

  test('refuses a path that leaves the root (403), or is no path (400)', async () => {
    // Dot segments are resolved as a URL first (to /secret.txt, inside the root: 404); encoded slashes are not.
    for (const path of [
      '/../secret.txt',
      '/demo/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/demo/..%2F..%2Fsecret.txt',
      '/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    ]) {
      const response = await get(server.origin, path);
      assert.equal(response.status, /%2f/i.test(path) ? 403 : 404, path);
      assert.doesNotMatch(response.body.toString(), /outside the root|root:/, path);
    }
    for (const path of ['/page.html%00.png', '/%E0%A4%A', '/%']) {
      assert.equal((await get(server.origin, path)).status, 400, path);
    }
  });
});

describe('startStaticServer options', () => {
  test('headers: an object for every file, or a function of its path', async () => {
    const fixed = await startStaticServer({ root, headers: { 'cache-control': 'no-store', 'x-test': 'yes' } });
    const perFile = await startStaticServer({
      root,
      headers: (file) => (file.endsWith('.html') ? { 'content-security-policy': "default-src 'self'" } : {}),
    });
    try {
      const response = await get(fixed.origin, '/code.js');
      assert.equal(response.headers['cache-control'], 'no-store');
      assert.equal(response.headers['x-test'], 'yes');
      assert.equal((await get(perFile.origin, '/page.html')).headers['content-security-policy'], "default-src 'self'");
      assert.equal((await get(perFile.origin, '/code.js')).headers['content-security-policy'], undefined);
    } finally {
      await fixed.close();
      await perFile.close();
    }
  });

  test('gzip: text files gzipped for a browser that accepts it, images and other clients as they are', async () => {
    const server = await startStaticServer({ root, gzip: true });
    try {
      const zipped = await get(server.origin, '/code.js', { 'accept-encoding': 'gzip, br' });
      assert.equal(zipped.headers['content-encoding'], 'gzip');
      assert.equal(zipped.headers.vary, 'accept-encoding');
      assert.equal(gunzipSync(zipped.body).toString(), FILES['code.js']);
      assert.equal(Number(zipped.headers['content-length']), zipped.body.length);
      assert.equal(
        (await get(server.origin, '/image.png', { 'accept-encoding': 'gzip' })).headers['content-encoding'],
        undefined,
      );
      assert.equal((await get(server.origin, '/code.js')).headers['content-encoding'], undefined);
    } finally {
      await server.close();
    }
  });

  test('route: a redirect, a page made in memory, or another file with more headers and changed bytes', async () => {
    const server = await startStaticServer({
      root,
      route(url) {
        if (url.pathname === '/') return { redirect: '/demo/' };
        if (url.pathname === '/made.html') return { body: '<p>made</p>', path: url.pathname };
        if (url.pathname.startsWith('/edited/'))
          return {
            path: url.pathname.slice('/edited'.length),
            headers: { 'x-edited': '1' },
            edit: (body) => Buffer.concat([body, Buffer.from('//')]),
          };
      },
    });
    try {
      const redirect = await get(server.origin, '/');
      assert.equal(redirect.status, 302);
      assert.equal(redirect.headers.location, '/demo/');
      const made = await get(server.origin, '/made.html');
      assert.equal(made.headers['content-type'], 'text/html; charset=utf-8');
      assert.equal(made.body.toString(), '<p>made</p>');
      const edited = await get(server.origin, '/edited/code.js');
      assert.equal(edited.body.toString(), `${FILES['code.js']}//`);
      assert.equal(edited.headers['x-edited'], '1');
      assert.equal((await get(server.origin, '/edited/..%2f..%2fsecret.txt')).status, 403);
    } finally {
      await server.close();
    }
  });
});

describe('its users', () => {
  test('the demo (npm start): the demo CSP on every file, / leads to the demo, no CORS', async () => {
    const demo = await startServer({ root, port: 0 });
    try {
      for (const name of ['page.html', 'code.js']) {
        const response = await get(demo.origin, `/${name}`);
        assert.equal(response.headers['content-security-policy'], DEMO_CSP, name);
        assert.deepEqual(corsHeaders(response.headers), [], name);
      }
      const home = await get(demo.origin, '/');
      assert.equal(home.status, 302);
      assert.equal(home.headers.location, '/demo/');
      assert.equal((await get(demo.origin, '/..%2fsecret.txt')).status, 403);
    } finally {
      await demo.close();
    }
  });

  test("the tests' second origin: no CORS and no-store, except under /cors/ and /cors-tampered/", async () => {
    const cdn = await startCdn(root);
    try {
      const plain = await get(cdn.origin, '/chunks/ispeed-banner-abc.js');
      assert.deepEqual(corsHeaders(plain.headers), []);
      assert.equal(plain.headers['cache-control'], 'no-store');
      assert.equal(plain.body.toString(), 'register();');
      const cors = await get(cdn.origin, '/cors/chunks/ispeed-banner-abc.js');
      assert.equal(cors.headers['access-control-allow-origin'], '*');
      assert.equal(cors.body.toString(), 'register();');
      const tampered = await get(cdn.origin, '/cors-tampered/chunks/ispeed-banner-abc.js');
      assert.equal(tampered.headers['access-control-allow-origin'], '*');
      assert.equal(tampered.body.toString(), 'register();/* changed */');
      assert.equal(
        (await get(cdn.origin, '/cors-tampered/code.js')).body.toString(),
        FILES['code.js'],
        'only the banner chunk changes',
      );
      assert.equal((await get(cdn.origin, '/cors/..%2f..%2fsecret.txt')).status, 403);
      assert.equal((await get(cdn.origin, '/cors/missing.js')).status, 404);
    } finally {
      await cdn.close();
    }
  });
});
