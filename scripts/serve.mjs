// Serves dist/ for the demo (npm start) and for tests, with the strict
// Content-Security-Policy a careful portal sends, so the demo proves the
// widgets need no inline script or style. The Department's own pages
// (go.html, embed.html, print.html, configurator/, report/) get it too.
import { createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
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

/**
 * Where to open the pages: the host itself, or, when the server listens on
 * every address (0.0.0.0, ::), the machine's network addresses, which a phone
 * on the same network can reach (127.0.0.1 only if there is none).
 */
export function pageHosts(host, interfaces = networkInterfaces()) {
  if (host !== '0.0.0.0' && host !== '::') return [host];
  const external = Object.values(interfaces)
    .flat()
    .filter((entry) => !entry.internal);
  const ipv4 = external.filter((entry) => entry.family === 'IPv4');
  // :: takes IPv4 too; link-local IPv6 (fe80::) would need the interface's name in the address.
  const ipv6 =
    host === '::' ? external.filter((entry) => entry.family === 'IPv6' && !/^fe80:/i.test(entry.address)) : [];
  const addresses = [...ipv4, ...ipv6].map((entry) => entry.address);
  return addresses.length ? addresses : ['127.0.0.1'];
}

/** The first port after `port` that `host` can listen on, found by listening; undefined if none of the next 100. */
export async function nextFreePort(port, host) {
  const canListen = (candidate) =>
    new Promise((done) => {
      const probe = createServer();
      probe.once('error', () => done(false));
      probe.listen(candidate, host, () => probe.close(() => done(true)));
    });
  for (let candidate = port + 1; candidate <= Math.min(port + 100, 65535); candidate++) {
    if (await canListen(candidate)) return candidate;
  }
  return undefined;
}

const urlHost = (host) => (host.includes(':') ? `[${host}]` : host);

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.HOST || '127.0.0.1';
  let server;
  try {
    ({ server } = await startServer({ port, host }));
  } catch (error) {
    if (error.code !== 'EADDRINUSE') throw error;
    const free = await nextFreePort(port, host);
    console.error(
      free
        ? `Port ${port} is in use; ${free} is free: run PORT=${free} npm start`
        : `Port ${port} is in use, and so are the next 100: run PORT=<another port> npm start`,
    );
    process.exit(1);
  }
  const [first, ...others] = pageHosts(host).map((address) => `http://${urlHost(address)}:${server.address().port}`);
  console.log(`\nConfigurator:   ${first}/configurator/`);
  console.log(`Monthly report: ${first}/report/`);
  console.log(`Demo:           ${first}/demo/`);
  console.log(`Banner gallery: ${first}/demo/gallery.html`);
  console.log(`Commune portal: ${first}/demo/portal.html`);
  console.log(`Smart link:     ${first}/go.html?widget=banner&unit=xa-ea-kao&lang=vi`);
  if (others.length) console.log(`Also at:        ${others.join(', ')}`);
  console.log('Press Ctrl+C to stop.');
}
