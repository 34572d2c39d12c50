#!/usr/bin/env node
// ispeed-widgets command line: see `ispeed-widgets --help`.
import { parseArgs } from 'node:util';
import { CliError, EXIT, pull, verify } from '../cli/assets.mjs';
import { printable, safeMessage } from '../cli/printable.mjs';
import { ReportError, report } from '../cli/report.mjs';

const HELP = `Usage:
  ispeed-widgets assets pull <page-url-or-folder> --out <dir> [options]
      Download the images (PNG, JPEG, WebP, SVG) and PDFs a materials page such as
      https://speedtest.vn/tai-lieu links to, sort banners into the standard sizes,
      and write <dir>/manifest.json, so <dir> can be uploaded and used as asset-base.
      --concurrency <n>   downloads at once, 1 to 16 (default 4)
      --max-size <MB>     skip files larger than this, up to 100 (default 10)
      --retries <n>       tries again after network errors and 5xx, 0 to 5 (default 2)
      --timeout <s>       seconds to wait for each answer, 1 to 600 (default 15)
      --deadline <s>      seconds for the whole command, 1 to 3600 (default 600)
      --allow-host <host> also follow redirects to this host (repeatable); by default
                          redirects are followed only within the page's own host
  ispeed-widgets assets verify <dir>
      Check every file against <dir>/manifest.json (sha256 and pixel size), and
      every SVG again against the rules pull applies (no scripts, no outside content).
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

/** A number option within its bounds, so no value can overflow a timer or exhaust the machine. */
function boundedNumber(value, name, fallback, { min, max }) {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < min || number > max || (min > 0 && number <= 0)) {
    fail(`--${name} must be a number from ${min} to ${max}, not "${printable(value)}".`, EXIT.usage);
  }
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
      deadline: { type: 'string' },
      'allow-host': { type: 'string', multiple: true },
      month: { type: 'string' },
      target: { type: 'string' },
      columns: { type: 'string' },
      compare: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${safeMessage(error.message)}\n\n${HELP}`, EXIT.usage);
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
    const options = {
      out: values.out,
      concurrency: Math.max(1, Math.round(boundedNumber(values.concurrency, 'concurrency', 4, { min: 0.01, max: 16 }))),
      maxBytes: boundedNumber(values['max-size'], 'max-size', 10, { min: 0.001, max: 100 }) * 1048576,
      retries: Math.round(boundedNumber(values.retries, 'retries', 2, { min: 0, max: 5 })),
      timeoutMs: boundedNumber(values.timeout, 'timeout', 15, { min: 1, max: 600 }) * 1000,
      allowHosts: (values['allow-host'] ?? []).map((host) => host.trim().toLowerCase()).filter(Boolean),
    };
    const deadlineMs = boundedNumber(values.deadline, 'deadline', 600, { min: 1, max: 3600 }) * 1000;
    const deadline = AbortSignal.timeout(deadlineMs);
    // The last word on time: whatever is still running when the deadline passes stops.
    const watchdog = setTimeout(() => fail(`the command did not finish within ${deadlineMs / 1000} s (--deadline).`, EXIT.unreachable), deadlineMs + 2000);
    watchdog.unref();
    const result = await pull(target, { ...options, deadline });
    if (deadline.aborted) fail(`the command did not finish within ${deadlineMs / 1000} s (--deadline); what arrived in time was written.`, EXIT.unreachable);
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
    fail(`unknown command "${printable(positionals.join(' '))}".\n\n${HELP}`, EXIT.usage);
  }
} catch (error) {
  if (error instanceof CliError || error instanceof ReportError) fail(safeMessage(error.message), error.exitCode);
  // Anything else is a bug or a file system refusal: say it plainly, no stack trace.
  fail(`${safeMessage(error.message)}${process.env.DEBUG ? `\n${safeMessage(error.stack)}` : ''}`, EXIT.failed);
}
