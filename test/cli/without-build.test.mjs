// In a source checkout that has not been built, the command still answers
// --help, and a command that needs the built code says so in one line.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);

describe('ispeed-widgets without dist/', () => {
  let folder;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'ispeed-unbuilt-'));
    for (const path of ['bin', 'cli', 'package.json']) cpSync(path, join(folder, path), { recursive: true });
    symlinkSync(resolve('node_modules'), join(folder, 'node_modules'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const cli = async (...args) => {
    try {
      const { stdout, stderr } = await run(process.execPath, ['bin/ispeed-widgets.mjs', ...args], {
        cwd: folder,
        encoding: 'utf8',
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      return { code: error.code, stdout: error.stdout, stderr: error.stderr };
    }
  };

  it('prints its help', async () => {
    const { code, stdout, stderr } = await cli('--help');
    assert.equal(code, 0, stderr);
    assert.match(stdout, /ispeed-widgets assets pull/);
  });

  it('says that a command needs the build, without a stack trace', async () => {
    const { code, stderr } = await cli('assets', 'pull', join(folder, 'nothing-here'), '--out', join(folder, 'out'));
    assert.notEqual(code, 0);
    assert.match(stderr, /dist\/lib\/progress-report\.js is missing: run "npm run build" first/);
    assert.doesNotMatch(stderr, /\n\s+at /);
  });
});
