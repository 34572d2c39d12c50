/**
 * Every element's attributes, and the embed.html,
 * print.html and configurator addresses, fed hostile values by fast-check
 * (fixed seed, bounded runs). After each run nothing may have gone wrong:
 * no uncaught error, no script run, no markup injected, nothing outside the
 * widget changed, every link http(s) (and, on the Department's pages, one of
 * its own), and no request to a host outside the allowed ones.
 *
 * Hosts that hostile values would make a widget fetch are on this machine
 * (127.0.0.1:9, a closed port that refuses at once): tests never reach outside hosts.
 */
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/npm/index.js';
import { CONFIG_ATTRIBUTES } from '../../src/runtime/config.js';
import { ELEMENT_ATTRIBUTES } from '../../src/registry/widgets.js';
import { closePages, openPage, type FrameWindow } from '../helpers/frame.js';
import { REFUSED_PARAMS, SHARED_FIELDS } from '../../src/tools/configurator/state.js';

const SEED = 1313;
const OUTSIDE = '127.0.0.1:9';
const PWN = 'window.top.__pwned=1';

/** Values an attacker or a careless config would try; none of them may reach outside this machine if fetched. */
const FETCH_SAFE_HOSTILE = [
  '',
  ' ',
  'a'.repeat(100_000),
  `http://${OUTSIDE}/x.json`,
  `//${OUTSIDE}/x.json`,
  `http://user:pass@${OUTSIDE}/`,
  `javascript:${PWN}`,
  `JaVaScRiPt:${PWN}`,
  `&#106;avascript:${PWN}`,
  `java\tscript:${PWN}`,
  ` \njavascript:${PWN}`,
  `javascript&colon;${PWN}`,
  `data:text/html,<script>${PWN}</script>`,
  `data:application/json,{"schema":"ispeed-widgets/guide"}`,
  `data:image/svg+xml,<svg onload="${PWN}">`,
  `"><img src=x onerror="${PWN}">`,
  `<script>${PWN}</script>`,
  `{{constructor.constructor("${PWN}")()}}`,
  `\${${PWN}}`,
  '\u202Eexe.gnp',
  'x\u0000y',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '1e309',
  '99999999999999999999',
  '2147483648',
  '0x10',
  '1.5',
  '2026-13',
  '9999-99',
  '__proto__',
  'constructor',
  'toString',
  '../../etc/passwd',
  '/__redirect?to=http%3A%2F%2F127.0.0.1%3A9%2F',
];

/** Links are never fetched, only shown: these may name any host, look-alikes included. */
const LINK_HOSTILE = [
  ...FETCH_SAFE_HOSTILE,
  'https://speedtest.vn@evil.example/',
  'https://speedtest.vn.evil.example/',
  'https://sp\u0435edtest.vn/',
  'https://xn--speedtest-ehb.vn/',
  'https://play.google.com/store/apps/details?id=com.evil.ispeedvn',
  'https://play.google.com:9999/store',
  'http://speedtest.vn/',
  'https://apps.apple.com/vn/app/evil/id999',
  'https://evil.example/phish',
  '\\\\evil.example\\x',
];

const fetchSafe = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FETCH_SAFE_HOSTILE) },
  { weight: 1, arbitrary: fc.mixedCase(fc.constant(`javascript:${PWN}`)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.integer()).map(String) },
);
const linkValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...LINK_HOSTILE) },
  { weight: 1, arbitrary: fetchSafe },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom('https://', 'http://', '//', 'javascript:', 'data:', ' HTTPS://'),
        fc.constantFrom('speedtest.vn', 'evil.example', 'speedtest.vn@evil.example', 'play.google.com'),
        fc.constantFrom('/', '/x?id=com.evil', '/\u202Eexe.apk', '#"><b>'),
      )
      .map((parts) => parts.join('')),
  },
);

// Files a webmaster names: the widget reads them where they are (the fuzzer gives these only its safe hosts).
const FETCHED = ['src', 'asset-base', 'progress-src'];
const LINKS = ['href', 'links-web', 'links-android', 'links-ios', 'links-qr', 'links-materials'];
const ATTRIBUTES = [
  ...new Set([...CONFIG_ATTRIBUTES, ...ELEMENT_ATTRIBUTES, 'heading-level', 'columns', 'lang', 'dir']),
];

const valueFor = (name: string) =>
  FETCHED.includes(name) ? fetchSafe : LINKS.includes(name) ? linkValue : fc.oneof(fetchSafe, linkValue);
/** A few attributes, each with a hostile value of its kind. */
const attributeSet = (names: readonly string[]) =>
  fc
    .uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 6 })
    .chain((chosen) =>
      fc.tuple(...chosen.map((name) => valueFor(name).map((value) => [name, value] as [string, string]))),
    );

/** Every element in a tree, into open shadow roots. */
function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** What the widget tree may not hold, whatever it was given. */
function problemsIn(root: ParentNode, allowLink: (url: URL) => boolean): string[] {
  const problems: string[] = [];
  for (const element of deepElements(root)) {
    if (
      ['script', 'iframe', 'object', 'embed', 'foreignobject', 'base', 'meta', 'form'].includes(
        element.localName.toLowerCase(),
      )
    )
      problems.push(`a <${element.localName}> in the widget`);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) problems.push(`<${element.localName} ${attribute.name}>`);
    }
    const href = element.localName === 'a' ? (element as HTMLAnchorElement).href : undefined;
    if (href) {
      const url = new URL(href);
      if (!['http:', 'https:'].includes(url.protocol)) problems.push(`a link to ${href.slice(0, 80)}`);
      else if (url.username || url.password || !allowLink(url))
        problems.push(`a link outside the allowed ones: ${href.slice(0, 80)}`);
    }
  }
  return problems;
}

const requestedHosts = (win: Window, since: number) =>
  win.performance
    .getEntriesByType('resource')
    .slice(since)
    .map((entry) => new URL(entry.name).host);

const errors: string[] = [];
const onError = (event: ErrorEvent) => errors.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);

/** What a widget must never change on the host page. */
const pageState = () => ({
  title: document.title,
  lang: document.documentElement.lang,
  dir: document.dir,
  url: location.href,
  history: history.length,
  bodyChildren: document.body.childElementCount,
});

describe('fuzzing with hostile values', function () {
  this.timeout(60000);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    closePages();
    expect(errors, 'no uncaught error, even after the runs').to.deep.equal([]);
    expect((window as { __pwned?: unknown }).__pwned, 'no script ran').to.equal(undefined);
  });

  // A file an earlier run (of this element or another) named may still be answering when a later run
  // looks: hosts that any run so far named as a file are allowed, and no other.
  const named = new Set([location.host]);
  for (const tag of ['ispeed-banner', 'ispeed-qr-card', 'ispeed-guide', 'ispeed-progress']) {
    it(`<${tag}>: any attributes, hostile values`, async () => {
      const warn = console.warn;
      console.warn = () => {}; // thousands of expected refusals: counted by the widgets' own tests, not here
      try {
        await fc.assert(
          fc.asyncProperty(attributeSet(ATTRIBUTES), async (attributes) => {
            const outside = new MutationObserver(() => {});
            const container = document.createElement('div');
            document.body.append(container);
            const before = pageState();
            outside.observe(document.documentElement, {
              subtree: true,
              childList: true,
              attributes: true,
              characterData: true,
            });
            const resourcesBefore = performance.getEntriesByType('resource').length;
            try {
              const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
              for (const [name, value] of attributes) element.setAttribute(name, value);
              container.append(element);
              await element.updateComplete;
              await new Promise((resolve) => requestAnimationFrame(resolve));
              await element.updateComplete;
              const changedOutside = outside
                .takeRecords()
                .filter((record) => record.target !== container && !container.contains(record.target));
              expect(
                changedOutside.map(
                  (record) => `${record.type} ${(record.target as Element).localName ?? record.target.nodeName}`,
                ),
                'nothing outside the widget changed',
              ).to.deep.equal([]);
              expect(pageState()).to.deep.equal(before);
              expect(problemsIn(container, () => true)).to.deep.equal([]);
              for (const [name, value] of attributes) {
                if (!FETCHED.includes(name)) continue;
                try {
                  named.add(new URL(value, location.href).host);
                } catch {
                  // Not an address: nothing to fetch.
                }
              }
              expect(
                requestedHosts(window, resourcesBefore).filter((host) => !named.has(host)),
                'no request to a host no run named as a file',
              ).to.deep.equal([]);
              expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
            } finally {
              outside.disconnect();
              container.remove();
            }
          }),
          { seed: SEED, numRuns: 30, endOnFailure: true, includeErrorInReport: true },
        );
      } finally {
        console.warn = warn;
      }
    });
  }

  /** The Department's own pages may link only to its published sites or to their own origin. */
  const PUBLISHED = ['speedtest.vn', 'i-speed.vn', 'play.google.com', 'apps.apple.com'];
  const allowedOnPage = (url: URL) =>
    url.origin === location.origin ||
    (url.protocol === 'https:' && url.port === '' && PUBLISHED.includes(url.hostname));

  const params = (names: readonly string[]) =>
    fc
      .uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: 6 })
      .chain((chosen) =>
        fc.tuple(
          ...chosen.map((name) => valueFor(name).map((value) => [name, value.slice(0, 3000)] as [string, string])),
        ),
      );
  const query = (pairs: [string, string][]) => new URLSearchParams(pairs).toString();

  async function checkPage(win: FrameWindow, element: Element | null): Promise<void> {
    expect(win.__record.errors, 'no uncaught error in the page').to.deep.equal([]);
    expect((win as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
    if (element) expect(problemsIn(element.parentElement!, allowedOnPage)).to.deep.equal([]);
    expect(
      requestedHosts(win, 0).filter((host) => host !== location.host),
      'the page asked only its own host',
    ).to.deep.equal([]);
  }

  for (const [page, widgets, extra] of [
    ['embed.html', ['banner', 'qr-card', 'guide', 'progress'], ['platform']],
    ['print.html', ['qr-card'], ['autoprint']],
  ] as const) {
    it(`${page}: hostile addresses`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...widgets),
          params([...ATTRIBUTES, 'widget', ...extra]),
          async (widget, pairs) => {
            const search = query([
              ['widget', widget],
              ...pairs.filter(([name]) => name !== 'autoprint'),
              ['autoprint', '0'],
            ]);
            const win = await openPage(`/dist/${page}?${search}`, 800, 600);
            await waitUntil(() => (win as unknown as { ISpeed?: unknown }).ISpeed, 'the page runs', { timeout: 8000 });
            // The page reads department.json before it renders.
            await waitUntil(() => win.document.documentElement.dataset.ready !== undefined, 'the page renders', {
              timeout: 8000,
            });
            const box = win.document.querySelector('#widget, #poster')!;
            await waitUntil(
              () => !box.firstElementChild || box.firstElementChild.shadowRoot?.childElementCount,
              'the widget renders',
              { timeout: 8000 },
            );
            const element = box.firstElementChild;
            await (element as (Element & { updateComplete?: Promise<unknown> }) | null)?.updateComplete;
            expect(win.document.body.childElementCount, 'nothing added to the page').to.equal(
              win.document.querySelectorAll('body > script').length + 1,
            );
            await checkPage(win, element);
            closePages();
          },
        ),
        { seed: SEED, numRuns: 10, endOnFailure: true, includeErrorInReport: true },
      );
    });
  }

  it('go.html: hostile addresses send a desktop visitor nowhere but its links', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('banner', 'qr-card', 'guide', 'progress'),
        params([...ATTRIBUTES, 'widget', 'platform', 'utm_source', 'href']),
        async (widget, pairs) => {
          const win = await openPage(`/dist/go.html?${query([['widget', widget], ...pairs])}`, 800, 600);
          // A desktop visitor stays on the page (a phone would be sent to its store).
          await waitUntil(() => win.document.documentElement.dataset.ready !== undefined, 'the page is ready', {
            timeout: 8000,
          });
          expect(win.location.pathname, 'still on the smart link page').to.equal('/dist/go.html');
          await checkPage(win, win.document.querySelector('main')?.firstElementChild ?? null);
          closePages();
        },
      ),
      { seed: SEED, numRuns: 10, endOnFailure: true, includeErrorInReport: true },
    );
  });

  it("configurator: hostile addresses hand out only the Department's files", async () => {
    // Every parameter the configurator reads or refuses, and one it never reads.
    const NAMES = [...SHARED_FIELDS, ...REFUSED_PARAMS, 'dist-base'];
    await fc.assert(
      fc.asyncProperty(params(NAMES), async (pairs) => {
        const win = await openPage(`/dist/configurator/index.html?${query(pairs)}`, 1280, 900);
        await waitUntil(
          () => win.document.querySelector('ispeed-configurator')?.hasAttribute('ready'),
          'the configurator is ready',
          { timeout: 8000 },
        );
        const root = win.document.querySelector('ispeed-configurator')!.shadowRoot!;
        const code = [...root.querySelectorAll('pre')].map((pre) => pre.textContent).join('\n');
        expect(code).to.contain(`src="${location.origin}/dist/ispeed.js"`);
        for (const bad of [OUTSIDE, 'evil.example', 'javascript:', '<script>', 'onerror', 'user:pass', '\u202E'])
          expect(code.toLowerCase(), bad).to.not.contain(bad.toLowerCase());
        const share = new URL(root.querySelector<HTMLAnchorElement>('.share a')!.href);
        for (const name of ['host', 'android', 'ios', 'web', 'assetBase', 'dataSrc', 'unitName'])
          expect(share.searchParams.has(name), name).to.equal(false);
        expect(win.__record.errors).to.deep.equal([]);
        expect(requestedHosts(win, 0).filter((host) => host !== location.host)).to.deep.equal([]);
        closePages();
      }),
      { seed: SEED, numRuns: 8, endOnFailure: true, includeErrorInReport: true },
    );
  });
});
