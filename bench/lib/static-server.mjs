// The bench's own tiny HTTP server: files from one folder plus pages made in
// memory, gzip -9 like a production host, and no Access-Control-* header at
// all, so a second instance is a CDN that sends no CORS (scripts/serve.mjs
// sends `access-control-allow-origin: *`, which would hide a CORS failure).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

/**
 * Starts a server on 127.0.0.1 on a free port.
 * `pages` maps a path to HTML made by the bench (settable later through the
 * returned `pages` Map); `csp` is sent with every HTML response.
 */
export async function startBenchServer({ root, csp = '' }) {
  const rootDir = resolve(root);
  const pages = new Map();
  const gzipped = new Map();
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    let body;
    let ext;
    if (pages.has(pathname)) {
      body = Buffer.from(pages.get(pathname));
      ext = '.html';
    } else {
      const file = normalize(join(rootDir, decodeURIComponent(pathname)));
      if (!file.startsWith(rootDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      body = readFileSync(file);
      ext = extname(file);
    }
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (ext === '.html' && csp) headers['content-security-policy'] = csp;
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const key = `${pathname}:${body.length}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      body = gzipped.get(key);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolvePromise);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, pages, close: () => new Promise((done) => server.close(done)) };
}
