// `ispeed-widgets clicks <access.log…>`: visits to the smart link page per
// unit, month, platform and referring portal, from the Department's own web
// server logs. No cookie, no tracking script: every pasted link, stripped
// fallback and printed QR code already passes through go.html.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstTime, readAccessLog } from '../lib/access-log.mjs';
import { ClickCount } from '../lib/click-count.mjs';
import { CliError, EXIT } from '../lib/cli-error.mjs';
import { printable } from '../lib/printable.mjs';
import { sharedCode } from '../lib/shared-code.mjs';
import { writeTable } from '../lib/table-files.mjs';

export const usage = `  ispeed-widgets clicks <access.log> [more logs, .gz too] [--out <dir>] [--lang en]
      Counts visits to go.html (the smart link) per unit, month, platform and portal,
      from nginx or Apache "combined" logs or IIS W3C logs, plain or gzipped.
      Leaves out bots, prefetches, failed requests, and the same visitor again
      within 30 minutes. Writes <dir>/clicks.csv, clicks.xlsx and clicks.json with --out.`;

export const options = {
  out: { type: 'string', short: 'o' },
  lang: { type: 'string' },
};

// The table's headings and its "(không có)" are the report's too: CLICK_TABLE, in src/data/portal-activity.ts.
const WORDS = {
  vi: {
    platforms: { android: 'Android', ios: 'iPhone/iPad', desktop: 'Máy tính' },
    summary: (clicks, units, files) => `${clicks} lượt bấm của ${units} đơn vị, từ ${files} tệp nhật ký.`,
    noUnit: (clicks) => `${clicks} lượt bấm không ghi mã đơn vị (liên kết thiếu unit) nên không tính cho đơn vị nào.`,
    left: ({ bots, prefetches, repeats, failed }) =>
      `Không tính: ${bots} lượt của máy tự động, ${prefetches} lượt tải trước, ${repeats} lượt lặp lại trong 30 phút, ${failed} yêu cầu lỗi hoặc không phải GET.`,
    unreadable: (file, count) => `  ${file}: ${count} dòng không đọc được (không phải định dạng combined hay IIS W3C).`,
    nothing: (page) => `Không có lượt truy cập ${page} nào trong các tệp nhật ký.`,
    wrote: (path) => `Đã ghi ${path}`,
  },
  en: {
    platforms: { android: 'Android', ios: 'iPhone/iPad', desktop: 'Desktop' },
    // Counts after a colon, so that they read right for 1 too.
    summary: (clicks, units, files) => `Clicks on units' links: ${clicks}; units: ${units}; log files read: ${files}.`,
    noUnit: (clicks) => `Clicks on a link without a unit (counted for no unit): ${clicks}.`,
    left: ({ bots, prefetches, repeats, failed }) =>
      `Left out: bots ${bots}, prefetches ${prefetches}, repeats within 30 minutes ${repeats}, failed or not GET ${failed}.`,
    unreadable: (file, count) => `  ${file}: lines not read (neither combined nor IIS W3C format): ${count}.`,
    nothing: (page) => `No visit to ${page} in these logs.`,
    wrote: (path) => `Wrote ${path}`,
  },
};

export async function run(values, files) {
  const lang = values.lang ?? 'vi';
  if (!(lang in WORDS)) throw new CliError(`--lang must be vi or en, not "${printable(lang)}".`, EXIT.usage);
  if (files.length === 0) throw new CliError('clicks needs at least one access log.', EXIT.usage);
  for (const file of files) {
    if (!existsSync(file) || !statSync(file).isFile())
      throw new CliError(`cannot read "${printable(file)}": no such file.`, EXIT.unreadable);
  }
  const words = { ...WORDS[lang], ...(await sharedCode()).CLICK_TABLE[lang] };
  const result = await countClicks(files, { log: (line) => process.stderr.write(`${line}\n`), words });
  const { records, left } = result;
  const sum = (list) => list.reduce((total, record) => total + record.clicks, 0);
  // A link without `unit` is no unit's: its clicks are said apart.
  const withUnit = records.filter((record) => record.unit);
  const units = new Set(withUnit.map((record) => record.unit)).size;
  const [counted, noUnit] = [sum(withUnit), sum(records) - sum(withUnit)];
  if (!counted && !noUnit) process.stdout.write(`${words.nothing(result.page)}\n`);
  else {
    if (counted) process.stdout.write(`${words.summary(counted, units, files.length)}\n`);
    if (noUnit) process.stdout.write(`${words.noUnit(noUnit)}\n`);
  }
  process.stdout.write(`${words.left(left)}\n`);
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    const rows = records.map((record) => [
      record.unit || words.none,
      record.month,
      words.platforms[record.platform],
      record.portal || words.none,
      record.clicks,
    ]);
    for (const path of await writeTable(join(values.out, 'clicks'), { header: words.columns, rows, lang }))
      process.stdout.write(`${words.wrote(path)}\n`);
    const json = join(values.out, 'clicks.json');
    writeFileSync(json, `${JSON.stringify(records, null, 2)}\n`);
    process.stdout.write(`${words.wrote(json)}\n`);
  }
  return EXIT.ok;
}

/**
 * Counts the smart link's visits in `files` (read oldest first, whatever
 * order they were given in, so a repeat across a rotation is still seen).
 */
export async function countClicks(files, { log = () => {}, words = WORDS.en } = {}) {
  const lib = await sharedCode();
  const monthFormat = new Intl.DateTimeFormat('en-CA', {
    timeZone: lib.CAMPAIGN_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
  });
  const months = new Map();
  const monthOf = (time) => {
    const hour = Math.floor(time / 3600000);
    if (!months.has(hour)) months.set(hour, monthFormat.format(time).slice(0, 7));
    return months.get(hour);
  };
  // The same normalising as a typed unit: "Xa-Ea-Kao " is xa-ea-kao.
  const unitOf = (raw) => lib.slugify(raw);
  const count = new ClickCount({ page: lib.SMART_LINK_PAGE, monthOf, unitOf });
  const starts = await Promise.all(files.map(async (file) => ({ file, time: await firstTime(file) })));
  starts.sort((a, b) => (Number.isNaN(a.time) ? 1 : Number.isNaN(b.time) ? -1 : a.time - b.time));
  for (const { file } of starts) {
    const { unreadable } = await readAccessLog(file, (request) => count.add(request), {
      prefilter: (line) => count.mentions(line),
    });
    if (unreadable) log(words.unreadable(printable(file), unreadable));
  }
  return { records: count.records(), left: count.left, page: lib.SMART_LINK_PAGE };
}
