// Subresource Integrity: the sha384 of each script a webmaster pastes, for
// the integrity="" attribute of the embed code (dist/integrity.json).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

export function writeIntegrity(dist, files) {
  const integrity = Object.fromEntries(files.map((file) => [file, sriHash(readFileSync(join(dist, file)))]));
  writeFileSync(join(dist, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  return integrity;
}
