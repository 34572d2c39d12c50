// `ispeed-widgets report <file>`: the monthly report page's CSV and progress.json, from a terminal.
// The reading and the table are the browser's own code (src/data/), built to dist/lib/.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPORT_EXIT = { ok: 0, failed: 1, usage: 2, unreadable: 3, unusable: 4 };

export class ReportError extends Error {
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
  }
}

const LIBRARY = fileURLToPath(new URL('../dist/lib/progress-report.js', import.meta.url));

async function library() {
  if (!existsSync(LIBRARY)) throw new ReportError('dist/lib/progress-report.js is missing: run "npm run build" first.', REPORT_EXIT.failed);
  return import(LIBRARY);
}

function readText(path, maxBytes) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new ReportError(`cannot read "${path}": no such file.`, REPORT_EXIT.unreadable);
  }
  if (!stat.isFile()) throw new ReportError(`"${path}" is not a file.`, REPORT_EXIT.unreadable);
  if (stat.size > maxBytes) throw new ReportError(`"${path}" is ${stat.size} bytes, over the limit of ${maxBytes}.`, REPORT_EXIT.unusable);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ReportError(`cannot read "${path}": ${error.code ?? error.message}.`, REPORT_EXIT.unreadable);
  }
}

/** Reads `file` (and `compare`), writes <out>/bao-cao-i-speed-<month>.csv and <out>/progress.json; returns what it wrote. */
export async function report(file, { month, out = '.', target = '300', columns = '', compare, lang = 'vi', log = () => {} } = {}) {
  const lib = await library();
  const asked = month === undefined ? undefined : lib.normalizeMonth(month);
  if (month !== undefined && !asked) throw new ReportError(`--month must look like 2026-11, not "${month}".`, REPORT_EXIT.usage);
  const targetCount = lib.parseCount(target);
  if (!targetCount) throw new ReportError(`--target must be a positive whole number, not "${target}".`, REPORT_EXIT.usage);
  if (lang !== 'vi' && lang !== 'en') throw new ReportError(`--lang must be vi or en, not "${lang}".`, REPORT_EXIT.usage);

  const read = (path, monthOption) => {
    const { text, encoding } = lib.decodeText(readText(path, lib.MAX_BYTES));
    if (encoding !== 'utf-8') log(`  ${path} is not UTF-8: read as ${encoding} (Excel's plain CSV); check the names, or save it as "CSV UTF-8".`);
    const data = lib.parseProgressText(text, { columns, month: monthOption });
    if (typeof data === 'string') throw new ReportError(`"${path}" cannot be used: ${data}.`, REPORT_EXIT.unusable);
    for (const problem of data.problems.slice(0, 20)) log(`  ${path}: ${problem}`);
    if (data.problems.length > 20) log(`  ${path}: ${data.problems.length - 20} more problem(s).`);
    return data;
  };
  const data = read(file, asked);
  const chosen = lib.reportMonth(data, asked);
  if (!chosen || !data.rows.some((row) => row.month === chosen)) {
    throw new ReportError(`"${file}" has no usable row${asked ? ` for ${asked}` : ''}.`, REPORT_EXIT.unusable);
  }
  if (data.monthSource === 'today') log(`  ${file} names no month: taken as this month in Vietnam, ${chosen} (use --month to set it).`);
  const previous = compare ? read(compare) : undefined;
  const table = lib.buildReport(data, { month: chosen, target: targetCount, ...(previous ? { previous } : {}) });

  const folder = resolve(out);
  mkdirSync(folder, { recursive: true });
  const csvPath = join(folder, `bao-cao-i-speed-${chosen}.csv`);
  const jsonPath = join(folder, 'progress.json');
  writeFileSync(csvPath, lib.reportCsv(table, lang));
  writeFileSync(jsonPath, lib.progressJson(table));
  return { month: chosen, csvPath, jsonPath, totals: table.totals, problems: data.problems.length };
}
