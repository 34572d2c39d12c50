// Safe file names for downloaded materials: only letters, digits, '-', '_'
// and '.', no path separators, no '..', and never a path outside the folder.
import { rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

/** "Băng rôn i-Speed 728x90.PNG" → "bang-ron-i-speed-728x90.png"; "../../x.png" → "x.png". */
export function safeFileName(raw, fallbackExtension = 'bin') {
  const last = raw.split(/[\\/]/).pop() ?? '';
  const dot = last.lastIndexOf('.');
  const stem = dot > 0 ? last.slice(0, dot) : last;
  const extension =
    (dot > 0 ? last.slice(dot + 1) : fallbackExtension).toLowerCase().replace(/[^a-z0-9]/g, '') || fallbackExtension;
  const clean = stem
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^[-_.]+|[-_.]+$/g, '')
    .slice(0, 80);
  return `${clean || 'file'}.${extension}`;
}

/** A name not taken yet: "x.png", then "x-2.png", "x-3.png"... */
export function uniqueName(name, taken) {
  let candidate = name;
  const dot = name.lastIndexOf('.');
  for (let n = 2; taken.has(candidate); n++) candidate = `${name.slice(0, dot)}-${n}${name.slice(dot)}`;
  taken.add(candidate);
  return candidate;
}

/** The path of a file inside a folder; throws if the name would leave it. */
export function insideFolder(folder, name) {
  const root = resolve(folder);
  const path = resolve(join(root, name));
  const rel = relative(root, path);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) throw new Error(`refusing to write outside ${root}: ${name}`);
  return path;
}

/**
 * Writes a new file inside the folder. An existing file or symbolic link of
 * that name is removed first and the file is created exclusively, so a link
 * planted in the folder cannot redirect the write elsewhere.
 */
export function writeInside(folder, name, bytes) {
  const path = insideFolder(folder, name);
  rmSync(path, { force: true });
  writeFileSync(path, bytes, { flag: 'wx' });
}
