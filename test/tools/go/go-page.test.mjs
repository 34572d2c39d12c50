// The smart link page (dist/go.html) in real Chromium, with real phone and
// desktop user agents, served as `npm start` serves it (the demo's strict CSP
// with Trusted Types). Every request to another host is answered here (and
// recorded), so a redirect is seen as the URL the page ends on.
// The functions handed to page.evaluate and addInitScript run in the page.
/* global window, document, getComputedStyle, NodeFilter */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import jsQR from 'jsqr';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/lib/chromium.mjs';
import { startStaticServer } from '../../../scripts/lib/static-server.mjs';
import { DEMO_CSP } from '../../../scripts/serve.mjs';
import { decodePng } from '../../visual/png-diff.mjs';
import { DEVICES } from '../../helpers/devices.mjs';

const PORTAL = 'https://eakao.daklak.gov.vn/tin-tuc/bai-viet-1.html';
const PLAY_SEARCH = 'https://play.google.com/store/search?q=i-Speed%20by%20VNNIC&c=apps';

/** What department.json answers in the current test: undefined for none (404). */
let departmentFile;
let server;
let browser;

before(async () => {
  server = await startStaticServer({
    root: 'dist',
    headers: { 'content-security-policy': DEMO_CSP },
    route: (url) =>
      url.pathname === '/department.json' && departmentFile !== undefined
        ? { body: departmentFile, path: 'department.json' }
        : undefined,
  });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens go.html with a query on a device. Resolves once the page has either
 * left for another host (`left` is that URL) or shown its desktop view.
 */
async function visit(device, query, { referer, javaScript = true, colorScheme = 'light' } = {}) {
  const { touchPoints, ...options } = DEVICES[device];
  const context = await browser.newContext({ ...options, javaScriptEnabled: javaScript, colorScheme });
  if (touchPoints)
    await context.addInitScript(
      (points) => Object.defineProperty(Navigator.prototype, 'maxTouchPoints', { get: () => points }),
      touchPoints,
    );
  // What a strict CSP or Trusted Types refused, as the page saw it.
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const outside = [];
  await context.route(
    (url) => url.origin !== server.origin,
    (route) => {
      outside.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>store</title>' });
    },
  );
  const page = await context.newPage();
  const console = [];
  page.on('console', (message) => console.push(message.text()));
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${server.origin}/go.html${query}`, { referer });
  let left;
  if (javaScript) {
    left = await Promise.race([
      page.waitForURL((url) => url.origin !== server.origin).then(() => page.url()),
      page.waitForSelector('html[data-ready="desktop"]').then(() => undefined),
    ]);
  }
  return { context, page, left, outside, console, errors };
}

const params = (href) => Object.fromEntries(new URL(href).searchParams);

describe('go.html sends each phone to its store', () => {
  it('an Android phone: the Play link, with the unit and the portal in utm_* and in Play’s referrer', async () => {
    departmentFile = undefined;
    const { context, left } = await visit('android', '?widget=banner&size=300x250&unit=xa-ea-kao&lang=vi', {
      referer: PORTAL,
    });
    assert.ok(left?.startsWith('https://play.google.com/store/search?'), left);
    const query = params(left);
    assert.equal(query.q, 'i-Speed by VNNIC');
    assert.equal(query.utm_source, 'eakao.daklak.gov.vn');
    assert.equal(query.utm_content, 'xa-ea-kao');
    assert.deepEqual(Object.fromEntries(new URLSearchParams(query.referrer)), {
      utm_source: 'eakao.daklak.gov.vn',
      utm_medium: 'ispeed-widget',
      utm_campaign: 'ispeed',
      utm_content: 'xa-ea-kao',
    });
    await context.close();
  });

  it('an iPhone: the iOS link (speedtest.vn by default), attributed', async () => {
    departmentFile = undefined;
    const { context, left } = await visit('iphone', '?widget=banner&unit=xa-ea-kao', { referer: PORTAL });
    assert.equal(new URL(left).origin, 'https://speedtest.vn');
    assert.equal(params(left).utm_source, 'eakao.daklak.gov.vn');
    assert.equal(params(left).utm_content, 'xa-ea-kao');
    await context.close();
  });

  it('an iPad asking for the desktop site (a Mac user agent with a touch screen): the iOS link', async () => {
    departmentFile = undefined;
    const { context, left } = await visit('ipad', '?unit=xa-ea-kao');
    assert.equal(new URL(left).origin, 'https://speedtest.vn');
    await context.close();
  });

  it("credits 'unknown' without a referrer, and a portal the link names (a scanned code) before the referrer", async () => {
    departmentFile = undefined;
    const scanned = await visit('android', '?unit=xa-ea-kao');
    assert.equal(params(scanned.left).utm_source, 'unknown');
    await scanned.context.close();
    const named = await visit('android', '?unit=xa-ea-kao&utm_source=eakao.daklak.gov.vn', {
      referer: 'https://other.example/',
    });
    assert.equal(params(named.left).utm_source, 'eakao.daklak.gov.vn');
    await named.context.close();
  });
});

describe('go.html is not an open redirect', () => {
  const hostile = [
    'widget=javascript:alert(1)',
    `links-android=${encodeURIComponent('https://evil.example/app.apk')}`,
    `links-ios=${encodeURIComponent('https://evil.example/')}`,
    `href=${encodeURIComponent('https://evil.example/')}`,
    `smart-link=${encodeURIComponent('https://evil.example/go.html')}`,
    `asset-base=${encodeURIComponent('https://evil.example/')}`,
    `utm_source=${encodeURIComponent('https://evil.example/')}`,
    'platform=javascript:alert(1)',
    `unit=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`,
  ].join('&');

  for (const device of ['android', 'iphone', 'windows']) {
    it(`${device}: links, files and scripts in the query go nowhere, each with a console note`, async () => {
      departmentFile = undefined;
      const { context, page, left, outside, console, errors } = await visit(device, `?${hostile}`);
      assert.deepEqual(
        outside.filter((url) => url.includes('evil')),
        [],
      );
      if (device === 'android') assert.ok(left.startsWith(PLAY_SEARCH.split('?')[0]), left);
      if (device === 'iphone') assert.equal(new URL(left).origin, 'https://speedtest.vn');
      if (device === 'windows') {
        assert.equal(left, undefined);
        const hrefs = await page.$$eval('a', (links) => links.map((link) => link.href));
        assert.deepEqual(
          hrefs.filter((href) => !/^https:\/\/(play\.google\.com|speedtest\.vn)\//.test(href)),
          [],
        );
        const notes = console.filter((line) => line.startsWith('[ispeed-widgets]')).join('\n');
        for (const name of ['widget:', 'links-android:', 'links-ios:', 'smart-link:', 'utm_source:'])
          assert.ok(notes.includes(name), `${name} is noted:\n${notes}`);
        assert.ok(notes.includes('href is not an option of the banner widget'), notes);
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});

describe("go.html passes over the widget's options it has no use for", () => {
  // The configurator's link form for the progress widget: its options are for the site script's upgrade.
  const progressLink = [
    'widget=progress',
    `src=${encodeURIComponent('https://so-tt.example.gov.vn/i-speed/progress.js')}`,
    'unit=xa-ea-kao',
    'lang=vi',
    'ranking=5',
    'target=400',
    'month=2026-11',
    'columns=unit,samples',
    'timeout=8000',
    `asset-base=${encodeURIComponent('https://so-tt.example.gov.vn/i-speed/assets/')}`,
  ].join('&');

  for (const device of ['android', 'windows']) {
    it(`${device}: a progress link form, without a console note`, async () => {
      departmentFile = undefined;
      const { context, left, console, outside } = await visit(device, `?${progressLink}`);
      if (device === 'android') assert.ok(left.startsWith(PLAY_SEARCH.split('?')[0]), left);
      else assert.equal(left, undefined);
      assert.deepEqual(
        console.filter((line) => line.startsWith('[ispeed-widgets]')),
        [],
      );
      assert.deepEqual(
        outside.filter((url) => url.includes('so-tt.example')),
        [],
      );
      await context.close();
    });
  }

  it('still notes a link override, and a theme or platform it cannot use', async () => {
    departmentFile = undefined;
    const query = `?${progressLink}&links-ios=${encodeURIComponent('https://evil.example/')}&theme=pink&platform=tv`;
    const { context, console } = await visit('windows', query);
    assert.deepEqual(
      console.filter((line) => line.startsWith('[ispeed-widgets]')).map((line) => line.split(':')[0].split(' ')[1]),
      ['links-ios', 'theme', 'platform'],
    );
    await context.close();
  });
});

describe('go.html on a desktop', () => {
  it('stays, shows the QR code of this smart link, the facts, the steps and the links, with no CSP or Trusted Types violation', async () => {
    departmentFile = undefined;
    const { context, page, left, outside, errors } = await visit(
      'windows',
      '?widget=banner&size=300x250&unit=xa-ea-kao&lang=vi',
      { referer: PORTAL },
    );
    assert.equal(left, undefined);
    assert.equal(await page.title(), 'Tải ứng dụng i-Speed');
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    const expected = `${server.origin}/go.html?widget=banner&unit=xa-ea-kao&lang=vi&utm_source=eakao.daklak.gov.vn`;
    const code = page.locator('#code svg');
    assert.equal(await code.getAttribute('data-href'), expected);
    const png = decodePng(await code.screenshot());
    assert.equal(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data, expected, 'the code decodes');
    const text = await page.innerText('main');
    for (const fact of ['Đo tốc độ tải xuống, tải lên và độ trễ', 'Ứng dụng miễn phí của VNNIC', 'Miễn cước data'])
      assert.ok(text.includes(fact), fact);
    assert.ok(text.includes('Bật chế độ đo tự động'), 'the steps to turn on automatic measurement');
    assert.ok(await page.isVisible('#steps'));
    const web = await page.getAttribute('#link-web', 'href');
    assert.equal(new URL(web).origin, 'https://speedtest.vn');
    assert.equal(params(web).utm_source, 'eakao.daklak.gov.vn');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    assert.deepEqual(outside, [], 'nothing fetched from another host');
    assert.deepEqual(await context.cookies(), []);
    await context.close();
  });

  it('keeps "i-Speed" on one line in every heading, in both languages, on a narrow window (320 to 390 px)', async () => {
    departmentFile = undefined;
    for (const lang of ['vi', 'en']) {
      const { context, page } = await visit('windows', `?widget=banner&unit=xa-ea-kao&lang=${lang}`);
      for (const width of [320, 360, 390]) {
        await page.setViewportSize({ width, height: 844 });
        // The tops of the line boxes "i-Speed" takes in each heading (Range rects): one line each.
        const lines = await page.evaluate(() =>
          [...document.querySelectorAll('h1, h2, h3')]
            .filter((heading) => heading.textContent.includes('i-Speed'))
            .map((heading) => {
              const texts = [];
              const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
              while (walker.nextNode()) texts.push(walker.currentNode);
              let start = heading.textContent.indexOf('i-Speed');
              let end = start + 'i-Speed'.length;
              const range = document.createRange();
              for (const node of texts) {
                const length = node.data.length;
                if (start >= 0 && start < length) range.setStart(node, start);
                if (end > 0 && end <= length) range.setEnd(node, end);
                start -= length;
                end -= length;
              }
              const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
              return `${heading.localName} "${heading.textContent.trim()}": ${tops.size} line(s)`;
            }),
        );
        assert.ok(lines.length >= 3, `the headings naming i-Speed (${lang}, ${width} px): ${lines.join('; ')}`);
        for (const line of lines) assert.match(line, /: 1 line\(s\)$/, `${lang}, ${width} px`);
      }
      await context.close();
    }
  });

  it('in English with lang=en: the title, lang and the steps', async () => {
    departmentFile = undefined;
    const { context, page } = await visit('mac', '?widget=qr-card&unit=xa-ea-kao&lang=en');
    assert.equal(await page.title(), 'Get the i-Speed app');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    const text = await page.innerText('main');
    assert.ok(text.includes('Measure your Internet speed with i-Speed'), text.slice(0, 200));
    assert.ok(text.includes('automatic'), 'the steps, in English');
    assert.ok(!/Tải ứng dụng|Đo tốc độ/.test(text), 'no Vietnamese left');
    await context.close();
  });

  it('takes the dark palette with theme=dark, and with theme=auto only on a dark device', async () => {
    const background = async (query, colorScheme) => {
      const { context, page } = await visit('mac', query, { colorScheme });
      const colour = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      await context.close();
      return colour;
    };
    const [light, dark] = ['rgb(255, 255, 255)', 'rgb(15, 26, 42)'];
    assert.equal(await background('?unit=xa-ea-kao', 'dark'), light, 'no theme: light');
    assert.equal(await background('?unit=xa-ea-kao&theme=dark', 'light'), dark);
    assert.equal(await background('?unit=xa-ea-kao&theme=auto', 'dark'), dark);
    assert.equal(await background('?unit=xa-ea-kao&theme=auto', 'light'), light);
  });

  it('without JavaScript: the three links, in static HTML', async () => {
    const { context, page } = await visit('windows', '?unit=xa-ea-kao', { javaScript: false });
    const links = await page.$$eval('main a', (anchors) =>
      anchors.filter((a) => a.offsetParent !== null).map((a) => [a.id, a.href]),
    );
    assert.deepEqual(links, [
      ['link-android', PLAY_SEARCH],
      ['link-ios', 'https://speedtest.vn/'],
      ['link-web', 'https://speedtest.vn/'],
    ]);
    assert.equal(await page.isVisible('.scan'), false);
    await context.close();
  });
});

describe("go.html reads the Department's department.json", () => {
  const department = JSON.parse(readFileSync('test/fixtures/department/department.json', 'utf8'));

  it('sends phones to its links, and names the Department on a desktop', async () => {
    departmentFile = JSON.stringify(department);
    const android = await visit('android', '?unit=xa-ea-kao');
    assert.equal(android.left.split('?')[0], department.links.android.split('?')[0]);
    assert.equal(params(android.left).utm_content, 'xa-ea-kao');
    await android.context.close();
    const iphone = await visit('iphone', '?unit=xa-ea-kao');
    assert.equal(iphone.left.split('?')[0], department.links.ios);
    await iphone.context.close();
    const desktop = await visit('windows', '?unit=xa-ea-kao');
    assert.equal(await desktop.page.innerText('footer'), department.name);
    assert.deepEqual(
      desktop.console.filter((line) => line.startsWith('[ispeed-widgets]')),
      [],
    );
    await desktop.context.close();
  });

  it('a broken file: one clear console message, and the defaults', async () => {
    departmentFile = '{ "links": { "android": "https://play.google.com/store/apps/details?id=x" ';
    const { context, left, console } = await visit('android', '?unit=xa-ea-kao');
    assert.ok(left.startsWith(PLAY_SEARCH.split('?')[0]), left);
    const notes = console.filter((line) => line.includes('department.json'));
    assert.equal(notes.length, 1, notes.join('\n'));
    assert.match(notes[0], /not valid JSON/);
    await context.close();
  });

  it('a link that is not http(s): refused by name, the default kept, the other settings used', async () => {
    departmentFile = JSON.stringify({ name: 'Sở Khoa học và Công nghệ', links: { android: 'javascript:alert(1)' } });
    const { context, left, console } = await visit('android', '?unit=xa-ea-kao');
    assert.ok(left.startsWith(PLAY_SEARCH.split('?')[0]), left);
    assert.ok(console.some((line) => line.includes('links.android must be an http(s) address')));
    await context.close();
  });

  it('no file (404): silent, the defaults', async () => {
    departmentFile = undefined;
    const { context, page, console } = await visit('windows', '?unit=xa-ea-kao');
    assert.deepEqual(
      console.filter((line) => line.startsWith('[ispeed-widgets]')),
      [],
    );
    assert.equal(await page.isVisible('footer'), false);
    await context.close();
  });
});
