/**
 * Reads the progress files a Department really has: the widgets' JSON, or a
 * CSV export (VNNIC's portal, a spreadsheet) with its own column names, title
 * rows above the header, thousands separators and no month column. One
 * implementation for <ispeed-progress>, the report page and the command line.
 *
 * Never throws: a file it cannot use comes back as the reason (text for the
 * console); a row it cannot use is left out with a problem naming the row.
 */
import { readCsv } from './csv.js';
import { slugify } from '../registry/unit-code.js';
import { vietnamMonth } from './vietnam-time.js';

export type UnitType = 'commune' | 'agency' | 'other';

/** One unit's measurement samples in one month. */
export interface ProgressRow {
  unit: string;
  name: string;
  /** YYYY-MM */
  month: string;
  samples: number;
  type: UnitType;
}

/** Where the month of a file without a month column came from. */
export type MonthSource = 'column' | 'attribute' | 'file' | 'updated' | 'today';

export interface ProgressData {
  rows: ProgressRow[];
  /** The file's own target, if it sets one. */
  target?: number;
  /** When the Department last updated the file (YYYY-MM-DD). */
  updated?: string;
  monthSource: MonthSource;
  /** Rows left out or merged, and limits reached: one line each, naming the row. */
  problems: string[];
}

export interface ReadOptions {
  /** `columns="unit:Mã ĐV,name:Tên đơn vị,samples:Tổng số mẫu"` */
  columns?: string;
  /** The month to give rows when the file has no month column (YYYY-MM or MM/YYYY). */
  month?: string;
  now?: Date;
}

/** Every commune, ward and agency of the country for a few months (the country has over 10,000 communes before 2025). */
export const MAX_ROWS = 50_000;
/** A CSV of MAX_ROWS rows is about 3 MB. */
export const MAX_BYTES = 10 * 1024 * 1024;
/** No unit measures ten million times a month: a longer number is a mistake, not a count. */
export const MAX_COUNT = 10_000_000;
/** Title rows a spreadsheet may have above its header. */
const HEADER_SEARCH_ROWS = 20;
const MAX_NAME = 120;

export type Field = 'unit' | 'name' | 'month' | 'samples' | 'type';
const FIELDS: readonly Field[] = ['unit', 'name', 'month', 'samples', 'type'];

/** Built-in column names (as slugs), in English and Vietnamese. */
const DEFAULT_COLUMNS: Record<string, Field> = {
  unit: 'unit',
  code: 'unit',
  ma: 'unit',
  'ma-don-vi': 'unit',
  'ma-dv': 'unit',
  'unit-code': 'unit',
  name: 'name',
  ten: 'name',
  'ten-don-vi': 'name',
  'don-vi': 'name',
  'ten-dv': 'name',
  'unit-name': 'name',
  month: 'month',
  thang: 'month',
  'ky-bao-cao': 'month',
  samples: 'samples',
  'so-mau': 'samples',
  mau: 'samples',
  'so-mau-do': 'samples',
  'tong-so-mau': 'samples',
  'tong-mau': 'samples',
  type: 'type',
  loai: 'type',
  'loai-don-vi': 'type',
  'loai-hinh': 'type',
};

/** Text of a cell or JSON value: only strings and finite numbers are text; an object is never turned into one. */
function cellText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Shortens a value for a console message without ever calling its toString. */
function show(value: unknown, max = 24): string {
  const text = cellText(value);
  if (text === undefined)
    return value === undefined || value === null
      ? 'nothing'
      : Array.isArray(value)
        ? 'a list'
        : typeof value === 'object'
          ? 'an object'
          : `a ${typeof value}`;
  return `"${text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text}"`;
}

/** "2026-11", "11/2026", "11-2026" or "11.2026" → "2026-11", for years 2000 to 2099. */
export function normalizeMonth(value: unknown): string | undefined {
  const text = cellText(value)?.trim() ?? '';
  const iso = /^(\d{4})-(\d{1,2})$/.exec(text);
  const vn = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month] = iso ? [+iso[1], +iso[2]] : vn ? [+vn[2], +vn[1]] : [0, 0];
  if (year < 2000 || year > 2099 || month < 1 || month > 12) return undefined;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** A real calendar date, "2026-11-20" or "20/11/2026" → "2026-11-20"; 2026-99-99 is not one. */
export function normalizeDate(value: unknown): string | undefined {
  const text = cellText(value)?.trim() ?? '';
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [+iso[1], +iso[2], +iso[3]] : vn ? [+vn[3], +vn[2], +vn[1]] : [0, 0, 0];
  if (year < 2000 || year > 2099) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

export type Count = { ok: true; value: number } | { ok: false; reason: string };

/** A whole number of samples: "124", "1.234", "1,234" and "1 234" (thousands) are all read; at most MAX_COUNT. */
export function readCount(value: unknown): Count {
  let number: number | undefined;
  if (typeof value === 'number') number = Number.isInteger(value) && value >= 0 ? value : undefined;
  else {
    const text = (cellText(value) ?? '').trim();
    if (/^\d+$/.test(text)) number = text.length > 12 ? Infinity : Number(text);
    else if (/^\d{1,3}([.,\s\u00a0\u202f]\d{3})+$/.test(text))
      number = text.length > 16 ? Infinity : Number(text.replace(/\D/g, ''));
  }
  if (number === undefined) return { ok: false, reason: `${show(value)} is not a whole number` };
  if (number > MAX_COUNT)
    return { ok: false, reason: `${show(value)} is larger than ${MAX_COUNT.toLocaleString('en')}` };
  return { ok: true, value: number };
}

export function parseCount(value: unknown): number | undefined {
  const count = readCount(value);
  return count.ok ? count.value : undefined;
}

const COMMUNE_NAME = /^(xã|phường|thị trấn|đặc khu)\s/;
const AGENCY_NAME =
  /^(sở|ban|văn phòng|thanh tra|ủy ban|uỷ ban|tỉnh đoàn|hội|liên đoàn|mặt trận|đài|báo|công an|bộ chỉ huy|kho bạc|cục|chi cục|trung tâm)\s/;

/** Xã/Phường (and Thị trấn, Đặc khu) against Sở/Ban/Ngành and other agencies, from a `type` cell or the name. */
export function unitType(name: string, type?: string): UnitType {
  const typeSlug = type?.trim() ? slugify(type) : '';
  if (typeSlug) {
    if (/^(xa|phuong|thi-tran|dac-khu|commune|ward)/.test(typeSlug)) return 'commune';
    if (/^(so|ban|nganh|co-quan|agency|department|to-chuc|doan-the)/.test(typeSlug)) return 'agency';
    return 'other';
  }
  // The name is already NFC: match its first words as written, without slugifying every row.
  const start = name.slice(0, 24).toLowerCase();
  if (COMMUNE_NAME.test(start)) return 'commune';
  if (AGENCY_NAME.test(start)) return 'agency';
  return 'other';
}

/** `unit:Mã ĐV,name:Tên đơn vị` → { unit: 'ma-dv', name: 'ten-don-vi' }; unknown fields are reported. */
export function parseColumnsOption(text: string | undefined, problems: string[]): Partial<Record<Field, string>> {
  const map: Partial<Record<Field, string>> = {};
  for (const pair of (text ?? '').split(',')) {
    if (!pair.trim()) continue;
    const colon = pair.indexOf(':');
    const field = pair.slice(0, colon).trim() as Field;
    const column = slugify(pair.slice(colon + 1));
    if (colon < 1 || !FIELDS.includes(field) || !column) {
      problems.push(
        `columns: "${pair.trim().slice(0, 40)}" is not like samples:Tổng số mẫu (fields: ${FIELDS.join(', ')})`,
      );
      continue;
    }
    map[field] = column;
  }
  return map;
}

/** What each header cell is, or the reason the row cannot be the header. */
function readHeader(
  cells: string[],
  mapped: Partial<Record<Field, string>>,
): { fields: (Field | undefined)[] } | { missing: string } | { duplicate: string } {
  const explicit = new Map(Object.entries(mapped).map(([field, column]) => [column, field as Field]));
  const fields = cells.map((cell) => {
    const slug = slugify(cell);
    const named = explicit.get(slug);
    if (named) return named;
    const builtIn = DEFAULT_COLUMNS[slug];
    // A field the editor mapped by name takes only that column.
    return builtIn && !mapped[builtIn] ? builtIn : undefined;
  });
  if (!fields.includes('samples') || !(fields.includes('unit') || fields.includes('name'))) {
    return { missing: !fields.includes('samples') ? 'samples' : 'unit' };
  }
  for (const field of FIELDS) {
    const at = fields.flatMap((value, index) => (value === field ? [index] : []));
    if (at.length > 1) {
      return {
        duplicate: `columns ${at.map((index) => `${index + 1} ("${cells[index].trim().slice(0, 30)}")`).join(' and ')} are all read as "${field}"; keep one, or name it with columns="${field}:…"`,
      };
    }
  }
  return { fields };
}

/** The most likely delimiter: the one a single line of the first few uses most often (title rows have none). */
function guessDelimiter(text: string): string {
  const lines = text.slice(0, 8192).split(/\r?\n/, HEADER_SEARCH_ROWS + 2);
  let best = ',';
  let bestCount = 0;
  for (const delimiter of [';', ',', '\t']) {
    const count = Math.max(0, ...lines.map((line) => line.split(delimiter).length - 1));
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

const TITLE_MONTH = /th[aá]ng\s*(\d{1,2})\s*[/.-]\s*(\d{4})|month\s*(\d{1,2})\s*[/.-]\s*(\d{4})/i;
const TITLE_UPDATED = /(?:c[aậ]p\s*nh[aậ]t|updated)[^0-9]{0,12}(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})/i;

interface RawRow {
  where: string;
  values: Record<string, unknown>;
}

/** Rows read between two pauses when reading in slices (readProgressText). */
const ROWS_PER_SLICE = 2000;
type Steps<T> = Generator<void, T, void>;

/** Turns raw rows into ProgressRows: months filled in, duplicates added up, each problem named. */
function* finish(
  raw: RawRow[],
  hasMonthColumn: boolean,
  file: { month?: string; updated?: string; target?: number },
  options: ReadOptions,
  problems: string[],
): Steps<ProgressData> {
  let fallbackMonth: string | undefined;
  let monthSource: MonthSource = 'column';
  if (!hasMonthColumn) {
    const asked = options.month ? normalizeMonth(options.month) : undefined;
    if (options.month && !asked) problems.push(`month "${options.month.slice(0, 20)}" is not like 2026-11`);
    if (asked) [fallbackMonth, monthSource] = [asked, 'attribute'];
    else if (file.month) [fallbackMonth, monthSource] = [file.month, 'file'];
    else if (file.updated) [fallbackMonth, monthSource] = [file.updated.slice(0, 7), 'updated'];
    else [fallbackMonth, monthSource] = [vietnamMonth(options.now), 'today'];
  }
  const rows: ProgressRow[] = [];
  const seen = new Map<string, { row: ProgressRow; where: string }>();
  for (const [index, { where, values }] of raw.entries()) {
    if (index && index % ROWS_PER_SLICE === 0) yield;
    const unitText = cellText(values.unit)?.trim();
    const nameText = cellText(values.name)?.trim().normalize('NFC').slice(0, MAX_NAME);
    if (values.unit !== undefined && unitText === undefined) {
      problems.push(`${where}: the unit code is ${show(values.unit)}, not text`);
      continue;
    }
    if (values.name !== undefined && nameText === undefined) {
      problems.push(`${where}: the unit name is ${show(values.name)}, not text`);
      continue;
    }
    const code = unitText || nameText || '';
    const unit = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(code) && code.length <= 64 ? code : slugify(code);
    const name = nameText || unitText?.normalize('NFC').slice(0, MAX_NAME) || unit;
    if (!unit) {
      problems.push(`${where}: no unit code or name`);
      continue;
    }
    const month = hasMonthColumn ? normalizeMonth(values.month) : fallbackMonth!;
    if (!month) {
      problems.push(`${where} (${name}): month ${show(values.month)} is not like 2026-11`);
      continue;
    }
    const samples = readCount(values.samples);
    if (!samples.ok) {
      problems.push(`${where} (${name}): samples ${samples.reason}`);
      continue;
    }
    const key = `${unit}\n${month}`;
    const first = seen.get(key);
    if (first) {
      first.row.samples += samples.value;
      problems.push(
        `${where} (${name}): the unit is listed again for ${month} (first at ${first.where}); its samples are added up`,
      );
      continue;
    }
    const row = { unit, name, month, samples: samples.value, type: unitType(name, cellText(values.type)) };
    seen.set(key, { row, where });
    rows.push(row);
  }
  return {
    rows,
    monthSource,
    problems,
    ...(file.target ? { target: file.target } : {}),
    ...(file.updated ? { updated: file.updated } : {}),
  };
}

/** The CSV reader as steps (see readProgressText). */
function* csvSteps(text: string, options: ReadOptions): Steps<ProgressData | string> {
  const problems: string[] = [];
  const mapped = parseColumnsOption(options.columns, problems);
  const input = text.replace(/^\uFEFF/, '');
  const lines = readCsv(input, guessDelimiter(input), MAX_ROWS + HEADER_SEARCH_ROWS + 1);
  let headerAt = -1;
  let header: { fields: (Field | undefined)[] } | undefined;
  let firstReason = '';
  for (let index = 0; index < Math.min(lines.length, HEADER_SEARCH_ROWS); index++) {
    const cells = lines[index];
    if (!cells.some((cell) => cell.trim())) continue;
    const read = readHeader(cells, mapped);
    if ('fields' in read) {
      [headerAt, header] = [index, read];
      break;
    }
    if ('duplicate' in read) return `line ${index + 1}: ${read.duplicate}`;
    if (!firstReason && cells.filter((cell) => cell.trim()).length > 1) {
      firstReason = `the header has no "${read.missing}" column (found: ${cells.join(', ').slice(0, 120)})`;
    }
  }
  if (!header) {
    if (!lines.some((cells) => cells.some((cell) => cell.trim()))) return 'the file is empty';
    return (
      (firstReason || 'no header row with the unit and its samples in the first 20 lines') +
      '; name the columns with columns="unit:…,samples:…"'
    );
  }
  yield;
  const titles = lines
    .slice(0, headerAt)
    .map((cells) => cells.join(' '))
    .join('\n');
  const titleMonth = TITLE_MONTH.exec(titles);
  const month = titleMonth
    ? normalizeMonth(`${titleMonth[1] ?? titleMonth[3]}/${titleMonth[2] ?? titleMonth[4]}`)
    : undefined;
  const updated = normalizeDate(TITLE_UPDATED.exec(titles)?.[1]);
  const raw: RawRow[] = [];
  const body = lines.slice(headerAt + 1);
  for (const [offset, cells] of body.entries()) {
    if (!cells.some((cell) => cell.trim())) continue;
    if (raw.length === MAX_ROWS) {
      problems.push(
        `the file has more than ${MAX_ROWS.toLocaleString('en')} rows: only the first ${MAX_ROWS.toLocaleString('en')} are read (from line ${headerAt + offset + 2} on, left out)`,
      );
      break;
    }
    const values: Record<string, unknown> = {};
    header.fields.forEach((field, column) => {
      if (field) values[field] = cells[column] ?? '';
    });
    raw.push({ where: `line ${headerAt + offset + 2}`, values });
  }
  return yield* finish(raw, header.fields.includes('month'), { month, updated }, options, problems);
}

/** The JSON reader as steps. */
function* jsonSteps(data: unknown, options: ReadOptions): Steps<ProgressData | string> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'not a JSON object';
  const file = data as Record<string, unknown>;
  if (file.schema !== 'ispeed-widgets/progress') return 'schema must be "ispeed-widgets/progress"';
  if (file.version !== 1) return `version ${show(file.version)} is not supported (expected 1)`;
  if (!Array.isArray(file.rows)) return 'rows must be a list';
  const problems: string[] = [];
  const month = file.month === undefined ? undefined : normalizeMonth(file.month);
  if (file.month !== undefined && !month) problems.push(`month ${show(file.month)} is not like 2026-11`);
  const updated = file.updated === undefined ? undefined : normalizeDate(file.updated);
  if (file.updated !== undefined && !updated)
    problems.push(`updated ${show(file.updated)} is not a date like 2026-11-20`);
  let target: number | undefined;
  if (file.target !== undefined) {
    const count = readCount(file.target);
    if (count.ok && count.value > 0) target = count.value;
    else problems.push(`target ${count.ok ? show(file.target) + ' is not positive' : count.reason}; using the default`);
  }
  if (file.rows.length > MAX_ROWS) {
    problems.push(
      `the file has ${file.rows.length.toLocaleString('en')} rows: only the first ${MAX_ROWS.toLocaleString('en')} are read`,
    );
  }
  const raw: RawRow[] = [];
  for (const [index, row] of file.rows.slice(0, MAX_ROWS).entries()) {
    if (!row || typeof row !== 'object' || Array.isArray(row)) {
      problems.push(`rows[${index}] is ${show(row)}, not an object`);
      continue;
    }
    raw.push({ where: `rows[${index}]`, values: row as Record<string, unknown> });
  }
  const hasMonth = file.rows.slice(0, MAX_ROWS).some((row) => row && typeof row === 'object' && 'month' in row);
  return yield* finish(raw, hasMonth, { month, updated, target }, options, problems);
}

function* textSteps(text: string, options: ReadOptions): Steps<ProgressData | string> {
  const start = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (start !== '{' && start !== '[') return yield* csvSteps(text, options);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return `not valid JSON (${String(error).slice(0, 80)})`;
  }
  yield;
  return yield* jsonSteps(data, options);
}

function runAll<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A CSV: comma, semicolon or tab; a BOM; quotes; title rows above the header. */
export function parseProgressCsv(text: string, options: ReadOptions = {}): ProgressData | string {
  return runAll(csvSteps(text, options));
}

/** The JSON form: { schema: "ispeed-widgets/progress", version: 1, month?, updated?, target?, rows: [...] }. */
export function parseProgressJson(data: unknown, options: ReadOptions = {}): ProgressData | string {
  return runAll(jsonSteps(data, options));
}

/** A file's text, JSON or CSV by its first character. */
export function parseProgressText(text: string, options: ReadOptions = {}): ProgressData | string {
  return runAll(textSteps(text, options));
}

/**
 * The same, in slices of ROWS_PER_SLICE rows with a pause between them, so a
 * page reading every commune of the country has no long task.
 */
export async function readProgressText(text: string, options: ReadOptions = {}): Promise<ProgressData | string> {
  const steps = textSteps(text, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** The latest month in the rows: the one shown when none is asked for. */
export function latestMonth(rows: ProgressRow[]): string | undefined {
  return rows.reduce<string | undefined>(
    (latest, row) => (!latest || row.month > latest ? row.month : latest),
    undefined,
  );
}

export interface Standing extends ProgressRow {
  /** 1 for the most samples; units with equal samples share a rank. */
  rank: number;
}

const byName = new Intl.Collator('vi');

/** One month's units, most samples first (the reader has already added up duplicates). */
export function standings(rows: ProgressRow[], month: string): Standing[] {
  const sorted = rows
    .filter((row) => row.month === month)
    .sort((a, b) => b.samples - a.samples || byName.compare(a.name, b.name));
  let rank = 0;
  return sorted.map((row, index) => {
    if (index === 0 || row.samples !== sorted[index - 1].samples) rank = index + 1;
    return { ...row, rank };
  });
}
