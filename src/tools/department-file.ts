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

/**
 * What reading the file gave: `absent` when the host has none (404, the usual
 * case), else what parseDepartment made of it, with one sentence per thing
 * left out. A file that cannot be read, or is on another origin, counts as a
 * Department with nothing set, with the reason as its problem.
 */
export type DepartmentFile =
  { state: 'loading' } | { state: 'absent' } | { state: 'read'; department: Department; problems: string[] };

const reads = new Map<string, Promise<DepartmentFile>>();

/**
 * `department.json` in `folder` (the ispeed-widgets folder, ending with `/`),
 * or `file` relative to it (e.g. a script tag's `data-department`): read once
 * per address, from this page's own origin only. Never rejects; says nothing
 * itself, so each page words its problems its own way.
 */
export function readDepartmentFile(folder: string, file = DEPARTMENT_FILE): Promise<DepartmentFile> {
  let url: URL;
  try {
    url = new URL(file, folder);
  } catch {
    return Promise.resolve(unusable(`${file} is not an address`));
  }
  let pending = reads.get(url.href);
  if (!pending) {
    pending = read(url);
    reads.set(url.href, pending);
  }
  return pending;
}

function unusable(problem: string): DepartmentFile {
  return {
    state: 'read',
    department: emptyDepartment(),
    problems: [`${problem}. Using the default links and no list of units.`],
  };
}

async function read(url: URL): Promise<DepartmentFile> {
  if (url.origin !== location.origin)
    return unusable(`${url.href} is not on this page's own address (${location.origin})`);
  const result = await fetchJson(url.href, TIMEOUT_MS);
  if (!result.ok && result.reason === 'HTTP 404') return { state: 'absent' };
  if (!result.ok) {
    const reason = result.reason.startsWith('not JSON') ? `it is not valid JSON (${result.reason})` : result.reason;
    return unusable(`${url.href} could not be used: ${reason}`);
  }
  const { department, problems } = parseDepartment(result.data);
  return { state: 'read', department, problems: problems.map((problem) => `${problem} (${url.href})`) };
}

/**
 * The Department's settings for a page that just uses them (go.html,
 * embed.html, print.html, the report's print): each problem said once in the
 * console, and the library's safe defaults where the file is missing or unusable.
 */
export async function loadDepartment(folder: string, file = DEPARTMENT_FILE): Promise<Department> {
  const result = await readDepartmentFile(folder, file);
  if (result.state !== 'read') return emptyDepartment();
  for (const problem of result.problems) warnOnce(problem);
  return result.department;
}

/** The Department's links over the safe defaults. */
export function departmentLinks(department: Department): Links {
  return { ...DEFAULT_LINKS, ...department.links };
}

/** The unit names a page may show, or undefined when the Department published no list. */
export function unitNames(department: Department): string[] | undefined {
  return department.units.length ? department.units.map((unit) => unit.name) : undefined;
}
