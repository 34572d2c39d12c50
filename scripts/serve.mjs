// Serves dist/ for the demo (npm start) and for tests, with the strict
// Content-Security-Policy a careful portal sends, so the demo proves the
// widgets need no inline script or style.
import { startStaticServer } from './lib/static-server.mjs';

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

/** Resolves to { server, origin, close }. */
export function startServer({ root = 'dist', port = 8080, host = '127.0.0.1' } = {}) {
  return startStaticServer({
    root,
    port,
    host,
    headers: { 'content-security-policy': DEMO_CSP },
    route: (url) => (url.pathname === '/' ? { redirect: '/demo/' } : undefined),
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST ?? '127.0.0.1';
  let server;
  try {
    ({ server } = await startServer({ port, host }));
  } catch (error) {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: run with PORT=8081 npm start.` : error);
    process.exit(1);
  }
  const origin = `http://${host === '0.0.0.0' ? 'localhost' : host}:${server.address().port}`;
  console.log(`\nConfigurator:   ${origin}/configurator/`);
  console.log(`Monthly report: ${origin}/report/`);
  console.log(`Demo:           ${origin}/demo/`);
  console.log(`Commune portal: ${origin}/demo/portal.html`);
  console.log('Press Ctrl+C to stop.');
}
