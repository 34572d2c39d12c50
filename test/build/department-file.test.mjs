// The build copies a department.json kept at the project's root into dist/
// (which it empties first), so `npm start` serves the Department's own file.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { copyDepartmentFile } from '../../build/department-file.mjs';

const project = () => {
  const root = mkdtempSync(join(tmpdir(), 'ispeed-department-'));
  mkdirSync(join(root, 'dist'));
  return root;
};

test('copies the root department.json into dist/', () => {
  const root = project();
  const text = readFileSync('examples/department.json', 'utf8');
  writeFileSync(join(root, 'department.json'), text);
  assert.equal(copyDepartmentFile(root, join(root, 'dist')), true);
  assert.equal(readFileSync(join(root, 'dist/department.json'), 'utf8'), text);
});

test('without one, writes nothing: the pages keep the safe defaults', () => {
  const root = project();
  assert.equal(copyDepartmentFile(root, join(root, 'dist')), false);
  assert.equal(existsSync(join(root, 'dist/department.json')), false);
});

test('a local department.json is never packed, nor committed', () => {
  const { files } = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.ok(files.includes('!dist/department.json'));
  assert.match(readFileSync('.gitignore', 'utf8'), /^\/department\.json$/m);
});
