// `ispeed-widgets check-portals <units.csv|department.json>`: which units'
// portals carry the i-Speed banner, in any form, read from each home page (and
// any --paths) as served. Polite: a few requests at a time, a pause between
// requests to one host, a time limit per answer and for the whole run, a size
// cap, redirects only within the portal's own site, and a user agent that says
// who is asking.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, EXIT, exitWith } from '../lib/cli-error.mjs';
import { download, USER_AGENT } from '../lib/http-client.mjs';
import { boundedNumber } from '../lib/number-option.mjs';
import { decodePage } from '../lib/page-text.mjs';
import { portalFindings } from '../lib/portal-findings.mjs';
import { pool } from '../lib/pool.mjs';
import { printable, withoutCredentials } from '../lib/printable.mjs';
import { sharedCode } from '../lib/shared-code.mjs';
import { writeTable } from '../lib/table-files.mjs';
import { readUnitList } from '../lib/unit-list.mjs';

export const usage = `  ispeed-widgets check-portals <units.csv|department.json> [--out <dir>] [options]
      Reads each unit's portal and says whether it carries the i-Speed banner (the
      element, the script, the smart link, the iframe, the artwork, or a link to
      speedtest.vn / i-speed.vn), with the line where each was found. Writes
      <dir>/portals.csv, portals.xlsx and portals.json with --out.
      --columns <map>     the list's column names, e.g. "unit:Mã ĐV,name:Tên,url:Cổng TTĐT"
      --paths <list>      more pages per portal, e.g. "/gioi-thieu,/lien-ket" (at most 5)
      --concurrency <n>   portals at once, 1 to 16 (default 4)
      --delay <ms>        pause between two requests to one host, 0 to 60000 (default 1000)
      --timeout <s>       seconds to wait for each answer, 1 to 600 (default 15)
      --deadline <s>      seconds for the whole command, 1 to 3600 (default 600)
      --max-size <MB>     read at most this much of a page, up to 100 (default 5)
      --browser           render each page in Chromium first (for portals built by JavaScript)
      --lang <vi|en>      language of the output (default vi)`;

export const options = {
  out: { type: 'string', short: 'o' },
  columns: { type: 'string' },
  paths: { type: 'string' },
  concurrency: { type: 'string' },
  delay: { type: 'string' },
  timeout: { type: 'string' },
  deadline: { type: 'string' },
  'max-size': { type: 'string' },
  browser: { type: 'boolean' },
  lang: { type: 'string' },
};

const KIND_WORDS = {
  vi: {
    element: 'thẻ tiện ích',
    loader: 'mã nhúng ispeed.js',
    'smart-link': 'liên kết thông minh',
    iframe: 'khung nhúng',
    artwork: 'ảnh banner',
    link: 'liên kết tới i-Speed',
  },
  en: {
    element: 'widget element',
    loader: 'ispeed.js script',
    'smart-link': 'smart link',
    iframe: 'iframe',
    artwork: 'banner artwork',
    link: 'link to i-Speed',
  },
};

// The table's headings and the banner's words (có, không, không đọc được) are the report's too: PORTAL_TABLE, in src/data/portal-activity.ts.
const WORDS = {
  vi: {
    lang: 'vi',
    kinds: KIND_WORDS.vi,
    line: 'dòng',
    noAddress: 'chưa có địa chỉ cổng',
    scriptOnly: 'trang gần như chỉ có JavaScript: có thể banner chỉ hiện khi chạy; thử --browser',
    otherUnit: (unit) => `banner ghi mã đơn vị khác: ${unit}`,
    summary: (yes, no, unknown) => `${yes} cổng có banner, ${no} cổng không có, ${unknown} cổng không đọc được.`,
    // Why a page was not read (the HTTP client's `why`).
    why: {
      outOfTime: () => 'lệnh đã hết thời gian (--deadline)',
      redirectedAway: ({ to, host }) => `trang chuyển hướng tới ${to}, ra ngoài ${host}`,
      redirects: ({ max }) => `trang chuyển hướng quá ${max} lần`,
      http: ({ status }) => `máy chủ trả lời HTTP ${status}`,
      tooLarge: ({ size }) => `trang lớn hơn ${size}`,
      noAnswer: ({ ms }) => `không có trả lời sau ${ms / 1000} giây`,
      network: ({ detail }) => `lỗi mạng (${detail})`,
      notDownloaded: () => 'không tải được',
    },
    tries: (count) => `sau ${count} lần thử`,
    wrote: (path) => `Đã ghi ${path}`,
    noBrowser: 'không mở được Chromium cho --browser (cần playwright-core và Chromium; xem README).',
  },
  en: {
    lang: 'en',
    kinds: KIND_WORDS.en,
    line: 'line',
    noAddress: 'no portal address',
    scriptOnly: 'the page is almost only JavaScript: the banner may show only when it runs; try --browser',
    otherUnit: (unit) => `the banner credits another unit: ${unit}`,
    summary: (yes, no, unknown) => `${yes} portals carry the banner, ${no} do not, ${unknown} could not be read.`,
    why: {
      outOfTime: () => 'the command ran out of time (--deadline)',
      redirectedAway: ({ to, host }) => `redirected to ${to}, outside ${host}`,
      redirects: ({ max }) => `more than ${max} redirects`,
      http: ({ status }) => `HTTP ${status}`,
      tooLarge: ({ size }) => `larger than ${size}`,
      noAnswer: ({ ms }) => `no answer within ${ms} ms`,
      network: ({ detail }) => `network error (${detail})`,
      notDownloaded: () => 'not downloaded',
    },
    tries: (count) => `after ${count} tries`,
    wrote: (path) => `Wrote ${path}`,
    noBrowser: 'cannot start Chromium for --browser (needs playwright-core and Chromium; see the README).',
  },
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs requests to one host one after another, with a pause after each, so a
 * portal shared by several units (one platform, many paths) is not hammered.
 */
function hostQueue(delayMs) {
  const queues = new Map();
  return (url, request) => {
    const host = new URL(url).host;
    const result = (queues.get(host) ?? Promise.resolve()).then(request);
    queues.set(
      host,
      result.then(() => sleep(delayMs)),
    );
    return result;
  };
}

/** The portal's own site: its host, with or without "www.", so a redirect there is followed. */
function sameSiteHosts(url) {
  const host = new URL(url).hostname;
  return [host.startsWith('www.') ? host.slice(4) : `www.${host}`];
}

function addressOf(raw) {
  if (!raw) return undefined;
  try {
    const url = new URL(/^[a-z][\w+.-]*:/i.test(raw) ? raw : `http://${raw}`);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password ? url : undefined;
  } catch {
    return undefined;
  }
}

export async function run(values, files) {
  const lang = values.lang ?? 'vi';
  if (!(lang in WORDS)) throw new CliError(`--lang must be vi or en, not "${printable(lang)}".`, EXIT.usage);
  const [file] = files;
  if (!file) throw new CliError('check-portals needs the list of units (CSV or department.json).', EXIT.usage);
  if (files.length > 1)
    throw new CliError(`check-portals takes one list, not "${printable(files.join(' '))}".`, EXIT.usage);
  const settings = {
    concurrency: Math.round(boundedNumber(values.concurrency, 'concurrency', 4, { min: 1, max: 16 })),
    delayMs: boundedNumber(values.delay, 'delay', 1000, { min: 0, max: 60000 }),
    timeoutMs: boundedNumber(values.timeout, 'timeout', 15, { min: 1, max: 600 }) * 1000,
    maxBytes: boundedNumber(values['max-size'], 'max-size', 5, { min: 0.001, max: 100 }) * 1048576,
    paths: (values.paths ?? '')
      .split(',')
      .map((path) => path.trim())
      .filter(Boolean),
    browser: Boolean(values.browser),
    columns: values.columns,
  };
  if (settings.paths.length > 5) throw new CliError('--paths takes at most 5 pages per portal.', EXIT.usage);
  if (settings.paths.some((path) => !path.startsWith('/')))
    throw new CliError('--paths are paths on each portal, starting with "/".', EXIT.usage);
  const deadlineMs = boundedNumber(values.deadline, 'deadline', 600, { min: 1, max: 3600 }) * 1000;
  const watchdog = setTimeout(
    () => exitWith(`the command did not finish within ${deadlineMs / 1000} s (--deadline).`, EXIT.unreadable),
    deadlineMs + 5000,
  );
  watchdog.unref();
  const words = { ...WORDS[lang], ...(await sharedCode()).PORTAL_TABLE[lang] };
  const records = await checkPortals(file, { ...settings, deadline: AbortSignal.timeout(deadlineMs), words });
  for (const record of records) process.stdout.write(`${describe(record, words)}\n`);
  const count = (value) => records.filter((record) => record.banner === value).length;
  process.stdout.write(`${words.summary(count(true), count(false), count(null))}\n`);
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    const rows = records.map((record) => [
      record.unit,
      record.name,
      record.url ?? '',
      record.banner === null ? words.unknown : record.banner ? words.yes : words.no,
      record.found.map((finding) => `${words.kinds[finding.kind]} (${words.line} ${finding.line})`).join(', '),
      record.checked,
      record.notes.join('; '),
    ]);
    for (const path of await writeTable(join(values.out, 'portals'), { header: words.columns, rows, lang }))
      process.stdout.write(`${words.wrote(path)}\n`);
    const json = join(values.out, 'portals.json');
    writeFileSync(json, `${JSON.stringify(records, null, 2)}\n`);
    process.stdout.write(`${words.wrote(json)}\n`);
  }
  clearTimeout(watchdog);
  return EXIT.ok;
}

function describe(record, words) {
  const status = record.banner === null ? words.unknown : record.banner ? words.yes : words.no;
  const where = [
    ...new Set(record.found.map((finding) => `${words.kinds[finding.kind]} (${words.line} ${finding.line})`)),
  ];
  const details = [...where, ...record.notes].join('; ');
  return `${record.unit}  ${status}${details ? `: ${details}` : ''}`;
}

/** Checks every unit's portal; one record per unit, in the list's order. */
export async function checkPortals(
  file,
  {
    concurrency = 4,
    delayMs = 1000,
    timeoutMs = 15000,
    maxBytes = 5 << 20,
    paths = [],
    browser = false,
    columns,
    deadline,
    words = WORDS.en,
    log = (line) => process.stderr.write(`${line}\n`),
  },
) {
  const lib = await sharedCode();
  words = { ...lib.PORTAL_TABLE[words.lang ?? 'en'], ...words };
  const { units, problems } = readUnitList(file, { columns, lib });
  for (const problem of problems) log(`  ${file}: ${problem}`);
  const politely = hostQueue(delayMs);
  const render = browser ? await openBrowser(words, timeoutMs) : undefined;
  try {
    return await pool(units, concurrency, async ({ unit, name, url: raw }) => {
      const record = {
        unit,
        name,
        url: null,
        banner: null,
        found: [],
        checked: new Date().toISOString(),
        title: '',
        notes: [],
      };
      const home = addressOf(raw);
      if (!home) {
        record.notes.push(raw ? `${words.unknown}: "${printable(raw).slice(0, 80)}"` : words.noAddress);
        return record;
      }
      record.url = withoutCredentials(home.href);
      const pages = [home.href, ...paths.map((path) => new URL(path, home).href)];
      let read = 0;
      for (const page of pages) {
        const got = await politely(page, () =>
          render
            ? render(page)
            : download(page, {
                maxBytes,
                retries: 0,
                timeoutMs,
                deadline,
                allowHosts: sameSiteHosts(page),
                userAgent: `${USER_AGENT} check-portals`,
              }),
        );
        if (got.skip) {
          // An extra page a portal does not have is no news; its home page not answering is.
          if (page !== home.href && got.why.code === 'http' && got.why.status === 404) continue;
          record.notes.push(`${withoutCredentials(page)}: ${reasonIn(words, got.why)}`);
          continue;
        }
        read++;
        const text = got.html ?? decodePage(got.bytes, got.contentType).text;
        const { found, scriptOnly, title } = portalFindings(text, got.finalUrl, lib.SMART_LINK_PAGE);
        record.title ||= title;
        const pageNote = pages.length > 1 ? ` ${new URL(got.finalUrl).pathname}` : '';
        record.found.push(
          ...found.map((finding) => ({ ...finding, page: got.finalUrl, detail: finding.detail + pageNote })),
        );
        if (scriptOnly && !render && !found.length) record.notes.push(words.scriptOnly);
      }
      record.checked = new Date().toISOString();
      if (read) record.banner = record.found.length > 0;
      const credited = [...new Set(record.found.map((finding) => creditedUnitOf(finding.detail)).filter(Boolean))];
      const others = credited.filter((code) => lib.slugify(code) !== unit);
      if (others.length) record.notes.push(words.otherUnit(others.join(', ')));
      return record;
    });
  } finally {
    await render?.close();
  }
}

/** Why a page was not read, in the output's language; the tries only when there were several. */
function reasonIn(words, { code, tries = 1, ...values }) {
  const reason = (words.why[code] ?? words.why.notDownloaded)(values);
  return tries > 1 ? `${reason}, ${words.tries(tries)}` : reason;
}

function creditedUnitOf(detail) {
  const match = /[?&]unit=([^&#\s]+)|\bunit=(\S+)/.exec(detail);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1] ?? match[2]);
  } catch {
    return match[1] ?? match[2];
  }
}

/** --browser: each page rendered by Chromium, read as its DOM after load. */
async function openBrowser(words, timeoutMs) {
  let chromium;
  let executablePath;
  try {
    ({ chromium } = await import('playwright-core'));
    ({ chromiumPath: executablePath } = await import('../../scripts/lib/chromium.mjs'));
    executablePath = executablePath();
  } catch {
    throw new CliError(words.noBrowser, EXIT.usage);
  }
  const { CHROMIUM_ARGS } = await import('../../scripts/lib/chromium.mjs');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ userAgent: `${USER_AGENT} check-portals` });
  const render = async (url) => {
    const page = await context.newPage();
    try {
      const response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
      if (!response?.ok()) {
        const status = response?.status() ?? '?';
        return { skip: `HTTP ${status}`, why: { code: 'http', status } };
      }
      return { html: await page.content(), finalUrl: page.url() };
    } catch (error) {
      const detail = printable(error.message.split('\n')[0]).slice(0, 120);
      return { skip: detail, why: { code: 'network', detail } };
    } finally {
      await page.close();
    }
  };
  render.close = () => browser.close();
  return render;
}
