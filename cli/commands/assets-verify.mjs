// `ispeed-widgets assets verify`: whether a folder is safe to publish as an
// asset base. Its manifest.json is judged by the widgets' own rules (a
// manifest they would refuse fails here too), then every file it lists is
// checked against it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileKind } from '../lib/classify.mjs';
import { CliError, EXIT } from '../lib/cli-error.mjs';
import { insideFolder } from '../lib/file-names.mjs';
import { printable } from '../lib/printable.mjs';
import { sha256 } from '../lib/sha256.mjs';
import { sharedCode } from '../lib/shared-code.mjs';

export const usage = `  ispeed-widgets assets verify <dir>
      Check every file against <dir>/manifest.json (sha256 and pixel size), and
      every SVG again against the rules pull applies (no scripts, no outside content).`;

export const options = {};

/** The command as typed; returns the exit code. */
export async function run(_values, [folder]) {
  if (!folder) throw new CliError('assets verify needs a folder.', EXIT.usage);
  return (await verify(folder)).exitCode;
}

/** What is wrong with one listed file: missing, changed, resized, or an SVG that could run script. */
function fileProblems(folder, entry) {
  const problems = [];
  for (const file of [entry.file, entry.file2x].filter(Boolean)) {
    let path;
    try {
      path = insideFolder(folder, file);
    } catch (error) {
      problems.push(`${file}: ${error.message}`);
      continue;
    }
    if (!existsSync(path)) {
      problems.push(`${file}: missing`);
      continue;
    }
    const bytes = readFileSync(path);
    if (file === entry.file && entry.sha256 && sha256(bytes) !== entry.sha256)
      problems.push(`${file}: sha256 differs from the manifest (the file changed)`);
    const kind = fileKind(bytes, file);
    if ('problem' in kind) problems.push(`${file}: ${kind.problem}`);
    else if (file === entry.file && entry.width && (kind.width !== entry.width || kind.height !== entry.height))
      problems.push(`${file}: is ${kind.width}x${kind.height}, the manifest says ${entry.width}x${entry.height}`);
  }
  return problems;
}

/** Checks a folder's manifest.json with the widgets' rules, then every file: present, same sha256, same pixel size. */
export async function verify(folder, { stdout = process.stdout } = {}) {
  const manifestPath = join(folder, 'manifest.json');
  if (!existsSync(manifestPath)) throw new CliError(`no manifest.json in ${folder}.`, EXIT.usage);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    throw new CliError(`${manifestPath} is not valid JSON (${error.message}).`, EXIT.failed);
  }
  const { manifestProblems } = await sharedCode();
  // The rules' own words name an entry ("assets[2].alt …"); a problem of the whole file needs its name.
  const problems = manifestProblems(manifest).map((problem) =>
    problem.startsWith('assets[') ? problem : `manifest.json: ${problem}`,
  );
  const entries = (Array.isArray(manifest?.assets) ? manifest.assets : []).filter(
    (entry) => entry && typeof entry === 'object',
  );
  const count = entries.reduce((sum, entry) => sum + [entry.file, entry.file2x].filter(Boolean).length, 0);
  for (const entry of entries) problems.push(...fileProblems(folder, entry));
  stdout.write(
    problems.length
      ? `${problems.length} problem(s) in ${printable(folder)}:\n${problems.map((p) => `  ${printable(p)}`).join('\n')}\n`
      : `All ${count} files in ${printable(folder)} match manifest.json.\n`,
  );
  return { problems, exitCode: problems.length ? EXIT.failed : EXIT.ok };
}
