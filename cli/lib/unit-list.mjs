// The Department's list of units with their portal addresses, from a CSV
// (an Excel export with title rows and Vietnamese column names) or from
// department.json. Columns are found by name: unit, name and url by default,
// their usual Vietnamese names, or what --columns maps.
import { readFileSync } from 'node:fs';
import { CliError, EXIT } from './cli-error.mjs';
import { printable } from './printable.mjs';

const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Each field's usual column names, folded (no tone marks, lower case). */
const KNOWN_NAMES = {
  unit: ['unit', 'ma don vi', 'ma dv', 'ma'],
  name: ['name', 'ten don vi', 'ten dv', 'don vi', 'ten'],
  url: ['url', 'portal', 'dia chi cong', 'cong thong tin', 'cong ttdt', 'dia chi website', 'website', 'trang web'],
};

/** "unit:Mã ĐV,url:Cổng TTĐT" as { unit: ['ma dv'], url: ['cong ttdt'] }. */
export function columnNames(mapping = '') {
  const names = Object.fromEntries(Object.entries(KNOWN_NAMES).map(([field, list]) => [field, [...list]]));
  for (const pair of mapping.split(',').filter((part) => part.trim())) {
    const [field, ...rest] = pair.split(':');
    const key = field.trim().toLowerCase();
    if (!(key in names) || !rest.join(':').trim())
      throw new CliError(
        `--columns: "${printable(pair)}" is not like "unit:Mã ĐV" (fields: unit, name, url).`,
        EXIT.usage,
      );
    names[key].unshift(fold(rest.join(':')));
  }
  return names;
}

/** A totals, signature or note row, whichever column it writes that in (folded text). */
const NOT_A_UNIT = /^(tong cong|tong so|tong|cong|total|nguoi lap|thu truong|ghi chu)\b/;

/** The delimiter of a CSV: whichever of ; , and tab splits its lines into the most cells. */
function delimiterOf(text) {
  const lines = text.split(/\r?\n/).slice(0, 30);
  const score = (delimiter) => lines.reduce((sum, line) => sum + line.split(delimiter).length - 1, 0);
  return [';', ',', '\t'].sort((a, b) => score(b) - score(a))[0];
}

/**
 * @returns {{ units: { unit: string, name: string, url: string }[], problems: string[] }}
 */
export function unitsFromRows(rows, names, slugify) {
  const find = (header, field) => header.findIndex((cell) => names[field].includes(fold(String(cell))));
  const headerAt = rows.slice(0, 30).findIndex((row) => find(row, 'unit') >= 0 && find(row, 'url') >= 0);
  if (headerAt < 0)
    throw new CliError(
      `no row names both a unit column (${names.unit[0]}) and an address column (${names.url[0]}); map them with --columns "unit:…,url:…".`,
      EXIT.nothingUsable,
    );
  const header = rows[headerAt];
  const at = { unit: find(header, 'unit'), name: find(header, 'name'), url: find(header, 'url') };
  const units = [];
  const problems = [];
  for (const row of rows.slice(headerAt + 1)) {
    const raw = String(row[at.unit] ?? '').trim();
    const name = at.name >= 0 ? String(row[at.name] ?? '').trim() : '';
    if (!raw && !name) continue;
    const unit = slugify(raw || name);
    if (!unit) continue;
    // Totals and signature rows have no address, and say what they are in some cell.
    if (!row[at.url] && row.some((cell) => NOT_A_UNIT.test(fold(String(cell))))) continue;
    units.push({ unit, name, url: String(row[at.url] ?? '').trim() });
  }
  if (!units.length) problems.push('the list has no unit.');
  return { units, problems };
}

/** Reads the list from `path` (.json: department.json; else CSV). */
export function readUnitList(path, { columns, lib }) {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new CliError(`cannot read "${printable(path)}": no such file.`, EXIT.unreadable);
  }
  if (/\.json$/i.test(path)) {
    let json;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw new CliError(`"${printable(path)}" is not valid JSON (${error.message}).`, EXIT.nothingUsable);
    }
    const { department, problems } = lib.parseDepartment(json);
    return {
      units: department.units.map(({ code, name, portal }) => ({ unit: code, name, url: portal ?? '' })),
      problems,
    };
  }
  const { text } = lib.decodeText(bytes);
  const rows = lib.readCsv(text.replace(/^\uFEFF/, ''), delimiterOf(text));
  return unitsFromRows(rows, columnNames(columns), lib.slugify);
}
