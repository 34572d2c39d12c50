// npm run bench: what the widgets cost a visitor. Sizes from the built files;
// then, in headless Chromium on an emulated cheap phone (4x slower CPU) over a
// slow mobile link, cold each run, the static `<a><img>` portal page against
// the same page with the loader (same origin, and from a second origin that
// sends no CORS header) and with the bundle, loaded alternately run by run;
// then pages of 1 to 1,000 banners. Writes bench/results.json.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CPU_SLOWDOWN, NETWORK, bannersRendered, measureLoad } from '../bench/lib/measure.mjs';
import { portalCsp, portalPage } from '../bench/lib/pages.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';
import { BUDGETS, printSizeReport } from '../build/sizes.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const RUNS = Math.max(9, Number(process.env.BENCH_RUNS ?? 9));
/** `BENCH_ONLY=site-script` measures only the site script's cost, keeping the rest of bench/results.json. */
const ONLY_SITE_SCRIPT = process.env.BENCH_ONLY === 'site-script';
const SCALE_RUNS = Math.max(1, Number(process.env.BENCH_SCALE_RUNS ?? 3));
const SCALE_COUNTS = [1, 10, 100, 1000];
const started = Date.now();
// Other work on the machine adds noise to every timing; the load average says how busy it was.
const loadAtStart = loadavg()[0];

const sizes = printSizeReport('dist');

/**
 * A bench origin on 127.0.0.1: files from root plus the pages the bench makes
 * in memory (set in the returned `pages` Map), gzip -9 like a production host,
 * `csp` on HTML, no Access-Control-* header.
 */
async function startBenchServer({ root, csp }) {
  const pages = new Map();
  const server = await startStaticServer({
    root,
    gzip: true,
    headers: (file) => (csp && file.endsWith('.html') ? { 'content-security-policy': csp } : {}),
    route: (url) => (pages.has(url.pathname) ? { body: pages.get(url.pathname), path: url.pathname } : undefined),
  });
  return { ...server, pages };
}

// The Department's host: dist/ on its own origin, with no Access-Control-* header.
const cdn = await startBenchServer({ root: 'dist' });
// The portal: its pages, bench/portal.css and a copy of dist/ under /dist/ (the same-origin cases).
const portal = await startBenchServer({ root: '.', csp: portalCsp(cdn.origin) });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

const PAGES = [
  { id: 'static', label: 'static `<a><img>` page', assets: '/dist/assets', script: null },
  { id: 'loader', label: 'loader `ispeed.js`, same origin', assets: '/dist/assets', script: '/dist/ispeed.js' },
  {
    id: 'loader-cross-origin',
    label: 'loader from a second origin, no CORS',
    assets: `${cdn.origin}/assets`,
    script: `${cdn.origin}/ispeed.js`,
  },
  {
    id: 'bundle',
    label: 'bundle `ispeed.bundle.js`, same origin',
    assets: '/dist/assets',
    script: '/dist/ispeed.bundle.js',
  },
];
for (const page of PAGES) portal.pages.set(`/${page.id}.html`, portalPage({ title: `Bench: ${page.label}`, ...page }));

/**
 * Hook for extra cases (the 12,000-row progress ranking, say): each
 * module in bench/extra-cases/ default-exports
 *   { id, label, page({ cdn }) => html, ready: pageFunction, readyArg?, waitForImage? }
 * where `ready` runs in the page (a function, not a string) and returns the
 * time since navigation once the widget is rendered, else false. Each is
 * measured RUNS times under the same conditions after the four main pages,
 * served from the portal origin (so its scripts may use /dist/...).
 */
async function loadExtraCases() {
  const folder = new URL('../bench/extra-cases/', import.meta.url);
  let files;
  try {
    files = readdirSync(folder)
      .filter((file) => file.endsWith('.mjs'))
      .sort();
  } catch {
    return [];
  }
  return Promise.all(files.map(async (file) => (await import(new URL(file, folder).href)).default));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/** Median, min and max of the non-null values (null when there are none). */
function summary(values) {
  const present = values.filter((value) => value !== null && value !== undefined);
  if (!present.length) return null;
  return { median: median(present), min: Math.min(...present), max: Math.max(...present) };
}

const ms = (stat) => (stat ? `${Math.round(stat.median)} ms (${Math.round(stat.min)}–${Math.round(stat.max)})` : '–');
const times = (stat) => (stat ? `${stat.median.toFixed(2)}x (${stat.min.toFixed(2)}–${stat.max.toFixed(2)})` : '–');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (stat) =>
  stat
    ? `${(stat.median / 1024 / 1024).toFixed(2)} MB${stat.min === stat.max ? '' : ` (${(stat.min / 1024 / 1024).toFixed(2)}–${(stat.max / 1024 / 1024).toFixed(2)})`}`
    : '–';

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function summarisePage(page, samples) {
  return {
    id: page.id,
    label: page.label,
    imageVisible: summary(samples.map((sample) => sample.imageVisible)),
    widgetRendered: summary(samples.map((sample) => sample.widgetRendered)),
    ratio: summary(samples.map((sample) => sample.ratio)),
    tbt: summary(samples.map((sample) => sample.tbt)),
    cls: summary(samples.map((sample) => sample.cls)),
    samples,
  };
}

/**
 * The site script's cost where it has nothing to do: a page with no widget
 * and no smart link (and the same with 50 plain links for it to look at),
 * without and with `ispeed.js` from the Department's host in the footer,
 * loaded alternately run by run like the pages above. What it adds is each
 * run's difference, page with the script minus the same page without it.
 */
const SITE_SCRIPT_PAGES = [
  { id: 'no-widget', label: 'no widget, no link', links: 0, script: null },
  { id: 'no-widget-script', label: 'no widget, no link, site script', links: 0, script: 'cdn' },
  { id: 'links-50', label: '50 plain links', links: 50, script: null },
  { id: 'links-50-script', label: '50 plain links, site script', links: 50, script: 'cdn' },
];

async function measureSiteScript() {
  for (const page of SITE_SCRIPT_PAGES)
    portal.pages.set(
      `/${page.id}.html`,
      portalPage({
        title: `Bench: ${page.label}`,
        assets: '/dist/assets',
        script: page.script && `${cdn.origin}/ispeed.js`,
        banners: 0,
        links: page.links,
      }),
    );
  console.log(
    `\nThe site script on pages without widgets, ${RUNS} cold loads of each page, alternating, same conditions:`,
  );
  await measureLoad(browser, { url: `${portal.origin}/no-widget.html`, waitForImage: false });
  const samples = Object.fromEntries(SITE_SCRIPT_PAGES.map((page) => [page.id, []]));
  for (let run = 0; run < RUNS; run++) {
    for (let turn = 0; turn < SITE_SCRIPT_PAGES.length; turn++) {
      const page = SITE_SCRIPT_PAGES[(run + turn) % SITE_SCRIPT_PAGES.length];
      const sample = await measureLoad(browser, {
        url: `${portal.origin}/${page.id}.html`,
        waitForImage: false,
        scriptTime: `${cdn.origin}/ispeed.js`,
      });
      samples[page.id].push(keep(page.id, sample));
    }
    process.stdout.write(`  run ${run + 1}/${RUNS} done (${Math.round((Date.now() - started) / 1000)} s)\n`);
  }
  const metrics = ['scriptMs', 'loadEventMs', 'tbt'];
  const pages = SITE_SCRIPT_PAGES.map((page) => ({
    id: page.id,
    label: page.label,
    ...Object.fromEntries(metrics.map((metric) => [metric, summary(samples[page.id].map((sample) => sample[metric]))])),
    samples: samples[page.id],
  }));
  const added = SITE_SCRIPT_PAGES.filter((page) => page.script).map((page) => {
    const without = page.id.replace(/-script$/, '');
    return {
      page: without,
      label: SITE_SCRIPT_PAGES.find((other) => other.id === without).label,
      ...Object.fromEntries(
        metrics.map((metric) => [
          metric,
          summary(samples[page.id].map((sample, run) => sample[metric] - samples[without][run][metric])),
        ]),
      ),
    };
  });
  return {
    date: new Date().toISOString(),
    conditions: {
      pages:
        "the bench's portal page without a banner; the site script is `ispeed.js` from the second origin, async, in the footer",
      scriptMs:
        "ispeed.js's own main-thread time from a performance trace (devtools.timeline: EvaluateScript and FunctionCall events of its address, until the page is loaded and idle), under the CPU slowdown",
      loadEventMs: "the navigation entry's loadEventStart (an async script delays the load event until it has run)",
      added: "each run's page with the script minus the same page without it, loaded in the same run",
    },
    pages,
    added,
    loadAverage1m: Number(loadavg()[0].toFixed(2)),
  };
}

const problems = new Set();
function keep(caseId, sample) {
  for (const problem of sample.problems) problems.add(`${caseId}: ${problem}`);
  delete sample.problems;
  return sample;
}

let results;
try {
  const chromiumVersion = browser.version();
  if (ONLY_SITE_SCRIPT) {
    // The other sections as the last full run left them.
    results = JSON.parse(readFileSync('bench/results.json', 'utf8'));
  } else {
    // Side by side: every run loads each page once, the order rotated run by run.
    console.log(
      `\nStatic image against widget, ${RUNS} cold loads of each page, alternating (Chromium ${chromiumVersion}, ${CPU_SLOWDOWN}x CPU slowdown, 150 ms RTT, 1.6 Mbps down):`,
    );
    // One discarded load first, so the browser's own start-up is not charged to whichever page comes first.
    await measureLoad(browser, { url: `${portal.origin}/static.html` });
    const samples = Object.fromEntries(PAGES.map((page) => [page.id, []]));
    for (let run = 0; run < RUNS; run++) {
      for (let turn = 0; turn < PAGES.length; turn++) {
        const page = PAGES[(run + turn) % PAGES.length];
        const sample = await measureLoad(browser, {
          url: `${portal.origin}/${page.id}.html`,
          ready: page.script ? bannersRendered : undefined,
          readyArg: 1,
        });
        samples[page.id].push(keep(page.id, sample));
      }
      process.stdout.write(`  run ${run + 1}/${RUNS} done (${Math.round((Date.now() - started) / 1000)} s)\n`);
    }
    const pages = PAGES.map((page) => summarisePage(page, samples[page.id]));
    const staticPage = pages.find((page) => page.id === 'static');
    for (const page of pages) {
      // Against the static page's image in the same run (loaded seconds apart, so under the same machine load).
      page.widgetVsStaticPage = page.widgetRendered
        ? summary(samples[page.id].map((sample, run) => sample.widgetRendered / samples.static[run].imageVisible))
        : null;
      page.tbtAdded = page.tbt.median - staticPage.tbt.median;
    }

    const extraCases = await loadExtraCases();
    const extras = [];
    for (const extra of extraCases) {
      portal.pages.set(`/extra-${extra.id}.html`, extra.page({ cdn: cdn.origin }));
      const extraSamples = [];
      for (let run = 0; run < RUNS; run++) {
        const sample = await measureLoad(browser, {
          url: `${portal.origin}/extra-${extra.id}.html`,
          ready: extra.ready,
          readyArg: extra.readyArg ?? null,
          waitForImage: extra.waitForImage ?? false,
        });
        extraSamples.push(keep(extra.id, sample));
      }
      extras.push(summarisePage(extra, extraSamples));
    }

    // Scale: the same portal with N banners, loader same origin, the sizes alternating run by run like the pages above;
    // and (once each) the static page of N images, for the heap that page holds without any widget.
    console.log(
      `\nScale: 1 to 1,000 banners, loader same origin, ${SCALE_RUNS} cold loads each, alternating, same conditions:`,
    );
    const timeout = 180000;
    const scaleSamples = Object.fromEntries(SCALE_COUNTS.map((count) => [count, { widget: [], static: [] }]));
    for (const count of SCALE_COUNTS) {
      portal.pages.set(
        `/scale-${count}.html`,
        portalPage({
          title: `Bench: ${count} banners`,
          assets: '/dist/assets',
          script: '/dist/ispeed.js',
          banners: count,
        }),
      );
      portal.pages.set(
        `/scale-${count}-static.html`,
        portalPage({ title: `Bench: ${count} images`, assets: '/dist/assets', script: null, banners: count }),
      );
      scaleSamples[count].static.push(
        keep(
          `scale-${count}-static`,
          await measureLoad(browser, { url: `${portal.origin}/scale-${count}-static.html`, heap: true, timeout }),
        ),
      );
    }
    for (let run = 0; run < SCALE_RUNS; run++) {
      for (const count of SCALE_COUNTS) {
        const sample = await measureLoad(browser, {
          url: `${portal.origin}/scale-${count}.html`,
          ready: bannersRendered,
          readyArg: count,
          heap: true,
          timeout,
        });
        scaleSamples[count].widget.push(keep(`scale-${count}`, sample));
      }
      process.stdout.write(`  run ${run + 1}/${SCALE_RUNS} done (${Math.round((Date.now() - started) / 1000)} s)\n`);
    }
    const scale = SCALE_COUNTS.map((count) => {
      const { widget, static: staticSamples } = scaleSamples[count];
      const entry = {
        banners: count,
        allRendered: summary(widget.map((sample) => sample.widgetRendered)),
        heapUsed: summary(widget.map((sample) => sample.heapUsed)),
        staticHeapUsed: summary(staticSamples.map((sample) => sample.heapUsed)),
        tbt: summary(widget.map((sample) => sample.tbt)),
        samples: widget,
        staticSamples,
      };
      entry.heapAdded = entry.heapUsed.median - entry.staticHeapUsed.median;
      return entry;
    });

    results = {
      date: new Date().toISOString(),
      chromium: chromiumVersion,
      node: process.version,
      runs: RUNS,
      scaleRuns: SCALE_RUNS,
      conditions: {
        cpuThrottlingRate: CPU_SLOWDOWN,
        latencyMs: NETWORK.latency,
        downloadMbps: 1.6,
        uploadKbps: 750,
        cache: 'disabled (Network.setCacheDisabled), a fresh browser context per load',
        order: 'each run loads every page once, the order rotated by one page per run',
        serving:
          'two local servers on 127.0.0.1 (portal, and dist/ as a second origin with no Access-Control-* header), HTTP/1.1, gzip -9',
        csp: portalCsp('<second origin>'),
        viewport: '1280x720 (Playwright default), desktop user agent',
        imageVisible:
          "the first banner's fallback <img> load event, then the next requestAnimationFrame (the frame that paints it), ms since navigation start",
        widgetRendered:
          "the first rAF at which every ispeed-banner's shadow root has .card (page.waitForFunction, polling 'raf'), ms since navigation start",
        ratio: 'widgetRendered / imageVisible of the same load',
        widgetVsStaticPage:
          "widgetRendered / the static page's imageVisible in the same run (paired, so both saw the same machine load)",
        tbt: 'sum of (duration - 50 ms) of long tasks (PerformanceObserver longtask, installed before the page runs) from navigation until the page is loaded and idle',
        cls: 'sum of layout-shift entries without recent input, until the page is loaded and idle',
        heap: 'CDP Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage, once all banners are rendered',
      },
      sizes,
      pages,
      extras,
      scale,
      problems: [...problems],
      durationSeconds: Math.round((Date.now() - started) / 1000),
      machine: {
        cpus: availableParallelism(),
        loadAverage1mAtStart: Number(loadAtStart.toFixed(2)),
        loadAverage1mAtEnd: Number(loadavg()[0].toFixed(2)),
      },
    };
  }
  results.siteScript = await measureSiteScript();
  results.siteScript.problems = [...problems].filter((problem) =>
    SITE_SCRIPT_PAGES.some((page) => problem.startsWith(`${page.id}:`)),
  );
} finally {
  await browser.close();
  await cdn.close();
  await portal.close();
}

writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const sizeTable = table(
  ['file or page', 'gzip -9', 'budget'],
  [
    ['`ispeed.js` (the pasted tag)', kb(sizes.loader), kb(BUDGETS.loader)],
    [
      'JS a page with one banner downloads',
      `${kb(sizes.bannerPage)} (ispeed.js + ${sizes.bannerFiles.length} chunks)`,
      kb(BUDGETS.bannerPage),
    ],
    ['what the QR card adds when first used', kb(sizes.qrCard), '–'],
    ['`ispeed.bundle.js`', kb(sizes.bundle), kb(BUDGETS.bundle)],
  ],
);
const pageTable = table(
  [
    'page',
    'static image visible',
    'widget rendered',
    'ratio, same load',
    'ratio to the static page',
    'TBT',
    'TBT added',
    'CLS',
  ],
  [...results.pages, ...results.extras].map((page) => [
    page.label,
    ms(page.imageVisible),
    ms(page.widgetRendered),
    times(page.ratio),
    times(page.widgetVsStaticPage),
    ms(page.tbt),
    page.tbtAdded === undefined ? '–' : `${Math.round(page.tbtAdded)} ms`,
    page.cls ? page.cls.max.toFixed(3) : '–',
  ]),
);
const scaleTable = table(
  ['banners', 'all rendered', 'JS heap', 'heap of the static page', 'heap added', 'TBT'],
  results.scale.map((entry) => [
    entry.banners.toLocaleString('en'),
    ms(entry.allRendered),
    mb(entry.heapUsed),
    mb(entry.staticHeapUsed),
    `${(entry.heapAdded / 1024 / 1024).toFixed(1)} MB`,
    ms(entry.tbt),
  ]),
);
const siteScriptTable = table(
  ['page', "ispeed.js's main-thread time", 'load event later by', 'TBT added'],
  results.siteScript.added.map((entry) => [entry.label, ms(entry.scriptMs), ms(entry.loadEventMs), ms(entry.tbt)]),
);
console.log(`\nSizes:\n\n${sizeTable}`);
console.log(`\nMedian (min–max) of ${RUNS} cold loads each; CLS is the largest seen:\n\n${pageTable}`);
console.log(`\nScale, median (min–max) of ${SCALE_RUNS} cold loads each:\n\n${scaleTable}`);
console.log(
  `\nThe site script on a page without widgets, what it adds, median (min–max) of ${RUNS} paired cold loads:\n\n${siteScriptTable}`,
);
if (problems.size)
  console.log(
    `\nProblems seen (console errors and warnings, CSP violations, failed loads):\n  ${[...problems].join('\n  ')}`,
  );
console.log(
  `\nWrote bench/results.json (${results.durationSeconds} s, Chromium ${results.chromium}, load average ${results.machine.loadAverage1mAtStart} → ${results.machine.loadAverage1mAtEnd} on ${results.machine.cpus} CPUs).`,
);
