// build/integrity.mjs: the sha384 values of dist/integrity.json and of the
// chunks' manifest, on small files written for the test.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { checkChunkIntegrity, sriHash, writeIntegrity } from '../../build/integrity.mjs';

const dist = mkdtempSync(join(tmpdir(), 'integrity-'));
after(() => rmSync(dist, { recursive: true, force: true }));

test('sriHash is the sha384 an integrity attribute takes', () => {
  // The SHA-384 of no bytes, from FIPS 180-4's test vectors, in base64.
  assert.equal(sriHash(''), 'sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb');
  assert.equal(sriHash(Buffer.from('Xã Ea Kao')), sriHash('Xã Ea Kao'), 'text is hashed as UTF-8');
});

test("writeIntegrity writes each named script's hash to integrity.json", () => {
  writeFileSync(join(dist, 'ispeed.js'), 'console.log(1);\n');
  writeFileSync(join(dist, 'ispeed.bundle.js'), 'console.log(2);\n');
  const written = writeIntegrity(dist, ['ispeed.js', 'ispeed.bundle.js']);
  assert.deepEqual(JSON.parse(readFileSync(join(dist, 'integrity.json'), 'utf8')), written);
  assert.deepEqual(written, {
    'ispeed.js': sriHash('console.log(1);\n'),
    'ispeed.bundle.js': sriHash('console.log(2);\n'),
  });
});

test('checkChunkIntegrity accepts chunks as hashed and names one that changed', () => {
  mkdirSync(join(dist, 'chunks'), { recursive: true });
  const chunks = { 'core-a1.js': 'var core = 1;', 'ispeed-banner-b2.js': 'var banner = 2;' };
  for (const [file, code] of Object.entries(chunks)) writeFileSync(join(dist, 'chunks', file), code);
  const integrity = Object.fromEntries(Object.entries(chunks).map(([file, code]) => [file, sriHash(code)]));
  writeFileSync(join(dist, 'chunks/manifest.json'), JSON.stringify({ files: {}, integrity }));
  assert.doesNotThrow(() => checkChunkIntegrity(dist));
  writeFileSync(join(dist, 'chunks/ispeed-banner-b2.js'), 'var banner = 3;');
  assert.throws(
    () => checkChunkIntegrity(dist),
    /chunks\/ispeed-banner-b2\.js differs from the hash the loader carries/,
  );
});
