// Every test runs in headless Chromium: Debian's package on CI, or whatever
// CHROME_PATH names. Source tests import src/ (TypeScript through esbuild);
// end-to-end tests load the built dist/ into iframes, as a portal would.
import { existsSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { summaryReporter } from './test/helpers/summary-reporter.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/lib/chromium.mjs';
import { STRICT_CSP } from './scripts/serve.mjs';

if (!existsSync('dist/ispeed.js')) {
  console.error('\ndist/ is missing: the end-to-end tests load the built files. Run "npm test" (it builds first) or "npm run build".\n');
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
 * qrcode (and jsqr, used by tests to decode) are CommonJS, which the dev
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
            stdin: { contents: `import cjs from '${source}'; ${named} export default cjs;`, resolveDir: process.cwd() },
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
 * `aria-snapshot`: the browser's accessibility tree under a selector (it
 * pierces shadow roots), as Playwright reads it: what a screen reader gets.
 */
const ariaSnapshot = {
  name: 'aria-snapshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'aria-snapshot') return undefined;
    return session.browser.getPage(session.id).locator(payload.selector).ariaSnapshot();
  },
};

/**
 * dist's pages (print, embed, configurator) are product pages without the test recorder: add it when
 * tests load the page, so they can see CSP violations and errors.
 */
const recordPrintPage = {
  name: 'record-print-page',
  transform(context) {
    if (context.path === '/dist/print.html' || context.path === '/dist/embed.html' || context.path === '/dist/configurator/index.html') {
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
      return { body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><script src="/test/pages/recorder.js"></script></head><body>\n${body}\n</body></html>`, type: 'html' };
    }
    if (context.path === '/__tampered/ispeed.js') {
      // One letter of a message changed: still valid JavaScript, different bytes.
      const code = readFileSync('dist/ispeed.js', 'utf8').replace('[ispeed-widgets]', '[ispeed-widgetz]');
      return { body: code, type: 'js', headers: { 'access-control-allow-origin': '*' } };
    }
  },
};

/** Fixture pages (test/pages/) and dist/'s own pages get the strict CSP a careful portal sends. */
function strictCspForFixturePages(context, next) {
  return next().then(() => {
    const fixturePage =
      context.path.startsWith('/test/pages/') || context.path === '/__paste' || /^\/dist\/([^/]+\.html|configurator\/.*)$/.test(context.path);
    if (fixturePage) context.set('Content-Security-Policy', STRICT_CSP);
  });
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

const chromium = (contextOptions = {}) =>
  playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    createBrowserContext: ({ browser }) => browser.newContext(contextOptions),
  });

/** Real phone user agents, for the tests in test/devices/. */
const PHONES = {
  iphone: {
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  },
  android: {
    userAgent:
      'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    viewport: { width: 360, height: 800 },
    isMobile: true,
    hasTouch: true,
  },
};

export default {
  files: ['test/**/*.test.ts', '!test/devices/**'],
  groups: Object.entries(PHONES).map(([name, context]) => ({ name, files: 'test/devices/*.test.ts', browsers: [chromium(context)] })),
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  concurrency: 2,
  plugins: [screenshotArea, ariaSnapshot, recordPrintPage, pastedPages, commonJsAsModules({ 'qrcode/lib/core/qrcode.js': ['create'], jsqr: [] }), jsonModules, esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tsconfig.json' })],
  middleware: [slowLink, strictCspForFixturePages],
  browsers: [chromium()],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
};
