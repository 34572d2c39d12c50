// `ispeed-widgets report <file>`: the monthly report page's CSV, Excel workbook, progress.js and progress.json,
// from a terminal. The reading and the table are the browser's own code (src/data/), built to dist/lib/; so are
// the reader's messages and the workbook reader and writer (dist/lib/xlsx.js, loaded only for a workbook).
// The command speaks Vietnamese, or English with --lang en.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CliError, EXIT } from '../lib/cli-error.mjs';
import { sharedCode } from '../lib/shared-code.mjs';

const WORDS = Object.fromEntries(
  ['vi', 'en'].map((lang) => [
    lang,
    JSON.parse(readFileSync(new URL(`../locales/report.${lang}.json`, import.meta.url), 'utf8')),
  ]),
);

/** The command's words in `lang`, with {{name}} filled in. */
function translator(lang) {
  return (key, values = {}) => {
    const text = key.split('.').reduce((node, part) => node?.[part], WORDS[lang]) ?? key;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name) =>
      name in values ? String(values[name]) : placeholder,
    );
  };
}

/** The command's line in the help of every command (English, as the others'); `report --help` gives its own language's. */
export const usage = WORDS.en.usage.join('\n');

export function help(lang) {
  return WORDS[lang === 'en' ? 'en' : 'vi'].usage.join('\n');
}

export const options = {
  out: { type: 'string', short: 'o' },
  month: { type: 'string' },
  target: { type: 'string' },
  columns: { type: 'string' },
  compare: { type: 'string' },
  portals: { type: 'string' },
  clicks: { type: 'string' },
  'script-name': { type: 'string' },
  lang: { type: 'string' },
  sheet: { type: 'string' },
  separator: { type: 'string' },
};

function checkedLanguage(lang = 'vi') {
  if (lang !== 'vi' && lang !== 'en')
    throw new CliError(`--lang phải là vi hoặc en / --lang must be vi or en, not "${lang}".`, EXIT.usage);
  return lang;
}

/** The command as typed: writes the files, says what it read and wrote on stdout (problems on stderr), and returns the exit code. */
export async function run(values, files) {
  const lang = checkedLanguage(values.lang);
  const t = translator(lang);
  const [file] = files;
  if (!file) throw new CliError(t('needsFile'), EXIT.usage);
  if (files.length > 1) throw new CliError(t('oneFile', { files: files.join(' ') }), EXIT.usage);
  const log = (line) => process.stderr.write(`${line}\n`);
  const done = await report(file, { ...values, scriptName: values['script-name'], lang, log });
  process.stdout.write(`${done.lines.join('\n')}\n`);
  return EXIT.ok;
}

function readBytes(path, maxBytes, t) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new CliError(t('noSuchFile', { path }), EXIT.unreadable);
  }
  if (!stat.isFile()) throw new CliError(t('notAFile', { path }), EXIT.unreadable);
  if (stat.size > maxBytes)
    throw new CliError(t('tooLarge', { path, size: stat.size, max: maxBytes }), EXIT.nothingUsable);
  try {
    return { bytes: readFileSync(path), modified: stat.mtime };
  } catch (error) {
    throw new CliError(t('cannotRead', { path, detail: error.code ?? error.message }), EXIT.unreadable);
  }
}

/** Why the month is the one it is, in a line; for a month from a date, with the --month that gives the other one. */
function monthLine(lib, data, month, lang, t) {
  const source = data.monthSource;
  if (!data.monthRule) return t(`monthWhy.${source === 'attribute' || source === 'file' ? source : 'column'}`);
  const other = lib.shiftMonth(month, data.monthRule === 'ended' ? 1 : -1);
  return t(`monthWhy.${source}`, {
    date: lib.formatDate(data.monthDate, lang),
    rule: t(`rule.${data.monthRule}`, { day: lib.REPORT_BY_DAY, month: lib.formatMonth(month, lang), other }),
  });
}

/**
 * Reads `file` (and `compare`): CSV, JSON, progress.js or an Excel workbook's
 * sheet; with `portals` and `clicks` (check-portals' and clicks' files, JSON,
 * CSV or workbook), each unit's banner status and clicks beside it; writes <out>/bao-cao-i-speed-<month>.csv and .xlsx, <out>/progress.js
 * (or --script-name) and <out>/progress.json; returns what it wrote and the
 * lines that say what it read.
 */
export async function report(
  file,
  {
    month,
    out = '.',
    target,
    columns = '',
    compare,
    portals,
    clicks,
    scriptName = 'progress.js',
    lang = 'vi',
    sheet,
    separator,
    log = () => {},
  } = {},
) {
  lang = checkedLanguage(lang);
  const t = translator(lang);
  const lib = await sharedCode();
  target ??= String(lib.TARGET_SAMPLES);
  const asked = month === undefined ? undefined : lib.normalizeMonth(month);
  if (month !== undefined && !asked) throw new CliError(t('badMonth', { value: month }), EXIT.usage);
  const targetCount = lib.parseCount(target);
  if (!targetCount) throw new CliError(t('badTarget', { value: target }), EXIT.usage);
  if (!/^[\w.-]+\.js$/i.test(scriptName) || basename(scriptName) !== scriptName)
    throw new CliError(t('badScriptName', { value: scriptName }), EXIT.usage);
  if (separator !== undefined && separator !== ';' && separator !== ',')
    throw new CliError(t('badSeparator', { value: separator }), EXIT.usage);
  // The workbook reader is loaded only for a workbook, or to write one.
  let workbooks;
  const xlsx = async () => (workbooks ??= await sharedCode('xlsx'));

  const say = (message) => `${lib.describe(message, lang)}.`;
  const read = async (path, monthOption) => {
    const { bytes, modified } = readBytes(path, lib.MAX_BYTES, t);
    // A workbook's sheet becomes the text a CSV gives, so its totals rows, month and messages are read the same way.
    const { text, encoding } =
      /\.xlsx$/i.test(path) || isZip(bytes)
        ? workbookText(path, bytes, await xlsx(), { sheet, log, t })
        : lib.decodeText(bytes);
    if (encoding === 'windows-1258') log(`  ${t('notUtf8', { path, encoding })}`);
    const options = { columns, month: monthOption, modified };
    let data;
    if (lib.isScriptAddress(path)) {
      const script = lib.progressScriptData(text);
      data = script.ok ? lib.parseProgressJson(script.data, options) : { unusable: { code: 'notScript' } };
    } else data = lib.parseProgressText(text, options);
    if (lib.isUnusable(data)) {
      const { unusable } = data;
      const columnsCause = ['missingColumn', 'duplicateColumns', 'noHeader'].includes(unusable.code);
      const reason = `${lib.describe(unusable, lang)}${columnsCause ? `; ${t('columnsFix')}` : ''}`;
      throw new CliError(t('unusable', { path, reason }), EXIT.nothingUsable);
    }
    for (const problem of data.problems.slice(0, 20)) log(`  ${path}: ${lib.describe(problem, lang)}`);
    if (data.problems.length > 20) log(`  ${t('moreProblems', { path, count: data.problems.length - 20 })}`);
    return data;
  };
  const data = await read(file, asked);
  const chosen = lib.reportMonth(data, asked);
  if (!chosen || !data.rows.some((row) => row.month === chosen)) {
    throw new CliError(
      asked ? t('noRowsFor', { path: file, month: lib.formatMonth(asked, lang) }) : t('noRows', { path: file }),
      EXIT.nothingUsable,
    );
  }
  const previous = compare ? await read(compare) : undefined;
  // The portal check and the clicks: a file that is not one stops the command, as the samples file does.
  const activity = {};
  for (const [kind, path] of [
    ['portals', portals],
    ['clicks', clicks],
  ]) {
    if (!path) continue;
    const { bytes } = readBytes(path, lib.MAX_BYTES, t);
    const { text } =
      /\.xlsx$/i.test(path) || isZip(bytes)
        ? workbookText(path, bytes, await xlsx(), { log, t })
        : lib.decodeText(bytes);
    const got = kind === 'portals' ? lib.readPortals(text) : lib.readClicks(text);
    if (!got.ok)
      throw new CliError(t('unusable', { path, reason: lib.describe(got.reason, lang) }), EXIT.nothingUsable);
    for (const note of got.notes) log(`  ${path}: ${say(note)}`);
    activity[kind] = got.value;
  }
  const table = lib.buildReport(data, {
    month: chosen,
    target: targetCount,
    ...(previous ? { previous } : {}),
    activity,
  });

  const folder = resolve(out);
  mkdirSync(folder, { recursive: true });
  const csvPath = join(folder, `bao-cao-i-speed-${chosen}.csv`);
  const xlsxPath = join(folder, `bao-cao-i-speed-${chosen}.xlsx`);
  const scriptPath = join(folder, scriptName);
  const jsonPath = join(folder, 'progress.json');
  writeFileSync(csvPath, lib.reportCsv(table, lang, separator));
  writeFileSync(xlsxPath, (await xlsx()).reportXlsx(table, lang));
  writeFileSync(scriptPath, lib.progressJs(table));
  writeFileSync(jsonPath, lib.progressJson(table));

  const { all, commune, agency } = table.totals;
  const lines = [
    t('summary', {
      month: lib.formatMonth(chosen, lang),
      reached: all.reached,
      units: all.units,
      target: lib.formatNumber(targetCount, lang),
      communeReached: commune.reached,
      communes: commune.units,
      agencyReached: agency.reached,
      agencies: agency.units,
    }),
    monthLine(lib, data, chosen, lang, t),
    ...data.notes.map(say),
    ...activityLines(lib, table, lang, t),
    ...[csvPath, xlsxPath, scriptPath, jsonPath].map((path) => t('wrote', { path })),
  ];
  return {
    month: chosen,
    csvPath,
    xlsxPath,
    scriptPath,
    jsonPath,
    totals: table.totals,
    problems: data.problems.length,
    lines,
  };
}

/** The banner and clicks per type of unit, the units marked, and what the two files hold that the table does not. */
function activityLines(lib, table, lang, t) {
  const summary = table.activity;
  if (!summary) return [];
  const number = (value) => lib.formatNumber(value, lang);
  const signed = (value) => `${value > 0 ? '+' : ''}${number(value)}`;
  const types = ['commune', 'agency', 'other'].filter((type) => summary.totals[type].units);
  const parts = (value) =>
    types
      .map((type) =>
        t('part', { type: lib.TYPE_LABELS[lang][type].toLocaleLowerCase(lang), value: value(summary.totals[type]) }),
      )
      .join('; ');
  const lines = [];
  const listed = (status) => table.rows.filter((row) => row.banner === status).map((row) => row.unit);
  if (summary.portals) {
    const { banner, units } = summary.totals.all;
    lines.push(t('bannerSummary', { banner, units, parts: parts((tally) => `${tally.banner}/${tally.units}`) }));
    for (const status of ['noAddress', 'unchecked']) {
      const units = listed(status);
      if (units.length) lines.push(t(status, { count: units.length, units: units.join(', ') }));
    }
  }
  if (summary.clicks) {
    const change = (tally) => tally.clicks - tally.previousClicks;
    const all = summary.totals.all;
    lines.push(
      t('clicksSummary', {
        month: lib.formatMonth(table.month, lang),
        clicks: number(all.clicks),
        change: summary.previousMonth
          ? t('clicksChange', { month: lib.formatMonth(summary.previousMonth, lang), change: signed(change(all)) })
          : '',
        parts: parts((tally) =>
          summary.previousMonth ? `${number(tally.clicks)} (${signed(change(tally))})` : number(tally.clicks),
        ),
      }),
    );
  }
  return [...lines, ...lib.activityNotes(summary, table.month).map((note) => `${lib.describe(note, lang)}.`)];
}

/** A ZIP's first bytes ("PK\3\4"): a workbook, whatever its name. */
const isZip = (bytes) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;

/** The sheet's rows as the text the progress reader takes (see rowsToText in src/data/xlsx.ts), or why the workbook cannot be read. */
function workbookText(path, bytes, xlsx, { sheet, log, t }) {
  const read = xlsx.readXlsx(bytes, { sheet });
  if (!read.ok) {
    const detail = read.problem === 'sheet-not-found' ? ` ("${read.detail}")` : '';
    throw new CliError(
      t('unusable', { path, reason: `${t(`workbook.${read.problem}`)}${detail}` }),
      EXIT.nothingUsable,
    );
  }
  if (read.sheets.length > 1)
    log(`  ${t('workbook.sheetRead', { path, sheet: read.sheet, sheets: read.sheets.join(', ') })}`);
  if (read.truncated.rows) log(`  ${t('workbook.rowsCut', { path, rows: read.rows.length })}`);
  if (read.truncated.columns) log(`  ${t('workbook.columnsCut', { path })}`);
  return { text: xlsx.rowsToText(read.rows), encoding: 'xlsx' };
}
