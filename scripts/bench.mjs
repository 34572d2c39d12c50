// npm run bench: what the widgets cost a visitor. Sizes from the built files,
// and time to a rendered banner in headless Chromium on an emulated cheap
// phone (4x slower CPU) over a slow mobile link, cold cache each run.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';
import { printSizeReport } from './lib/sizes.mjs';
import { startServer } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

printSizeReport('dist');

const server = await startServer({ root: '.', port: 0 });
const { port } = server.address();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

async function timeToBanner(page) {
  const started = Date.now();
  await page.goto(`http://127.0.0.1:${port}${page.benchPath}`);
  await page.waitForFunction(() => document.querySelector('ispeed-banner')?.shadowRoot?.querySelector('.card'), null, { polling: 'raf', timeout: 30000 });
  const navigationToRender = await page.evaluate(() => performance.now());
  return { wall: Date.now() - started, sinceNavigation: navigationToRender };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  console.log(`\nTime to a rendered banner, median of ${RUNS} cold loads (4x CPU slowdown, 150 ms RTT, 1.6 Mbps):`);
  for (const [label, path] of [
    ['loader (ispeed.js + chunk)', '/bench/one-banner.html'],
    ['bundle (ispeed.bundle.js)', '/bench/one-banner-bundle.html'],
  ]) {
    const samples = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', NETWORK);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      page.benchPath = path;
      samples.push((await timeToBanner(page)).sinceNavigation);
      await context.close();
    }
    console.log(`  ${label.padEnd(30)} ${Math.round(median(samples))} ms  (min ${Math.round(Math.min(...samples))}, max ${Math.round(Math.max(...samples))})`);
  }
} finally {
  await browser.close();
  server.close();
}
