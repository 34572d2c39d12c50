// Serves dist/ for the demo (npm start) and for tests, with the strict
// Content-Security-Policy a careful portal sends, so the demo proves the
// widgets need no inline script or style.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
  '.ico': 'image/x-icon',
};

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

/** What the demo server sends: the strict CSP with the one Trusted Types policy name the widgets need. */
export const DEMO_CSP = `${STRICT_CSP}; trusted-types ispeed-widgets`;

export function startServer({ root = 'dist', port = 8080, host = '127.0.0.1' } = {}) {
  const rootDir = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      response.writeHead(302, { location: '/demo/' });
      response.end();
      return;
    }
    let file = normalize(join(rootDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(rootDir + sep) && file !== rootDir) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': DEMO_CSP,
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  try {
    await startServer({ port, host });
  } catch (error) {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: run with PORT=8081 npm start.` : error);
    process.exit(1);
  }
  const origin = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  console.log(`\nConfigurator:   ${origin}/configurator/`);
  console.log(`Monthly report: ${origin}/report/`);
  console.log(`Demo:           ${origin}/demo/`);
  console.log(`Commune portal: ${origin}/demo/portal.html`);
  console.log('Press Ctrl+C to stop.');
}
