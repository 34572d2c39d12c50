// Reads materials from a local folder instead of a page, under the same size
// cap as a download.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatBytes } from './format-bytes.mjs';
import { ASSET_EXTENSIONS } from './html-links.mjs';

/** Asset files in a folder and its subfolders. Symbolic links are skipped: they may lead anywhere, or loop. */
export function assetFilesIn(folder) {
  const found = [];
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isSymbolicLink()) continue;
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile() && ASSET_EXTENSIONS.includes(path.split('.').pop().toLowerCase())) found.push(path);
    }
  };
  visit(folder);
  return found;
}

/** A file's bytes, or why it is skipped: the same answer as a download, so both are handled alike. */
export function readLocal(path, maxBytes) {
  return statSync(path).size > maxBytes
    ? { skip: `larger than ${formatBytes(maxBytes)}` }
    : { bytes: readFileSync(path) };
}
