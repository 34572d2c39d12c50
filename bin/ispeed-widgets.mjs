#!/usr/bin/env node
// ispeed-widgets command line: see `ispeed-widgets --help`.
import { parseArgs } from 'node:util';
import { CliError, EXIT, pull, verify } from '../cli/assets.mjs';
import { ReportError, report } from '../cli/report.mjs';

const HELP = `Usage:
  ispeed-widgets assets pull <page-url-or-folder> --out <dir> [options]
      Download the images (PNG, JPEG, WebP, SVG) and PDFs a materials page such as
      https://speedtest.vn/tai-lieu links to, sort banners into the standard sizes,
      and write <dir>/manifest.json, so <dir> can be uploaded and used as asset-base.
      --concurrency <n>   downloads at once (default 4)
      --max-size <MB>     skip files larger than this (default 10)
      --retries <n>       tries again after network errors and 5xx (default 2)
      --timeout <s>       seconds to wait for each answer (default 15)
  ispeed-widgets assets verify <dir>
      Check every file against <dir>/manifest.json (sha256 and pixel size).
  ispeed-widgets report <file.csv|file.json> [--month 2026-11] [--out <dir>] [options]
      The monthly report from the month's export: writes <dir>/bao-cao-i-speed-<month>.csv
      (UTF-8 with BOM, for Excel) and <dir>/progress.json (the file the widgets read).
      --month <YYYY-MM>   the month (default: the file's; this month for a file without one)
      --out <dir>         where to write (default: the current folder)
      --target <n>        samples each unit should reach (default 300)
      --columns <map>     the file's column names, e.g. "unit:Mã ĐV,samples:Tổng số mẫu"
      --compare <file>    another month's file, for the change per unit
      --lang <vi|en>      language of the CSV's headings (default vi)

Exit codes: 0 done, 1 verify found problems (or an unexpected error), 2 bad arguments or address,
3 page unreachable (report: file not found or unreadable), 4 nothing to download (report: the file
is not progress data, or has no row for the month).`;

function fail(message, code) {
  process.stderr.write(`ispeed-widgets: ${message}\n`);
  process.exit(code);
}

function positiveNumber(value, name, fallback) {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) fail(`--${name} must be a positive number, not "${value}".`, EXIT.usage);
  return number;
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      concurrency: { type: 'string' },
      'max-size': { type: 'string' },
      retries: { type: 'string' },
      timeout: { type: 'string' },
      month: { type: 'string' },
      target: { type: 'string' },
      columns: { type: 'string' },
      compare: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${error.message}\n\n${HELP}`, EXIT.usage);
}
const { values, positionals } = parsed;
const [group, command, target] = positionals;

if (values.help || positionals.length === 0) {
  process.stdout.write(`${HELP}\n`);
  process.exit(values.help ? EXIT.ok : EXIT.usage);
}

try {
  if (group === 'assets' && command === 'pull') {
    if (!target) fail('assets pull needs a page address or a folder.', EXIT.usage);
    if (!values.out) fail('assets pull needs --out <dir>.', EXIT.usage);
    const result = await pull(target, {
      out: values.out,
      concurrency: Math.max(1, Math.round(positiveNumber(values.concurrency, 'concurrency', 4))),
      maxBytes: positiveNumber(values['max-size'], 'max-size', 10) * 1048576,
      retries: values.retries === '0' ? 0 : Math.round(positiveNumber(values.retries, 'retries', 2)),
      timeoutMs: positiveNumber(values.timeout, 'timeout', 15) * 1000,
    });
    process.exit(result.exitCode);
  } else if (group === 'assets' && command === 'verify') {
    if (!target) fail('assets verify needs a folder.', EXIT.usage);
    process.exit(verify(target).exitCode);
  } else if (group === 'report') {
    const file = command;
    if (!file) fail('report needs the month\'s file (CSV or JSON).', EXIT.usage);
    if (positionals.length > 2) fail(`report takes one file, not "${positionals.slice(1).join(' ')}".`, EXIT.usage);
    const log = (line) => process.stderr.write(`${line}\n`);
    const done = await report(file, { ...values, log });
    const { all, commune, agency } = done.totals;
    process.stdout.write(
      `${done.month}: ${all.reached}/${all.units} units reached the target (communes and wards ${commune.reached}/${commune.units}, agencies ${agency.reached}/${agency.units}).\n` +
        `Wrote ${done.csvPath}\nWrote ${done.jsonPath}\n`,
    );
    process.exit(EXIT.ok);
  } else {
    fail(`unknown command "${positionals.join(' ')}".\n\n${HELP}`, EXIT.usage);
  }
} catch (error) {
  if (error instanceof CliError || error instanceof ReportError) fail(error.message, error.exitCode);
  // Anything else is a bug or a file system refusal: say it plainly, no stack trace.
  fail(`${error.message}${process.env.DEBUG ? `\n${error.stack}` : ''}`, EXIT.failed);
}
