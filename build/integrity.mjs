// Subresource Integrity: the sha384 of each script a webmaster pastes, for
// the integrity="" attribute of the embed code (dist/integrity.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sriHash } from './classic-chunks.mjs';

export { sriHash };

/** The chunks' hashes were taken from the code in memory: check them against the files written. */
export function checkChunkIntegrity(dist) {
  const { integrity } = JSON.parse(readFileSync(join(dist, 'chunks/manifest.json'), 'utf8'));
  for (const [file, hash] of Object.entries(integrity)) {
    if (sriHash(readFileSync(join(dist, 'chunks', file))) !== hash)
      throw new Error(`chunks/${file} differs from the hash the loader carries.`);
  }
}

export function writeIntegrity(dist, files) {
  const integrity = Object.fromEntries(files.map((file) => [file, sriHash(readFileSync(join(dist, file)))]));
  writeFileSync(join(dist, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  return integrity;
}
