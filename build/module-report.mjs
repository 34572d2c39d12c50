// Which source modules each built file carries, for the tests that hold the
// loader and the chunks apart (test/build/modules.test.mjs). Written beside
// the build's output, never into it: dist/modules.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

export const MODULE_REPORT = 'modules.json';

/** A module id as a path under `root` (src/…, node_modules/…); virtual ids, such as rolldown's runtime, as they are. */
export function moduleName(root, id) {
  const path = id.split('?')[0];
  if (!isAbsolute(path)) return id;
  const name = relative(root, path);
  return name.startsWith('..') ? path : name.split(sep).join('/');
}

/**
 * Records, in `dist`/modules.json, each output file (its path under `dist`)
 * with the modules whose code it carries (paths under `root`) and their
 * rendered length. Every build that uses this plugin adds its files to the one report.
 */
export function recordModules(root, dist) {
  const distDir = resolve(root, dist);
  const reportFile = join(distDir, MODULE_REPORT);
  return {
    name: 'ispeed-record-modules',
    writeBundle(options, bundle) {
      const report = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const file = relative(distDir, join(options.dir, output.fileName)).split(sep).join('/');
        const modules = Object.entries(output.modules)
          .filter(([, module]) => module.renderedLength > 0)
          .map(([id, module]) => [moduleName(root, id), module.renderedLength])
          .sort(([a], [b]) => (a < b ? -1 : 1));
        report[file] = Object.fromEntries(modules);
      }
      writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
    },
  };
}
