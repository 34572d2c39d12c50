// Takes full-page screenshots of the demo pages, to look at what visitors see.
// Usage: npm run screenshot [-- --width 1280 --out screenshots page.html ...]
//        npm run screenshot -- --pdf poster.html   (print to PDF, as the browser's Print would)
//        npm run screenshot -- --forced-colors     (as Windows High Contrast shows it)
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';
import { startServer } from './serve.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    width: { type: 'string', default: '1280' },
    out: { type: 'string', default: 'screenshots' },
    mobile: { type: 'boolean', default: false },
    pdf: { type: 'boolean', default: false },
    'forced-colors': { type: 'boolean', default: false },
  },
});
const pages = positionals.length ? positionals : ['index.html', 'portal.html'];
mkdirSync(values.out, { recursive: true });

const server = await startServer({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({
    viewport: { width: Number(values.width), height: 900 },
    ...(values.mobile
      ? {
          isMobile: true,
          hasTouch: true,
          userAgent:
            'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
        }
      : {}),
  });
  const page = await context.newPage();
  if (values['forced-colors']) await page.emulateMedia({ forcedColors: 'active' });
  page.on('console', (message) => console.log(`  [${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`  [pageerror] ${error.message}`));
  for (const name of pages) {
    await page.goto(`${server.origin}${name.startsWith('/') ? name : `/demo/${name}`}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const stem = `${values.out}/${name.replace(/\W+/g, '-')}`;
    const file = values.pdf
      ? `${stem}.pdf`
      : `${stem}-${values.width}${values.mobile ? '-mobile' : ''}${values['forced-colors'] ? '-forced-colors' : ''}.png`;
    if (values.pdf) await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    else await page.screenshot({ path: file, fullPage: true });
    console.log(`Saved ${file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
