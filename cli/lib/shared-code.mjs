// The browser's own code that the command line runs too (src/data/node.ts:
// the progress reader, the report table, the artwork manifest's rules), built
// by `npm run build` to dist/lib/, so a file is judged the same in both places.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError, EXIT } from './cli-error.mjs';

/** `progress-report` (the reader and the table), or `xlsx` (the workbook reader and writer, for workbooks only). */
export async function sharedCode(name = 'progress-report') {
  const built = new URL(`../../dist/lib/${name}.js`, import.meta.url);
  if (!existsSync(fileURLToPath(built)))
    throw new CliError(`dist/lib/${name}.js is missing: run "npm run build" first.`, EXIT.failed);
  return import(built.href);
}
