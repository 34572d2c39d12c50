// The Department's host as portals meet it: dist/ on a second origin (another
// host name and port than the test pages) that sends no CORS headers at all,
// like most government web servers. Two prefixes add what some tests need:
//   /cors/...           the same files with Access-Control-Allow-Origin: *
//                       (what Subresource Integrity on another origin needs)
//   /cors-tampered/...  the same, with the banner's chunk changed (a comment added)
// and ?delay=MS answers late, like a slow mobile link.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8' };

export async function startCdn(root = 'dist') {
  const rootDir = resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://cdn');
    const delay = Math.min(Number(url.searchParams.get('delay')) || 0, 10000);
    if (delay) await new Promise((done) => setTimeout(done, delay));
    const [, prefix = '', rest] = /^\/(cors-tampered|cors)?\/?(.*)$/.exec(url.pathname) ?? [];
    const file = normalize(join(rootDir, decodeURIComponent(rest ?? '')));
    if (!file.startsWith(rootDir + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    let body = readFileSync(file);
    // Still valid JavaScript that would run, with other bytes: only the hash can tell.
    if (prefix === 'cors-tampered' && /chunks\/ispeed-banner-[\w-]+\.js$/.test(file)) body = Buffer.concat([body, Buffer.from('/* changed */')]);
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (prefix) headers['access-control-allow-origin'] = '*';
    response.writeHead(200, headers).end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
