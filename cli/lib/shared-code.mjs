// The browser's own code that the command line runs too (src/data/node.ts:
// the progress reader, the report table, the artwork manifest's rules), built
// by `npm run build` to dist/lib/, so a file is judged the same in both places.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError, EXIT } from './cli-error.mjs';

const BUILT = new URL('../../dist/lib/progress-report.js', import.meta.url);

export async function sharedCode() {
  if (!existsSync(fileURLToPath(BUILT)))
    throw new CliError('dist/lib/progress-report.js is missing: run "npm run build" first.', EXIT.failed);
  return import(BUILT.href);
}
