// The Department's own department.json, when it keeps one at the project's
// root (git-ignored, never packed), goes beside the pages in dist/, so that
// `npm start` serves it: the build empties dist/ first, so a copy put there
// by hand would not last to the next build.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Copies `<root>/department.json` into `<dist>/`; says whether there was one. */
export function copyDepartmentFile(root = '.', dist = 'dist') {
  const file = join(root, 'department.json');
  if (!existsSync(file)) return false;
  copyFileSync(file, join(dist, 'department.json'));
  return true;
}
