// `ispeed-widgets report <file>`: the monthly report page's CSV and progress.json, from a terminal.
// The reading and the table are the browser's own code (src/data/), built to dist/lib/.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError, EXIT } from '../lib/cli-error.mjs';
import { sharedCode } from '../lib/shared-code.mjs';

export const usage = `  ispeed-widgets report <file.csv|file.xlsx|file.json> [--month 2026-11] [--out <dir>] [options]
      The monthly report from the month's export: writes <dir>/bao-cao-i-speed-<month>.csv
      (UTF-8 with BOM; ';' between fields in Vietnamese, ',' in English), the same table as
      <dir>/bao-cao-i-speed-<month>.xlsx, and <dir>/progress.json (the file the widgets read).
      --month <YYYY-MM>   the month (default: the file's; this month for a file without one)
      --out <dir>         where to write (default: the current folder)
      --target <n>        samples each unit should reach (default: the campaign's target, 300)
      --columns <map>     the file's column names, e.g. "unit:Mã ĐV,samples:Tổng số mẫu"
      --compare <file>    another month's file, for the change per unit
      --sheet <name|n>    the workbook's sheet to read (default: the first one shown)
      --separator <;|,>   the CSV's separator (default: ';' for vi, ',' for en)
      --lang <vi|en>      language of the CSV's headings (default vi)`;

export const options = {
  out: { type: 'string', short: 'o' },
  month: { type: 'string' },
  target: { type: 'string' },
  columns: { type: 'string' },
  compare: { type: 'string' },
  lang: { type: 'string' },
  sheet: { type: 'string' },
  separator: { type: 'string' },
};

/** The command as typed: writes the files, says what it wrote on stdout, and returns the exit code. */
export async function run(values, files) {
  const [file] = files;
  if (!file) throw new CliError("report needs the month's file (CSV or JSON).", EXIT.usage);
  if (files.length > 1) throw new CliError(`report takes one file, not "${files.join(' ')}".`, EXIT.usage);
  const log = (line) => process.stderr.write(`${line}\n`);
  const done = await report(file, { ...values, log });
  const { all, commune, agency } = done.totals;
  process.stdout.write(
    `${done.month}: ${all.reached}/${all.units} units reached the target (communes and wards ${commune.reached}/${commune.units}, agencies ${agency.reached}/${agency.units}).\n` +
      `Wrote ${done.csvPath}\nWrote ${done.xlsxPath}\nWrote ${done.jsonPath}\n`,
  );
  return EXIT.ok;
}

function readText(path, maxBytes) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new CliError(`cannot read "${path}": no such file.`, EXIT.unreadable);
  }
  if (!stat.isFile()) throw new CliError(`"${path}" is not a file.`, EXIT.unreadable);
  if (stat.size > maxBytes)
    throw new CliError(`"${path}" is ${stat.size} bytes, over the limit of ${maxBytes}.`, EXIT.nothingUsable);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliError(`cannot read "${path}": ${error.code ?? error.message}.`, EXIT.unreadable);
  }
}

/** Reads `file` (and `compare`), writes <out>/bao-cao-i-speed-<month>.csv and <out>/progress.json; returns what it wrote. */
export async function report(
  file,
  { month, out = '.', target, columns = '', compare, lang = 'vi', sheet, separator, log = () => {} } = {},
) {
  const lib = await sharedCode();
  target ??= String(lib.TARGET_SAMPLES);
  const asked = month === undefined ? undefined : lib.normalizeMonth(month);
  if (month !== undefined && !asked) throw new CliError(`--month must look like 2026-11, not "${month}".`, EXIT.usage);
  const targetCount = lib.parseCount(target);
  if (!targetCount) throw new CliError(`--target must be a positive whole number, not "${target}".`, EXIT.usage);
  if (lang !== 'vi' && lang !== 'en') throw new CliError(`--lang must be vi or en, not "${lang}".`, EXIT.usage);
  if (separator !== undefined && separator !== ';' && separator !== ',')
    throw new CliError(`--separator must be ; or , not "${separator}".`, EXIT.usage);
  // The workbook reader is loaded only for a workbook, or to write one.
  let workbooks;
  const xlsx = async () => (workbooks ??= await sharedCode('xlsx'));

  const read = async (path, monthOption) => {
    const bytes = readText(path, lib.MAX_BYTES);
    const { text, encoding } =
      /\.xlsx$/i.test(path) || isZip(bytes)
        ? workbookText(path, bytes, await xlsx(), sheet, log)
        : lib.decodeText(bytes);
    if (encoding === 'windows-1258')
      log(
        `  ${path} is not UTF-8: read as ${encoding} (Excel's plain CSV); check the names, or save it as "CSV UTF-8".`,
      );
    const data = lib.parseProgressText(text, { columns, month: monthOption });
    if (typeof data === 'string') throw new CliError(`"${path}" cannot be used: ${data}.`, EXIT.nothingUsable);
    for (const problem of data.problems.slice(0, 20)) log(`  ${path}: ${problem}`);
    if (data.problems.length > 20) log(`  ${path}: ${data.problems.length - 20} more problem(s).`);
    return data;
  };
  const data = await read(file, asked);
  const chosen = lib.reportMonth(data, asked);
  if (!chosen || !data.rows.some((row) => row.month === chosen)) {
    throw new CliError(`"${file}" has no usable row${asked ? ` for ${asked}` : ''}.`, EXIT.nothingUsable);
  }
  if (data.monthSource === 'today')
    log(`  ${file} names no month: taken as this month in Vietnam, ${chosen} (use --month to set it).`);
  const previous = compare ? await read(compare) : undefined;
  const table = lib.buildReport(data, { month: chosen, target: targetCount, ...(previous ? { previous } : {}) });

  const folder = resolve(out);
  mkdirSync(folder, { recursive: true });
  const csvPath = join(folder, `bao-cao-i-speed-${chosen}.csv`);
  const xlsxPath = join(folder, `bao-cao-i-speed-${chosen}.xlsx`);
  const jsonPath = join(folder, 'progress.json');
  writeFileSync(csvPath, lib.reportCsv(table, lang, separator));
  writeFileSync(xlsxPath, (await xlsx()).reportXlsx(table, lang));
  writeFileSync(jsonPath, lib.progressJson(table));
  return { month: chosen, csvPath, xlsxPath, jsonPath, totals: table.totals, problems: data.problems.length };
}

/** A ZIP's first bytes ("PK\3\4"): a workbook, whatever its name. */
const isZip = (bytes) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;

const WORKBOOK_PROBLEMS = {
  'not-xlsx': 'not an Excel workbook (.xlsx); an old .xls must be saved as .xlsx or CSV first',
  encrypted: 'a password-protected or old (.xls) workbook; save it as .xlsx without a password, or as CSV',
  broken: 'the workbook is damaged',
  'too-large': 'the workbook unpacks to more than the reader takes',
  'no-sheet': 'the workbook has no sheet',
  'sheet-not-found': 'no sheet of that name or number',
};

/** The sheet's rows as the text the progress reader takes (see rowsToText in src/data/xlsx.ts). */
function workbookText(path, bytes, xlsx, sheet, log) {
  const read = xlsx.readXlsx(bytes, { sheet });
  if (!read.ok) {
    const detail = read.problem === 'sheet-not-found' ? ` ("${read.detail}")` : '';
    throw new CliError(`"${path}" cannot be used: ${WORKBOOK_PROBLEMS[read.problem]}${detail}.`, EXIT.nothingUsable);
  }
  if (read.sheets.length > 1)
    log(`  ${path}: read the sheet "${read.sheet}" (sheets: ${read.sheets.join(', ')}; choose one with --sheet).`);
  if (read.truncated.rows) log(`  ${path}: only the first ${read.rows.length} rows of the sheet are read.`);
  if (read.truncated.columns) log(`  ${path}: columns after the first 200 are left out.`);
  return { text: xlsx.rowsToText(read.rows), encoding: 'xlsx' };
}
