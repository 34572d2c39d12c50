// `ispeed-widgets department check`: a department.json judged by the pages' own reader.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli } from './run-cli.mjs';

const folder = mkdtempSync(join(tmpdir(), 'ispeed-department-'));
const write = (name, text) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

test('a good file: what the pages will use, exit 0', async () => {
  const { code, stdout } = await cli('department', 'check', 'examples/department.json');
  assert.equal(code, 0, stdout);
  assert.match(
    stdout,
    /"Sở Khoa học và Công nghệ tỉnh Đắk Lắk"; links set: web, android, ios, materials; cors: false; units: 3\./,
  );
});

test('each thing the pages would leave out, on its own line, exit 1', async () => {
  const file = write(
    'bad.json',
    JSON.stringify({
      name: 'Sở KH&CN',
      link: {},
      links: { android: 'javascript:alert(1)', store: 'https://example.com/' },
      units: [
        { code: 'Xã Ea Kao', name: 'Xã Ea Kao' },
        { code: 'phuong-tan-loi', name: 'Phường Tân Lợi' },
      ],
    }),
  );
  const { code, stderr } = await cli('department', 'check', file);
  assert.equal(code, 1);
  assert.match(stderr, /units: 1\./);
  assert.match(stderr, /"link" is not a setting/);
  assert.match(stderr, /links\.android must be an http\(s\) address; the default is kept/);
  assert.match(stderr, /links\.store is not a link name/);
  assert.match(stderr, /units\[0\] needs a unique "code" such as "xa-ea-kao"/);
});

test('not JSON: exit 4 with the parser’s reason; no file: exit 3', async () => {
  const broken = await cli('department', 'check', write('broken.json', '{ "name": "Sở" '));
  assert.equal(broken.code, 4);
  assert.match(broken.stderr, /is not valid JSON/);
  const missing = await cli('department', 'check', join(folder, 'none.json'));
  assert.equal(missing.code, 3);
  assert.match(missing.stderr, /cannot read/);
});
