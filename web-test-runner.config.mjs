// Every test runs in headless Chromium: Debian's package on CI, or whatever
// CHROME_PATH names. Source tests import src/ (TypeScript through esbuild);
// end-to-end tests load the built dist/ into iframes, as a portal would.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Readable } from 'node:stream';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { summaryReporter } from './test/helpers/summary-reporter.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/lib/chromium.mjs';
import { resolveUrlPath } from './scripts/lib/static-server.mjs';
import { STRICT_CSP } from './scripts/serve.mjs';
import { startCdn } from './test/helpers/cdn-server.mjs';
import { DEVICES } from './test/helpers/devices.mjs';
import { pasteServer } from './test/paste/paste-plugin.mjs';
import { visualRegression } from './test/visual/visual-plugin.mjs';

if (!existsSync('dist/ispeed.js')) {
  console.error(
    '\ndist/ is missing: the end-to-end tests load the built files. Run "npm test" (it builds first) or "npm run build".\n',
  );
  process.exit(1);
}

let executablePath;
try {
  executablePath = chromiumPath();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

/**
 * `import vi from './vi.json'` becomes a JS module, but only for module
 * imports: a fetch() of a JSON file (asset manifests) gets the JSON itself.
 */
const jsonModules = {
  name: 'json-modules',
  // The transform cache is keyed by URL: keep the module form apart, or a fetch() after an import gets JavaScript.
  transformCacheKey(context) {
    return context.get('sec-fetch-dest') === 'script' ? 'json-module' : undefined;
  },
  resolveMimeType(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') return 'js';
  },
  transform(context) {
    if (context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script') {
      return { body: `export default ${context.body};` };
    }
  },
};

/**
 * qrcode, saxes (the workbook reader's XML parser) and jsqr (used by tests to decode) are CommonJS, which the dev
 * server cannot serve as modules: answer imports of them with an ES module
 * bundle that esbuild makes once, with the named exports listed here.
 */
function commonJsAsModules(packages) {
  const cache = new Map();
  const virtualPath = (source) => `/__virtual/${source.replace(/[^\w.-]+/g, '_')}.js`;
  const sources = new Map(Object.keys(packages).map((source) => [virtualPath(source), source]));
  return {
    name: 'commonjs-as-modules',
    resolveImport({ source }) {
      if (source in packages) return virtualPath(source);
    },
    async serve(context) {
      const source = sources.get(context.path);
      if (!source) return;
      if (!cache.has(source)) {
        const named = packages[source].map((name) => `export const ${name} = cjs.${name};`).join(' ');
        cache.set(
          source,
          build({
            // A module compiled from ES (saxes) has no default export: its namespace is the module.
            stdin: {
              contents: `import * as ns from '${source}'; const cjs = ns.default ?? ns; ${named} export default cjs;`,
              resolveDir: process.cwd(),
            },
            bundle: true,
            format: 'esm',
            platform: 'browser',
            write: false,
          }).then((result) => result.outputFiles[0].text),
        );
      }
      return { body: await cache.get(source), type: 'js' };
    },
  };
}

/**
 * `screenshot-area`: a PNG of part of the test page as the browser painted
 * it, so tests can decode the QR code actually on screen.
 */
const screenshotArea = {
  name: 'screenshot-area',
  async executeCommand({ command, payload, session }) {
    if (command !== 'screenshot-area') return undefined;
    const page = session.browser.getPage(session.id);
    const png = await page.screenshot({ clip: payload, animations: 'disabled' });
    return png.toString('base64');
  },
};

/**
 * `console-start` / `console-take`: what the browser itself logs in the page
 * and all its frames (Chromium's own messages, such as "Blocked autofocusing",
 * never reach the page's console.warn).
 */
const browserConsole = (() => {
  const logs = new Map();
  return {
    name: 'browser-console',
    async executeCommand({ command, session }) {
      if (command === 'console-start') {
        const page = session.browser.getPage(session.id);
        const messages = [];
        logs.set(session.id, messages);
        page.on('console', (message) => messages.push(message.text()));
        return true;
      }
      if (command === 'console-take') return logs.get(session.id) ?? [];
      return undefined;
    },
  };
})();

/**
 * `aria-snapshot`: Chromium's accessibility tree under one element, as
 * Playwright's YAML (`- link "name":`), so tests read accessible names as
 * assistive technology gets them.
 */
const ariaSnapshot = {
  name: 'aria-snapshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'aria-snapshot') return undefined;
    return session.browser.getPage(session.id).locator(payload.selector).ariaSnapshot();
  },
};

/**
 * `frame-look`: what a frame whose address contains `payload.url` shows, read
 * through Playwright, which reaches into frames that run no script of their
 * own (sandbox=""): its address, title, landmarks, links and images; false
 * when no frame has such an address.
 */
const frameLook = {
  name: 'frame-look',
  async executeCommand({ command, payload, session }) {
    if (command !== 'frame-look') return undefined;
    const frame = session.browser
      .getPage(session.id)
      .frames()
      .find((candidate) => candidate.url().includes(payload.url));
    // A command's null or undefined means "not mine" to the runner: false is "no such frame".
    if (!frame) return false;
    // Runs in the frame: its globals, not Node's.
    const look = await frame.evaluate(() => {
      const { document, getComputedStyle } = globalThis;
      return {
        title: document.title,
        mains: document.querySelectorAll('main').length,
        links: [...document.links].map((link) => ({ href: link.href, target: link.target })),
        images: [...document.images].map((image) => {
          const box = image.getBoundingClientRect();
          return {
            src: image.currentSrc,
            alt: image.alt,
            complete: image.complete && image.naturalWidth > 0,
            box: [box.left, box.top, box.width, box.height],
            visible: getComputedStyle(image).visibility === 'visible',
          };
        }),
        widgets: [...document.querySelectorAll('[id="widget"] > *')].map((element) => element.localName),
      };
    });
    return { url: frame.url(), ...look };
  },
};

/**
 * `frame-axe`: axe-core run inside the frame whose address contains
 * `payload.url` (a whole page, as a visitor gets it), with `payload.rules`
 * (axe's runOnly) if given; its violations as `{ id, targets }`, or false when
 * no frame has such an address. Playwright's evaluation is not subject to the
 * page's CSP, so the page needs nothing for it.
 */
const frameAxe = {
  name: 'frame-axe',
  async executeCommand({ command, payload, session }) {
    if (command !== 'frame-axe') return undefined;
    const page = session.browser.getPage(session.id);
    const wanted = (candidate) => candidate.url().includes(payload.url);
    // The page may have drawn the frame before Playwright has heard of its navigation: wait for that.
    const frame =
      page.frames().find(wanted) ??
      (await page.waitForEvent('framenavigated', { predicate: wanted, timeout: 10000 }).catch(() => undefined));
    if (!frame) return false;
    await frame.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    return frame.evaluate(async (rules) => {
      const { axe, document } = globalThis;
      const { violations } = await axe.run(document, rules ? { runOnly: rules } : {});
      return violations.map((violation) => ({
        id: violation.id,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    }, payload.rules ?? null);
  },
};

/**
 * dist's pages (print, embed, configurator) are product pages without the test recorder: add it when
 * tests load the page, so they can see CSP violations and errors.
 */
const recordPrintPage = {
  name: 'record-print-page',
  transform(context) {
    if (
      [
        '/dist/print.html',
        '/dist/go.html',
        '/dist/embed.html',
        '/dist/configurator/index.html',
        '/dist/configurator/preview.html',
        '/dist/report/index.html',
      ].includes(context.path)
    ) {
      return { body: context.body.replace('<head>', '<head>\n  <script src="/test/pages/recorder.js"></script>') };
    }
  },
};

/**
 * `/__paste?html=…` serves the given HTML as a fresh page (under the strict
 * CSP), as a webmaster pasting embed code into an empty page would get.
 * `/__tampered/ispeed.js` is dist/ispeed.js with one byte changed, to prove
 * that Subresource Integrity blocks it.
 */
const pastedPages = {
  name: 'pasted-pages',
  serve(context) {
    if (context.path === '/__paste') {
      const body = String(context.query.html ?? '');
      return {
        body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><script src="/test/pages/recorder.js"></script></head><body>\n${body}\n</body></html>`,
        type: 'html',
      };
    }
    if (context.path === '/__tampered/ispeed.js') {
      // One letter of a message changed: still valid JavaScript, different bytes.
      const code = readFileSync('dist/ispeed.js', 'utf8').replace('[ispeed-widgets]', '[ispeed-widgetz]');
      return { body: code, type: 'js', headers: { 'access-control-allow-origin': '*' } };
    }
  },
};

/**
 * The strict CSP plus a Trusted Types allowlist, as the strictest portals
 * send it: no 'allow-duplicates', only the widgets' policy and the one the
 * fixtures' own code uses (see addScriptAfterPaint). A CSP without a
 * trusted-types directive would allow any policy name and hide a clash.
 */
const FIXTURE_CSP = `${STRICT_CSP}; trusted-types ispeed-widgets fixture`;

/**
 * Progress data made on request, so no large file is committed:
 * `/__data/units.csv?rows=N` a CSV of N units (the unit `xa-so-N` has N samples);
 * `/__data/deep.json?depth=N` a row nested N deep; `/__data/trickle.csv` a CSV
 * whose body arrives one byte a second (headers at once), for 60 s at most.
 */
const generatedData = {
  name: 'generated-data',
  serve(context) {
    if (context.path === '/__data/units.csv') {
      const rows = Math.min(Number(context.query.rows) || 10, 200000);
      const lines = ['Mã đơn vị;Tên đơn vị;Số mẫu'];
      for (let index = 1; index <= rows; index++) lines.push(`xa-so-${index};Xã Số ${index};${index % 1000}`);
      return { body: lines.join('\r\n'), type: 'text/csv; charset=utf-8' };
    }
    if (context.path === '/__data/deep.json') {
      const depth = Math.min(Number(context.query.depth) || 10, 100000);
      const body = `{"schema":"ispeed-widgets/progress","version":1,"rows":[{"unit":${'['.repeat(depth)}${']'.repeat(depth)},"month":"2026-11","samples":1},{"unit":"xa-ea-kao","name":"Xã Ea Kao","month":"2026-11","samples":124}]}`;
      return { body, type: 'application/json' };
    }
  },
};

async function trickle(context, next) {
  if (context.path !== '/__data/trickle.csv') return next();
  const body = 'unit,month,samples\nxa-ea-kao,2026-11,124\n';
  let sent = 0;
  const stream = new Readable({
    read() {
      if (sent >= body.length) return this.push(null);
      setTimeout(() => this.push(body[sent++]), sent === 0 ? 0 : 1000);
    },
  });
  context.req.on('close', () => stream.destroy());
  context.type = 'text/csv';
  context.body = stream;
}

/**
 * `department-json`: what `/dist/department.json` answers in this test page
 * and all its frames (the file is optional and the build writes none): the
 * given JSON, or, with no `json`, the server's own answer again.
 */
const departmentJson = {
  name: 'department-json',
  async executeCommand({ command, payload, session }) {
    if (command !== 'department-json') return undefined;
    const page = session.browser.getPage(session.id);
    await page.unroute('**/dist/department.json');
    if (payload && 'json' in payload) {
      const body = JSON.stringify(payload.json);
      await page.route('**/dist/department.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
    }
    return true;
  },
};

/** `print-pages`: the page printed to an A4 PDF as Chromium prints it, and how many pages that makes. */
const printPages = {
  name: 'print-pages',
  async executeCommand({ command, session }) {
    if (command !== 'print-pages') return undefined;
    const page = session.browser.getPage(session.id);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  },
};

/** Fixture pages (test/pages/) and dist/'s own pages get the strict CSP a careful portal sends. */
function strictCspForFixturePages(context, next) {
  return next().then(() => {
    if (context.path.startsWith('/test/pages/cdn/')) return;
    const fixturePage =
      context.path.startsWith('/test/pages/') ||
      context.path === '/__paste' ||
      /^\/dist\/([^/]+\.html|demo\/[^/]+\.html|configurator\/.*|report\/.*)$/.test(context.path);
    if (fixturePage) context.set('Content-Security-Policy', FIXTURE_CSP);
  });
}

/** dist/ on a second origin without CORS headers: the real deployment (test/helpers/cdn-server.mjs). */
const cdn = await startCdn('dist');

/** The paste test's back office, portal page and commands (test/paste/paste-plugin.mjs). */
const paste = pasteServer(() => cdn.origin);

/**
 * The policy the README offers portals (under "The <iframe> embed"), read from
 * the README itself, so the tests hold it to its word; `https://DEPARTMENT`
 * stands for the Department's host.
 */
const README_CSP = /Content-Security-Policy: (default-src [^`]+?)\s*```/
  .exec(readFileSync('README.md', 'utf8'))[1]
  .replace(/\s+/g, ' ');

/**
 * `/__readme/iframe-resize.js`: the README's iframe-resize snippet (under
 * "The <iframe> embed"), read from the README itself as a script file (portal
 * pages run under a CSP without inline script), with `https://DEPARTMENT` as
 * the CDN origin, so the tests hold the snippet to its word.
 */
const readmeSnippets = {
  name: 'readme-snippets',
  serve(context) {
    if (context.path !== '/__readme/iframe-resize.js') return undefined;
    const snippet =
      /```html\s*<script>((?:(?!```)[\s\S])*?ispeed-widgets:height(?:(?!```)[\s\S])*?)<\/script>\s*```/.exec(
        readFileSync('README.md', 'utf8'),
      )[1];
    return { body: snippet.replaceAll('https://DEPARTMENT', cdn.origin), type: 'js' };
  },
};

/**
 * The CSPs of portals that paste the tag from the Department's host (`?csp=`
 * on a page under test/pages/cdn/). Each names the CDN origin as a real
 * portal would, enforces Trusted Types with an allowlist, and never allows
 * inline script or style.
 */
function portalCsp(kind, nonce) {
  const common = [
    `style-src 'self'`,
    `img-src 'self' ${cdn.origin} data:`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `require-trusted-types-for 'script'`,
  ];
  switch (kind) {
    case 'readme':
      return README_CSP.replaceAll('https://DEPARTMENT', cdn.origin);
    case 'readme-without-frame-src':
      return README_CSP.replaceAll('https://DEPARTMENT', cdn.origin).replace(/ frame-src [^;]*;/, '');
    case 'strict-dynamic':
      return [
        `script-src 'nonce-${nonce}' 'strict-dynamic'`,
        `base-uri 'none'`,
        ...common,
        `trusted-types ispeed-widgets fixture`,
      ].join('; ');
    case 'own-lit':
      // The page's own Lit has taken the "lit-html" policy name first.
      return [`script-src 'self' ${cdn.origin}`, ...common, `trusted-types lit-html ispeed-widgets fixture`].join('; ');
    case 'connect':
      // A portal that lets its pages fetch from the Department's host: only CORS can stop a fetch then.
      return [
        `script-src 'self' ${cdn.origin}`,
        `base-uri 'self'`,
        ...common.map((directive) =>
          directive.startsWith('connect-src') ? `connect-src 'self' ${cdn.origin}` : directive,
        ),
        `trusted-types ispeed-widgets fixture`,
      ].join('; ');
    case 'base':
      // <base href> elsewhere: base-uri must let the page set it.
      return [`script-src 'self' ${cdn.origin}`, ...common, `trusted-types ispeed-widgets fixture`].join('; ');
    default:
      return [
        `script-src 'self' ${cdn.origin}`,
        `base-uri 'self'`,
        ...common,
        `trusted-types ispeed-widgets fixture`,
      ].join('; ');
  }
}

/** Pages under test/pages/cdn/ load dist/ from the CDN origin: `__CDN__` and `__NONCE__` are filled in per request. */
async function portalPages(context, next) {
  await next();
  if (!/^\/test\/pages\/cdn\/[\w-]+\.html$/.test(context.path)) return;
  const nonce = Math.random().toString(36).slice(2);
  const body = typeof context.body === 'string' ? context.body : await new Response(context.body).text();
  const folder = context.query.tampered ? 'cors-tampered' : 'cors';
  const loaderHash = JSON.parse(readFileSync('dist/integrity.json', 'utf8'))['ispeed.js'];
  context.body = body
    .replaceAll('__CDN__', cdn.origin)
    .replaceAll('__NONCE__', nonce)
    .replaceAll('__PAGE_HOST__', context.host)
    .replaceAll('__SRI_FOLDER__', folder)
    .replaceAll('__SRI_LOADER__', loaderHash);
  context.set('Content-Security-Policy', portalCsp(String(context.query.csp ?? ''), nonce));
  context.set('Cache-Control', 'no-store');
}

/**
 * `?delay=MS` on any request, or a path under `/__slow/MS/`, answers it late, like a slow mobile link, so
 * tests can make the widget code arrive after the page's first paint.
 */
async function slowLink(context, next) {
  // `/__slow/MS/path` is the same for whole folders (an asset base that answers late).
  const slowFolder = /^\/__slow\/(\d+)(\/.*)$/.exec(context.path);
  if (slowFolder) context.url = slowFolder[2];
  const delay = Number(slowFolder?.[1] ?? context.query.delay);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 10000)));
  return next();
}

/**
 * `/__redirect?to=URL` answers 302 to URL (an open redirect on an allowed host;
 * `/__redirect-to/ENCODED-FOLDER/file` for a whole folder),
 * and `/__cors/path` serves path with `Access-Control-Allow-Origin: *`, as an
 * attacker's host would: together they prove data fetches check where they ended up.
 */
async function redirects(context, next) {
  if (context.path === '/__redirect') {
    context.status = 302;
    context.set('Location', String(context.query.to ?? '/'));
    return;
  }
  // `/__redirect-to/ENCODED-FOLDER/file`: the same for every file of a folder (an asset base).
  const folder = /^\/__redirect-to\/([^/]+)\/(.*)$/.exec(context.path);
  if (folder) {
    context.status = 302;
    context.set('Location', `${decodeURIComponent(folder[1])}/${folder[2]}`);
    return;
  }
  if (context.path.startsWith('/__cors/')) {
    context.url = context.url.slice('/__cors'.length);
    await next();
    context.set('Access-Control-Allow-Origin', '*');
    return;
  }
  return next();
}

/**
 * A path that cannot name a file under the root (bad %-encoding, a NUL byte,
 * leaving the root) gets its 400 or 403 here, as the dev server's static files
 * would answer it, but without the stack trace the dev server logs for each:
 * the fuzz test asks for such paths on purpose.
 */
function refuseBadPaths(context, next) {
  const { status } = resolveUrlPath('.', context.path);
  if (!status) return next();
  context.status = status;
}

/**
 * The default reporter, without the list of 404 requests of a test file that
 * passed: tests ask for missing files on purpose (fallbacks, the fuzz test's
 * hostile addresses). A file that fails still lists them, with its errors.
 */
function reporterWithout404sOfPassingFiles() {
  const reporter = defaultReporter();
  return {
    ...reporter,
    reportTestFileResults(args) {
      const sessionsForTestFile = args.sessionsForTestFile.map((session) =>
        session.passed ? { ...session, request404s: [] } : session,
      );
      return reporter.reportTestFileResults({ ...args, sessionsForTestFile });
    },
  };
}

const chromium = (contextOptions = {}, extraArgs = []) =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] },
    createBrowserContext: ({ browser }) => browser.newContext(contextOptions),
  });

/** Real phone user agents, for the tests in test/devices/. */
const PHONES = { iphone: DEVICES.iphone, android: DEVICES.android };

export default {
  files: ['test/**/*.test.ts', '!test/devices/**', '!test/data/vietnam-time.test.ts', '!test/visual/**'],
  groups: [
    ...Object.entries(PHONES).map(([name, context]) => ({
      name,
      files: 'test/devices/*.test.ts',
      browsers: [chromium(context)],
    })),
    // Honolulu is 17 hours behind Vietnam: days left must still be counted in Vietnam.
    {
      name: 'far-time-zone',
      files: 'test/data/vietnam-time.test.ts',
      browsers: [chromium({ timezoneId: 'Pacific/Honolulu' })],
    },
    // Screenshots compared with references: one fixed, motionless context (the test sets the height).
    {
      name: 'visual',
      files: 'test/visual/*.test.ts',
      browsers: [
        chromium(
          {
            viewport: { width: 1280, height: 900 },
            deviceScaleFactor: 1,
            reducedMotion: 'reduce',
            colorScheme: 'dark',
          },
          // A frame is drawn only once every layer is rasterised: on a busy machine, software raster
          // otherwise hands over frames with whole layers missing (a banner blank but for one list).
          ['--run-all-compositor-stages-before-draw'],
        ),
      ],
    },
  ],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  // One test file per core: more only makes each one slower.
  concurrency: availableParallelism(),
  plugins: [
    screenshotArea,
    visualRegression,
    paste.plugin,
    browserConsole,
    ariaSnapshot,
    frameLook,
    frameAxe,
    printPages,
    departmentJson,
    generatedData,
    recordPrintPage,
    pastedPages,
    readmeSnippets,
    commonJsAsModules({ 'qrcode/lib/core/qrcode.js': ['create'], jsqr: [], saxes: ['SaxesParser'] }),
    jsonModules,
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tsconfig.json' }),
  ],
  middleware: [refuseBadPaths, slowLink, redirects, trickle, strictCspForFixturePages, paste.middleware, portalPages],
  browsers: [chromium()],
  reporters: [reporterWithout404sOfPassingFiles(), summaryReporter()],
  // Mocha's timeout per test catches a test that hangs: a minute, as one that
  // takes 3 s alone took over 10 s on a busy 2-core machine. The runner's own
  // limits, per test file, only catch a browser or page that stopped
  // answering: far above what a file takes on such a machine (a minute at
  // most when measured), so a slow but healthy run never fails on them.
  testFramework: { config: { timeout: 60_000 } },
  browserStartTimeout: 2 * 60_000,
  testsStartTimeout: 2 * 60_000,
  testsFinishTimeout: 15 * 60_000,
};
