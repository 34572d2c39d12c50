/**
 * Reads the Department's `department.json` for its own pages (go.html,
 * embed.html, print.html, the configurator): from the same origin only, once
 * per page. The file is optional: a missing one (404) is normal and says
 * nothing; one that cannot be used says so once in the console, and the
 * pages go on with the library's safe defaults.
 */
import { parseDepartment, type Department } from '../data/department.js';
import { fetchJson } from '../runtime/fetch-json.js';
import { DEFAULT_LINKS } from '../runtime/links.js';
import { warnOnce } from '../loader/log.js';
import type { Links } from '../registry/config-types.js';

export type { Department, DepartmentUnit } from '../data/department.js';

/** Its name, beside dist/'s files (the folder of ispeed.js, go.html, embed.html and print.html). */
export const DEPARTMENT_FILE = 'department.json';

const TIMEOUT_MS = 3000;

/** What a page uses when there is no file, or no usable one. */
export function emptyDepartment(): Department {
  return { links: {}, cors: false, units: [] };
}

const loads = new Map<string, Promise<Department>>();

/**
 * The Department's settings from `department.json` in `folder` (the
 * ispeed-widgets folder, ending with `/`), or from `file` (a path relative to
 * the folder, e.g. a script tag's `data-department`). Never rejects.
 */
export function loadDepartment(folder: string, file = DEPARTMENT_FILE): Promise<Department> {
  let url: URL;
  try {
    url = new URL(file, folder);
  } catch {
    warnOnce(`${file} is not an address; using the default links.`);
    return Promise.resolve(emptyDepartment());
  }
  let pending = loads.get(url.href);
  if (!pending) {
    pending = read(url);
    loads.set(url.href, pending);
  }
  return pending;
}

async function read(url: URL): Promise<Department> {
  if (url.origin !== location.origin) {
    warnOnce(`${url.href} is not on this page's own address (${location.origin}); using the default links.`);
    return emptyDepartment();
  }
  const result = await fetchJson(url.href, TIMEOUT_MS);
  if (!result.ok) {
    // No file is the usual case: a Department that has not written one uses the defaults.
    if (result.reason !== 'HTTP 404')
      warnOnce(
        `${url.href} could not be used: ${result.reason.startsWith('not JSON') ? `it is not valid JSON (${result.reason})` : result.reason}. Using the default links and no list of units.`,
      );
    return emptyDepartment();
  }
  const { department, problems } = parseDepartment(result.data);
  for (const problem of problems) warnOnce(`${problem} (${url.href})`);
  return department;
}

/** The Department's links over the safe defaults. */
export function departmentLinks(department: Department): Links {
  return { ...DEFAULT_LINKS, ...department.links };
}

/** The unit names a page may show, or undefined when the Department published no list. */
export function unitNames(department: Department): string[] | undefined {
  return department.units.length ? department.units.map((unit) => unit.name) : undefined;
}
