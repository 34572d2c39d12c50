#!/usr/bin/env node
// ispeed-widgets command line: see `ispeed-widgets --help`. Parses the
// arguments, hands them to the command's module in cli/commands/, and turns
// what it returns or throws into an exit code.
import { parseArgs } from 'node:util';
import * as assetsPull from '../cli/commands/assets-pull.mjs';
import * as assetsVerify from '../cli/commands/assets-verify.mjs';
import * as departmentCheck from '../cli/commands/department-check.mjs';
import * as checkPortals from '../cli/commands/check-portals.mjs';
import * as clicks from '../cli/commands/clicks.mjs';
import * as report from '../cli/commands/report.mjs';
import { CliError, EXIT, exitWith } from '../cli/lib/cli-error.mjs';
import { printable, safeMessage } from '../cli/lib/printable.mjs';

/** Each command by the words that name it; the rest of the positionals are its arguments. */
const COMMANDS = [
  [['assets', 'pull'], assetsPull],
  [['assets', 'verify'], assetsVerify],
  [['report'], report],
  [['department', 'check'], departmentCheck],
  [['check-portals'], checkPortals],
  [['clicks'], clicks],
];

const HELP = `Usage:
${COMMANDS.map(([, command]) => command.usage).join('\n')}

Exit codes: 0 done, 1 verify or department check found problems (or an unexpected error), 2 bad
arguments or address, 3 page unreachable (report, department check: file not found or unreadable),
4 nothing to download (report: the file is not progress data, or has no row for the month, or the
--portals/--clicks file is not what check-portals/clicks write; department check: not JSON).`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: Object.assign({}, ...COMMANDS.map(([, command]) => command.options), {
      help: { type: 'boolean', short: 'h' },
    }),
  });
} catch (error) {
  exitWith(`${safeMessage(error.message)}\n\n${HELP}`, EXIT.usage);
}
const { values, positionals } = parsed;

// `report --help` in the command's own language (Vietnamese, or English with --lang en).
const named = COMMANDS.find(([words]) => words.every((word, index) => positionals[index] === word));
if (values.help && named?.[1].help) {
  process.stdout.write(`${named[1].help(values.lang)}\n`);
  process.exit(EXIT.ok);
}

if (values.help || positionals.length === 0) {
  process.stdout.write(`${HELP}\n`);
  process.exit(values.help ? EXIT.ok : EXIT.usage);
}

const found = COMMANDS.find(([words]) => words.every((word, index) => positionals[index] === word));
if (!found) exitWith(`unknown command "${printable(positionals.join(' '))}".\n\n${HELP}`, EXIT.usage);
const [words, command] = found;

try {
  process.exit(await command.run(values, positionals.slice(words.length)));
} catch (error) {
  if (error instanceof CliError) exitWith(safeMessage(error.message), error.exitCode);
  // Anything else is a bug or a file system refusal: say it plainly, no stack trace.
  exitWith(`${safeMessage(error.message)}${process.env.DEBUG ? `\n${safeMessage(error.stack)}` : ''}`, EXIT.failed);
}
