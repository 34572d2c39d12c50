// How fast `ispeed-widgets clicks` reads a big access log, and in how much
// memory: writes a generated nginx log of SIZE_MB (default 1024) to a temporary
// folder, counts it, and prints MB/s and the peak resident memory.
// Usage: npm run build && node scripts/bench-clicks.mjs [SIZE_MB]
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { countClicks } from '../cli/commands/clicks.mjs';

// The count runs in a process of its own, so its peak memory is the count's alone.
if (process.argv[2] === '--count') {
  const file = process.argv[3];
  const bytes = statSync(file).size;
  const started = process.hrtime.bigint();
  const { records } = await countClicks([file]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const clicks = records.reduce((sum, record) => sum + record.clicks, 0);
  console.log(
    `clicks: ${(bytes / 1048576).toFixed(0)} MB in ${seconds.toFixed(1)} s = ${(bytes / 1048576 / seconds).toFixed(0)} MB/s; ` +
      `${clicks} clicks in ${records.length} records; peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  process.exit(0);
}

const sizeMb = Number(process.argv[2] ?? 1024);
const dir = mkdtempSync(join(tmpdir(), 'ispeed-bench-clicks-'));
const file = join(dir, 'access.log');

const AGENTS = [
  'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
];
const PAGES = ['/', '/tin-tuc/bai-viet-1.html', '/ispeed-widgets/ispeed.js', '/assets/style.css', '/images/logo.png'];

async function writeLog() {
  const out = createWriteStream(file);
  let written = 0;
  let time = Date.UTC(2026, 9, 1);
  for (let n = 0; written < sizeMb * 1048576; n++) {
    time += 37;
    const date = new Date(time);
    const stamp = `${String(date.getUTCDate()).padStart(2, '0')}/${date.toUTCString().slice(8, 11)}/${date.getUTCFullYear()}:${date.toISOString().slice(11, 19)} +0000`;
    // One request in twenty is the smart link, from 500 units and 200,000 visitors.
    const target =
      n % 20 === 0
        ? `/ispeed-widgets/go.html?widget=banner&size=300x250&unit=xa-${n % 500}&lang=vi`
        : PAGES[n % PAGES.length];
    const line = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n % 200} - - [${stamp}] "GET ${target} HTTP/1.1" 200 ${n % 9000} "https://portal-${n % 300}.daklak.gov.vn/" "${AGENTS[n % AGENTS.length]}"\n`;
    written += line.length;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

await writeLog();
execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--count', file], { stdio: 'inherit' });
rmSync(dir, { recursive: true, force: true });
