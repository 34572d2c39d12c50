// The one static file server: the demo (npm start), the bench's two origins
// and the tests' second origin. Each passes what differs: the folder, the
// headers (a CSP, CORS), gzip, and a route hook for addresses that are not
// plain files. No Access-Control-* header unless a caller adds one: most
// government hosts send none, and a stray one would hide a CORS failure.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.svg']);

/**
 * The file a URL's path names under root, or the status that refuses it:
 * 400 for what cannot be a path (bad %-encoding, a NUL byte), 403 for a path
 * that leaves root.
 */
export function resolveUrlPath(root, pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  if (path.includes('\0')) return { status: 400 };
  const rootDir = resolve(root);
  const file = join(rootDir, path);
  if (file !== rootDir && !file.startsWith(rootDir + sep)) return { status: 403 };
  return { file };
}

async function readServedFile(file) {
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  return info?.isFile() ? { file, body: await readFile(file) } : null;
}

const STATUS_TEXT = { 400: 'Bad request', 403: 'Forbidden', 404: 'Not found' };

/**
 * Starts a server and resolves to { server, origin, close }.
 *   root      the folder served; a folder's address serves its index.html
 *   host      127.0.0.1 unless given; port 0 takes a free one
 *   headers   sent with every file: an object, or a function of the file's path
 *   gzip      gzip -9 text files for a browser that accepts it, like a production host
 *   route     (url) => how to answer instead of the file at url's path, or nothing:
 *             { redirect } a 302; { body, path } content made in memory (path gives
 *             its type); { path, headers, edit(body, file) } another file, more
 *             headers, its bytes changed. May be async.
 */
export async function startStaticServer({ root, host = '127.0.0.1', port = 0, headers = {}, gzip = false, route }) {
  const gzipped = new Map();
  async function answer(request, response) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const routed = (await route?.(url)) ?? {};
    if (routed.redirect) {
      response.writeHead(302, { location: routed.redirect }).end();
      return;
    }
    let found;
    if (routed.body !== undefined) {
      found = { file: routed.path, body: Buffer.from(routed.body) };
    } else {
      const { file, status } = resolveUrlPath(root, routed.path ?? url.pathname);
      found = file && (await readServedFile(file));
      if (!found) {
        const code = status ?? 404;
        response.writeHead(code, { 'content-type': 'text/plain; charset=utf-8' }).end(STATUS_TEXT[code]);
        return;
      }
    }
    let body = routed.edit ? routed.edit(found.body, found.file) : found.body;
    const ext = extname(found.file);
    const sent = {
      'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...(typeof headers === 'function' ? headers(found.file) : headers),
      ...routed.headers,
    };
    if (gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      // Compressed once per content: gzip -9 of the same file on every load would time the server.
      const key = `${found.file}:${body.length}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
      body = gzipped.get(key);
      sent['content-encoding'] = 'gzip';
      sent.vary = 'accept-encoding';
    }
    sent['content-length'] = body.length;
    response.writeHead(200, sent).end(body);
  }
  // A file that cannot be read (permissions, removed meanwhile) fails its request, not the server.
  const server = createServer((request, response) =>
    answer(request, response).catch(() => (response.headersSent ? response.destroy() : response.writeHead(500).end())),
  );
  await new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(port, host, done);
  });
  const address = server.address();
  const origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  return { server, origin, close: () => new Promise((done) => server.close(done)) };
}
