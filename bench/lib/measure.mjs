// One cold page load on the emulated phone and link, and what it is read for.
// Every function handed to the page is a function, never a string: the pages
// enforce Trusted Types, which blocks Playwright's string predicates.

export const CPU_SLOWDOWN = 4;
export const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/**
 * Runs in the page before any of its scripts (addInitScript). Records long
 * tasks, layout shifts, when the first banner's fallback image is visible
 * (its `load` event, then the next animation frame, whose paint shows it:
 * this works for an image on any origin, where Element Timing and LCP give
 * no render time without Timing-Allow-Origin), CSP violations and errors.
 */
export function installRecorder() {
  const record = { longTasks: [], layoutShift: 0, imageLoaded: null, imageVisible: null, violations: [], errors: [] };
  window.__bench = record;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) record.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (error) {
    record.errors.push(`PerformanceObserver: ${error}`);
  }
  document.addEventListener(
    'load',
    (event) => {
      const target = event.target;
      if (record.imageLoaded !== null || !(target instanceof HTMLImageElement) || !target.closest('ispeed-banner'))
        return;
      record.imageLoaded = performance.now();
      requestAnimationFrame(() => {
        record.imageVisible = performance.now();
      });
    },
    true,
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    record.errors.push(`CSP ${event.violatedDirective} ${event.blockedURI}`),
  );
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      record.errors.push(
        target && target !== window ? `failed to load ${target.src || target.href}` : String(event.message),
      );
    },
    true,
  );
}

/** True (as the time since navigation) once `count` banners have rendered their card in their shadow root. */
export function bannersRendered(count) {
  const banners = document.querySelectorAll('ispeed-banner');
  if (banners.length < count) return false;
  for (const banner of banners) if (!banner.shadowRoot?.querySelector('.card')) return false;
  return performance.now();
}

function fallbackImageVisible() {
  return window.__bench.imageVisible ?? false;
}

/** A fresh browser context (cold connections, no cache) throttled like a cheap phone on a slow mobile link. */
async function openColdPage(browser) {
  const context = await browser.newContext();
  await context.addInitScript(installRecorder);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const consoleProblems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      consoleProblems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleProblems.push(`uncaught: ${error.message}`));
  return { context, page, cdp, consoleProblems };
}

/** Waits until the page has loaded and its main thread is idle, so late long tasks and shifts are counted. */
async function settle(page, timeout) {
  await page.waitForFunction(() => document.readyState === 'complete', null, { polling: 'raf', timeout });
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 })));
}

/**
 * Milliseconds the script at `url` ran on the main thread, from a trace:
 * its evaluation (compiling included) and every call into it from a task
 * (an observer's or an event's callback). These events do not nest.
 */
function scriptRunTime(traceEvents, url) {
  return (
    traceEvents
      .filter(
        (event) =>
          event.ph === 'X' && ['EvaluateScript', 'FunctionCall'].includes(event.name) && event.args?.data?.url === url,
      )
      .reduce((total, event) => total + event.dur, 0) / 1000
  );
}

const blockingTime = (durations) => durations.reduce((total, duration) => total + Math.max(0, duration - 50), 0);

/**
 * Loads `url` once, cold. `ready` (a page function returning a time or
 * false) and `readyArg` say when the widget counts as rendered; without
 * `ready` the page is the static one. `heap` also reads the JS heap after a GC;
 * `scriptTime` (a script's address) reads from a performance trace how long
 * that script ran on the main thread (its evaluation, and its callbacks such
 * as a MutationObserver's), and when the page's load event started.
 */
export async function measureLoad(
  browser,
  { url, ready, readyArg, waitForImage = true, heap = false, scriptTime = null, timeout = 60000 },
) {
  const { context, page, cdp, consoleProblems } = await openColdPage(browser);
  try {
    // Only the main thread's timeline: the events that say which script ran, and for how long.
    if (scriptTime) await browser.startTracing(page, { categories: ['devtools.timeline'] });
    await page.goto(url, { waitUntil: 'commit', timeout });
    const waitFor = async (fn, arg) => (await page.waitForFunction(fn, arg, { polling: 'raf', timeout })).jsonValue();
    const [imageVisible, widgetRendered] = await Promise.all([
      waitForImage ? waitFor(fallbackImageVisible, null) : null,
      ready ? waitFor(ready, readyArg) : null,
    ]);
    await settle(page, timeout);
    const record = await page.evaluate(() => window.__bench);
    let heapUsed = null;
    if (heap) {
      await cdp.send('HeapProfiler.collectGarbage');
      heapUsed = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    }
    let timing = null;
    if (scriptTime) {
      const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8'));
      timing = {
        scriptMs: scriptRunTime(traceEvents, scriptTime),
        loadEventMs: await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventStart),
      };
    }
    return {
      ...timing,
      imageVisible,
      widgetRendered,
      ratio: imageVisible && widgetRendered ? widgetRendered / imageVisible : null,
      tbt: blockingTime(record.longTasks),
      longTasks: record.longTasks.length,
      cls: record.layoutShift,
      heapUsed,
      problems: [...record.errors, ...consoleProblems],
    };
  } finally {
    await context.close();
  }
}
