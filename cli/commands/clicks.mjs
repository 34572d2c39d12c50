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
    left: ({ bots, prefetches, repeats, failed }) =>
      `Không tính: ${bots} lượt của máy tự động, ${prefetches} lượt tải trước, ${repeats} lượt lặp lại trong 30 phút, ${failed} yêu cầu lỗi hoặc không phải GET.`,
    unreadable: (file, count) => `  ${file}: ${count} dòng không đọc được (không phải định dạng combined hay IIS W3C).`,
    nothing: (page) => `Không có lượt truy cập ${page} nào trong các tệp nhật ký.`,
    wrote: (path) => `Đã ghi ${path}`,
  },
  en: {
    platforms: { android: 'Android', ios: 'iPhone/iPad', desktop: 'Desktop' },
    summary: (clicks, units, files) => `${clicks} clicks for ${units} units, from ${files} log files.`,
    left: ({ bots, prefetches, repeats, failed }) =>
      `Left out: ${bots} from bots, ${prefetches} prefetches, ${repeats} repeats within 30 minutes, ${failed} failed or not GET.`,
    unreadable: (file, count) => `  ${file}: ${count} lines not read (neither combined nor IIS W3C format).`,
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
  const total = records.reduce((sum, record) => sum + record.clicks, 0);
  const units = new Set(records.map((record) => record.unit)).size;
  process.stdout.write(total ? `${words.summary(total, units, files.length)}\n` : `${words.nothing(result.page)}\n`);
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
