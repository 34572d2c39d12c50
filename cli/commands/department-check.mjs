// `ispeed-widgets department check [file]`: whether a department.json is what
// go.html, embed.html, print.html and the configurator will read. It is
// judged by the pages' own reader (src/data/department.ts, built to dist/lib/),
// so a file that passes here is read the same way on the Department's host.
import { readFileSync, statSync } from 'node:fs';
import { CliError, EXIT } from '../lib/cli-error.mjs';
import { printable } from '../lib/printable.mjs';
import { sharedCode } from '../lib/shared-code.mjs';

export const usage = `  ispeed-widgets department check [file]
      Check a department.json (default: ./department.json): its name, links, cors
      and list of units, with one line for each thing the pages would leave out.`;

export const options = {};

const MAX_BYTES = 2 * 1024 * 1024;

/** The command as typed: prints what the pages will use and what they will leave out; returns the exit code. */
export async function run(_values, files) {
  if (files.length > 1)
    throw new CliError(`department check takes one file, not "${printable(files.join(' '))}".`, EXIT.usage);
  const file = files[0] ?? 'department.json';
  const { department, problems } = await check(file);
  const out = [
    `${file}: ${department.name ? `"${department.name}"` : 'no name'}; links set: ${Object.keys(department.links).join(', ') || 'none (the safe defaults)'}; cors: ${department.cors}; units: ${department.units.length}.`,
    ...problems.map((problem) => `  ${printable(problem)}`),
  ];
  (problems.length ? process.stderr : process.stdout).write(`${out.join('\n')}\n`);
  return problems.length ? EXIT.failed : EXIT.ok;
}

/** Reads and checks the file: { department, problems }, as the pages would read it. */
export async function check(file) {
  let text;
  try {
    if (statSync(file).size > MAX_BYTES)
      throw new CliError(`"${printable(file)}" is over ${MAX_BYTES} bytes.`, EXIT.nothingUsable);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read "${printable(file)}": ${error.code ?? error.message}.`, EXIT.unreadable);
  }
  let json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(
      `"${printable(file)}" is not valid JSON (${printable(error.message)}); the pages would use the defaults.`,
      EXIT.nothingUsable,
    );
  }
  const { parseDepartment } = await sharedCode();
  return parseDepartment(json);
}
