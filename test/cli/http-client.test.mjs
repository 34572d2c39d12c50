// The command line's HTTP client against a local server: every request is
// bounded in time and size, and redirects stay on the page's host.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { download, redirectAllowed, USER_AGENT } from '../../cli/lib/http-client.mjs';

const options = { maxBytes: 1024, retries: 0, timeoutMs: 2000 };

describe('http client', () => {
  let server;
  let base;
  const seen = [];
  let flakyHits = 0;
  before(async () => {
    server = createServer((request, response) => {
      seen.push(request.headers['user-agent']);
      const { port } = server.address();
      switch (request.url) {
        case '/small':
          return response.writeHead(200, { 'content-length': 3 }).end('abc');
        case '/silent':
          return undefined; // never answers
        case '/declared-big':
          return response.writeHead(200, { 'content-length': 4096 }).end(Buffer.alloc(4096));
        case '/undeclared-big':
          response.writeHead(200);
          response.write(Buffer.alloc(800));
          return response.end(Buffer.alloc(800));
        case '/elsewhere':
          return response.writeHead(302, { location: `http://localhost:${port}/small` }).end();
        case '/within':
          return response.writeHead(302, { location: '/small' }).end();
        case '/flaky':
          return ++flakyHits === 1 ? response.writeHead(503).end() : response.writeHead(200).end('ok');
        default:
          return response.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  it('gives the bytes and names itself', async () => {
    const result = await download(`${base}/small`, options);
    assert.equal(result.bytes.toString(), 'abc');
    assert.equal(result.finalUrl, `${base}/small`);
    assert.match(seen.at(-1), /^ispeed-widgets\/\d+\.\d+\.\d+/);
    assert.equal(seen.at(-1), USER_AGENT);
  });

  it('gives up on a server that does not answer within the time limit', async () => {
    const started = Date.now();
    const result = await download(`${base}/silent`, { ...options, timeoutMs: 200 });
    assert.deepEqual(result, { skip: 'no answer within 200 ms', why: { code: 'noAnswer', ms: 200, tries: 1 } });
    assert.ok(Date.now() - started < 1500, `${Date.now() - started} ms`);
  });

  it('refuses a file over the size cap, whether or not the server declares its length', async () => {
    const tooLarge = { skip: 'larger than 1 KB', why: { code: 'tooLarge', size: '1 KB' } };
    assert.deepEqual(await download(`${base}/declared-big`, options), tooLarge);
    assert.deepEqual(await download(`${base}/undeclared-big`, options), tooLarge);
  });

  it('refuses a redirect to another host, unless that host is allowed', async () => {
    const refused = await download(`${base}/elsewhere`, options);
    assert.match(
      refused.skip,
      /^redirected to http:\/\/localhost:\d+\/small, outside 127\.0\.0\.1:\d+ \(add --allow-host/,
    );
    const allowed = await download(`${base}/elsewhere`, { ...options, allowHosts: ['localhost'] });
    assert.equal(allowed.bytes.toString(), 'abc');
    const within = await download(`${base}/within`, options);
    assert.equal(within.finalUrl, `${base}/small`);
  });

  it('tries again after a 5xx answer', async () => {
    const result = await download(`${base}/flaky`, { ...options, retries: 1 });
    assert.equal(result.bytes.toString(), 'ok');
    assert.equal(flakyHits, 2);
  });

  it('allows an upgrade to https on the same host, and no address with credentials', () => {
    const pageUrl = 'http://so.example.vn/tai-lieu';
    assert.equal(redirectAllowed('https://so.example.vn/a.png', { pageUrl }), true);
    assert.equal(redirectAllowed('https://so.example.vn:8443/a.png', { pageUrl }), false);
    assert.equal(redirectAllowed('http://u:p@so.example.vn/a.png', { pageUrl }), false);
    assert.equal(redirectAllowed('file:///etc/passwd', { pageUrl }), false);
  });
});
