// build/asset-manifest.mjs re-hashes the files an asset manifest lists: run
// on a copy of the library's own assets/.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { sha256, writeAssetManifest } from '../../build/asset-manifest.mjs';

const folder = mkdtempSync(join(tmpdir(), 'asset-manifest-'));
after(() => rmSync(folder, { recursive: true, force: true }));
cpSync('assets', folder, { recursive: true });
const original = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));

test("sha256 is the hex SHA-256 of a file's bytes", () => {
  writeFileSync(join(folder, 'abc.txt'), 'abc');
  // FIPS 180-4's test vector for "abc".
  assert.equal(sha256(join(folder, 'abc.txt')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('every listed file gets its own hash, and nothing else in the manifest changes', () => {
  const banner = original.assets.find((entry) => entry.kind === 'banner');
  writeFileSync(join(folder, banner.file), `${readFileSync(join(folder, banner.file), 'utf8')}<!-- changed -->`);
  const written = writeAssetManifest(folder);
  assert.deepEqual(JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')), written);
  assert.equal(written.assets.length, original.assets.length);
  for (const [index, entry] of written.assets.entries()) {
    assert.equal(entry.sha256, sha256(join(folder, entry.file)), entry.file);
    const { sha256: _new, ...rest } = entry;
    const { sha256: _old, ...before } = original.assets[index];
    assert.deepEqual(rest, before, `${entry.file}: only its hash is rewritten`);
  }
  assert.notEqual(written.assets.find((entry) => entry.file === banner.file).sha256, banner.sha256);
  assert.equal(written.schema, original.schema);
});
