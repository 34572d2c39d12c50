/**
 * `department.json`: the one file a Department edits beside `dist/` to set its
 * name, its links and its published list of units. Read on the Department's
 * own host only (go.html, the configurator, embed.html, print.html, the
 * report page) and by the command line; widgets on portals never fetch it.
 * No DOM: this module runs in the browser and in Node.
 */
import { LINK_NAMES, type Links } from '../registry/config-types.js';
import { slugify } from '../registry/unit-code.js';

export interface DepartmentUnit {
  /** The unit's code, as in `unit="xa-ea-kao"`. */
  code: string;
  /** Its name as printed, e.g. "Xã Ea Kao". */
  name: string;
  /** Its kind as the Department groups them, e.g. "xa", "phuong", "so-nganh"; free text. */
  type?: string;
  /** Its portal's address, for `check-portals`. */
  portal?: string;
}

export interface Department {
  /** The issuing agency, e.g. "Sở Khoa học và Công nghệ tỉnh Đắk Lắk". */
  name?: string;
  /** The store and web links; any left out keep the library's safe defaults. */
  links: Partial<Links>;
  /** True when the Department's host sends `Access-Control-Allow-Origin` (so the SRI form works). */
  cors: boolean;
  /** The published list of units; empty when none was published. */
  units: DepartmentUnit[];
}

export interface DepartmentReading {
  department: Department;
  /** One plain sentence per thing left out, for the console or the page. */
  problems: string[];
}

const MAX_TEXT = 200;
const MAX_UNITS = 5000;
const KEYS = ['$schema', 'name', 'links', 'cors', 'units'];

function httpLink(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  try {
    const url = new URL(value.trim());
    if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password) return url.href;
  } catch {
    // not a link: reported by the caller
  }
  return undefined;
}

function plainText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  // Control and bidi characters have no place in a name printed under the Department's heading.
  if (!text || text.length > MAX_TEXT || /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/.test(text))
    return undefined;
  return text;
}

/**
 * Checks a parsed `department.json`. Never throws: what is wrong is left out
 * and said once in `problems`, and the rest is used.
 */
export function parseDepartment(json: unknown): DepartmentReading {
  const problems: string[] = [];
  const department: Department = { links: {}, cors: false, units: [] };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    problems.push('department.json: expected an object such as {"name": "…", "links": {…}, "units": […]}.');
    return { department, problems };
  }
  const input = json as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!KEYS.includes(key))
      problems.push(`department.json: "${key.slice(0, 40)}" is not a setting; known: ${KEYS.join(', ')}.`);
  }
  if (Object.hasOwn(input, 'name')) {
    const name = plainText(input.name);
    if (name) department.name = name;
    else problems.push(`department.json: "name" must be plain text of at most ${MAX_TEXT} characters.`);
  }
  if (Object.hasOwn(input, 'cors')) {
    if (typeof input.cors === 'boolean') department.cors = input.cors;
    else problems.push('department.json: "cors" must be true or false.');
  }
  if (Object.hasOwn(input, 'links')) {
    const links = input.links;
    if (typeof links !== 'object' || links === null || Array.isArray(links)) {
      problems.push(`department.json: "links" must be an object with ${LINK_NAMES.join(', ')}.`);
    } else {
      for (const [name, value] of Object.entries(links)) {
        const link = (LINK_NAMES as readonly string[]).includes(name) ? httpLink(value) : undefined;
        if (link) department.links[name as keyof Links] = link;
        else if (!(LINK_NAMES as readonly string[]).includes(name))
          problems.push(
            `department.json: links.${name.slice(0, 40)} is not a link name; known: ${LINK_NAMES.join(', ')}.`,
          );
        else problems.push(`department.json: links.${name} must be an http(s) address; the default is kept.`);
      }
    }
  }
  if (Object.hasOwn(input, 'units')) {
    if (!Array.isArray(input.units)) problems.push('department.json: "units" must be a list.');
    else department.units = readUnits(input.units, problems);
  }
  return { department, problems };
}

function readUnits(list: unknown[], problems: string[]): DepartmentUnit[] {
  const units: DepartmentUnit[] = [];
  const seen = new Set<string>();
  let refused = 0;
  for (const [index, entry] of list.slice(0, MAX_UNITS).entries()) {
    const item = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const name = plainText(item.name);
    const code = typeof item.code === 'string' && item.code === slugify(item.code) && item.code ? item.code : undefined;
    if (!name || !code || seen.has(code)) {
      if (refused++ < 5)
        problems.push(
          `department.json: units[${index}] needs a unique "code" such as "xa-ea-kao" and a "name"; left out.`,
        );
      continue;
    }
    seen.add(code);
    const unit: DepartmentUnit = { code, name };
    const type = plainText(item.type);
    if (type) unit.type = type;
    const portal = httpLink(item.portal);
    if (portal) unit.portal = portal;
    else if (item.portal !== undefined)
      problems.push(`department.json: units[${index}].portal must be an http(s) address; left out.`);
    units.push(unit);
  }
  if (refused > 5) problems.push(`department.json: ${refused} units were left out in all.`);
  if (list.length > MAX_UNITS) problems.push(`department.json: only the first ${MAX_UNITS} units are read.`);
  return units;
}

/** The published unit whose code or whole name matches, if any. */
export function findUnit(department: Department, codeOrName: string): DepartmentUnit | undefined {
  const wanted = codeOrName.normalize('NFC').trim();
  return department.units.find((unit) => unit.code === wanted || unit.name === wanted);
}
