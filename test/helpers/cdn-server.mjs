// The Department's host as portals meet it: dist/ on a second origin (another
// host name and port than the test pages) that sends no CORS headers at all,
// like most government web servers. Two prefixes add what some tests need:
//   /cors/...           the same files with Access-Control-Allow-Origin: *
//                       (what Subresource Integrity on another origin needs)
//   /cors-tampered/...  the same, with the banner's chunk changed (a comment added)
// and ?delay=MS answers late, like a slow mobile link.
import { startStaticServer } from '../../scripts/lib/static-server.mjs';

// Still valid JavaScript that would run, with other bytes: only the hash can tell.
const tamperBannerChunk = (body, file) =>
  /chunks\/ispeed-banner-[\w-]+\.js$/.test(file) ? Buffer.concat([body, Buffer.from('/* changed */')]) : body;

export function startCdn(root = 'dist') {
  return startStaticServer({
    root,
    headers: { 'cache-control': 'no-store' },
    async route(url) {
      const delay = Math.min(Number(url.searchParams.get('delay')) || 0, 10000);
      if (delay) await new Promise((done) => setTimeout(done, delay));
      const [, prefix, path] = /^\/(?:(cors-tampered|cors)\/)?(.*)$/.exec(url.pathname);
      if (!prefix) return undefined;
      return {
        path,
        headers: { 'access-control-allow-origin': '*' },
        edit: prefix === 'cors-tampered' ? tamperBannerChunk : undefined,
      };
    },
  });
}
