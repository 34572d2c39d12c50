// Re-hashes every file listed in an asset folder's manifest.json, so the
// published sha256 values always match the files beside them.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function writeAssetManifest(folder) {
  const path = join(folder, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  for (const entry of manifest.assets) entry.sha256 = sha256(join(folder, entry.file));
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
