/**
 * Reads the progress files a Department really has: the widgets' JSON (or the
 * same data in progress.js), or a CSV export (VNNIC's portal, a spreadsheet)
 * with its own column names, title rows above the header, thousands
 * separators, no month column, and totals and signature rows under the units.
 * One implementation for <ispeed-progress>, the report page and the command line.
 *
 * Never throws: a file it cannot use comes back as the reason; a row it cannot
 * use is left out with a problem naming the row; rows that are not units are
 * skipped and said once per kind. Every message is data (messages.ts), put
 * into words in the language of whoever reads it.
 */
import { readCsv } from './csv.js';
import { slugify } from '../registry/unit-code.js';
import type { DataMessage, MessageValue, Shown, Where } from './message-format.js';
import { notAUnit } from './row-kinds.js';
import { reportingMonth, vietnamDate } from './vietnam-time.js';

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

/**
 * Where the month of a file without a month column came from: the month asked
 * for (`attribute`: the widget's attribute, the page's field, --month), the
 * file's own (`file`: its title rows or JSON "month"), else the reporting
 * month at a date: the file's update date (`updated`), its last-modified date
 * (`modified`), or today (`today`).
 */
export type MonthSource = 'column' | 'attribute' | 'file' | 'updated' | 'modified' | 'today';

export type Field = 'unit' | 'name' | 'month' | 'samples' | 'type';
export const FIELDS: readonly Field[] = ['unit', 'name', 'month', 'samples', 'type'];

export interface ProgressData {
  rows: ProgressRow[];
  /** The file's own target, if it sets one. */
  target?: number;
  /** When the figures were last updated (YYYY-MM-DD): from the file, else its last-modified date; never today. */
  updated?: string;
  /** `file`: the file says it (title rows, JSON "updated", the date line above the signatures); `modified`: the file's date. */
  updatedSource?: 'file' | 'modified';
  monthSource: MonthSource;
  /**
   * For a month taken from a date (`updated`, `modified`, `today`): that date
   * (YYYY-MM-DD), and whether it was by the report day (the month just ended)
   * or after it (the month running).
   */
  monthDate?: string;
  monthRule?: 'ended' | 'current';
  /** The month the file names itself (title rows, JSON "month"), if any. */
  fileMonth?: string;
  /** A CSV's header cells, and the one each field was read from (an index into them). */
  headers?: string[];
  columnsRead?: Partial<Record<Field, number>>;
  /** Rows left out or merged, and limits reached: one each, naming the row. */
  problems: DataMessage[];
  /** What was skipped and checked, said once per kind: totals and signature rows, a totals row that does not add up, a month that differs from the file's. */
  notes: DataMessage[];
}

/** A file that cannot be used: why, and the header cells it seems to have (to pick columns from). */
export interface Unusable {
  unusable: DataMessage;
  headers?: string[];
}

export type ReadResult = ProgressData | Unusable;

export function isUnusable(result: ReadResult): result is Unusable {
  return 'unusable' in result;
}

export interface ReadOptions {
  /** `columns="unit:Mã ĐV,name:Tên đơn vị,samples:Tổng số mẫu"`, the widget's attribute and the command line's --columns. */
  columns?: string;
  /** The same as a map from field to the column's header, as the report page's column pickers give it. */
  columnMap?: Partial<Record<Field, string>>;
  /** The month to give rows when the file has no month column (YYYY-MM or MM/YYYY). */
  month?: string;
  /** The file's last-modified date, where it is known (a picked file, a file on disk). */
  modified?: Date;
  now?: Date;
}

/** Every commune, ward and agency of the country for a few months (the country has over 10,000 communes before 2025). */
export const MAX_ROWS = 50_000;
/** A CSV of MAX_ROWS rows is about 3 MB. */
export const MAX_BYTES = 10 * 1024 * 1024;
/** No unit measures ten million times a month: a longer number is a mistake, not a count. */
export const MAX_COUNT = 10_000_000;
/** Title rows a spreadsheet may have above its header. */
export const HEADER_SEARCH_ROWS = 20;
const MAX_NAME = 120;
/** Rows named in one note ("dòng 17, 19, …"). */
const NAMED_ROWS = 5;

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

/** A value for a message, cut short, without ever calling its toString. */
function show(value: unknown, max = 24): Shown {
  const text = cellText(value);
  if (text === undefined)
    return {
      kind:
        value === undefined || value === null
          ? 'nothing'
          : Array.isArray(value)
            ? 'list'
            : typeof value === 'object'
              ? 'object'
              : typeof value === 'boolean'
                ? 'boolean'
                : 'other',
    };
  return { text: text.slice(0, max), length: text.length };
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

/** A count, or why it is not one: not a whole number, or over MAX_COUNT. */
export type Count = { ok: true; value: number } | { ok: false; tooLarge: boolean; shown: Shown };

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
  if (number === undefined) return { ok: false, tooLarge: false, shown: show(value) };
  if (number > MAX_COUNT) return { ok: false, tooLarge: true, shown: show(value) };
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
export function parseColumnsOption(text: string | undefined, problems: DataMessage[]): Partial<Record<Field, string>> {
  const map: Partial<Record<Field, string>> = {};
  for (const pair of (text ?? '').split(',')) {
    if (!pair.trim()) continue;
    const colon = pair.indexOf(':');
    const field = pair.slice(0, colon).trim() as Field;
    const column = slugify(pair.slice(colon + 1));
    if (colon < 1 || !FIELDS.includes(field) || !column) {
      problems.push({ code: 'columnsPair', values: { pair: pair.trim().slice(0, 40), fields: FIELDS.join(', ') } });
      continue;
    }
    map[field] = column;
  }
  return map;
}

/** The columns asked for: the option's text, then the pickers' map (as slugs). */
function columnsAsked(options: ReadOptions, problems: DataMessage[]): Partial<Record<Field, string>> {
  const map = parseColumnsOption(options.columns, problems);
  for (const field of FIELDS) {
    const column = options.columnMap?.[field];
    if (column && slugify(column)) map[field] = slugify(column);
  }
  return map;
}

type HeaderRead =
  | { fields: (Field | undefined)[] }
  | { missing: Field | 'unitOrName' }
  | { duplicate: { field: Field; columns: number[] } };

/** What each header cell is, or the reason the row cannot be the header. */
function readHeader(cells: string[], mapped: Partial<Record<Field, string>>): HeaderRead {
  const explicit = new Map(Object.entries(mapped).map(([field, column]) => [column, field as Field]));
  const fields = cells.map((cell) => {
    const slug = slugify(cell);
    const named = explicit.get(slug);
    if (named) return named;
    const builtIn = DEFAULT_COLUMNS[slug];
    // A field the editor mapped by name takes only that column.
    return builtIn && !mapped[builtIn] ? builtIn : undefined;
  });
  if (!fields.includes('samples')) return { missing: 'samples' };
  if (!(fields.includes('unit') || fields.includes('name'))) return { missing: 'unitOrName' };
  for (const field of FIELDS) {
    const at = fields.flatMap((value, index) => (value === field ? [index] : []));
    if (at.length > 1) return { duplicate: { field, columns: at } };
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

/** "THÁNG 11/2026", "tháng 11 năm 2026" (once dates are taken out of the titles), "month 11/2026". */
const TITLE_MONTH = /th[aá]ng\s*(\d{1,2})\s*(?:[/.-]|n[aă]m)\s*(\d{4})|month\s*(\d{1,2})\s*[/.-]\s*(\d{4})/i;
/** "Cập nhật ngày 20/11/2026", "Số liệu tính đến ngày 20/11/2026", "updated 2026-11-20". */
const TITLE_UPDATED =
  /(?:c[aậ]p\s*nh[aậ]t|t[ií]nh\s*đ[eế]n|updated|as\s*of)[^0-9]{0,12}(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})/i;
/** "ngày 20 tháng 11 năm 2026": the date line of a Vietnamese report. */
const DATE_WORDS = /ng[aà]y\s*(\d{1,2})\s*th[aá]ng\s*(\d{1,2})\s*n[aă]m\s*(\d{4})/i;
const ANY_DATE = /ng[aà]y\s*\d{1,2}\s*th[aá]ng\s*\d{1,2}\s*n[aă]m\s*\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/gi;

/** The date written in a title or a date line, as YYYY-MM-DD. */
function dateIn(text: string): string | undefined {
  const updated = TITLE_UPDATED.exec(text);
  if (updated) return normalizeDate(updated[1]);
  const words = DATE_WORDS.exec(text);
  return words ? normalizeDate(`${words[1]}/${words[2]}/${words[3]}`) : undefined;
}

/** The month a title names ("BÁO CÁO … THÁNG 11/2026"), leaving out its dates ("ngày 5 tháng 12 năm 2026" is a date). */
function monthIn(text: string): string | undefined {
  const found = TITLE_MONTH.exec(text.replace(ANY_DATE, ' '));
  return found ? normalizeMonth(`${found[1] ?? found[3]}/${found[2] ?? found[4]}`) : undefined;
}

interface RawRow {
  where: Where;
  values: Record<string, unknown>;
  /** A CSV row's every cell: a label written across merged cells sits in a column no field reads. */
  cells?: string[];
}

/** Rows read between two pauses when reading in slices (readProgressText). */
const ROWS_PER_SLICE = 2000;
type Steps<T> = Generator<void, T, void>;

/** Up to NAMED_ROWS rows, as a note names them: "dòng 19, 20", "rows[3], rows[5]". */
function rowsNamed(wheres: Where[]): MessageValue {
  const named: MessageValue[] = wheres
    .slice(0, NAMED_ROWS)
    .map((where, index) => (index && where.line !== undefined ? String(where.line) : { where }));
  if (wheres.length > NAMED_ROWS) named.push('…');
  return { list: named };
}

interface TotalsRow {
  where: Where;
  stated: number;
  /** The units read since the previous totals row, and since the start. */
  segment: number;
  running: number;
}

/** The month of a file without a month column, and where it came from. */
function monthOf(
  file: { month?: string; updated?: string },
  options: ReadOptions,
  problems: DataMessage[],
  notes: DataMessage[],
): Pick<ProgressData, 'monthSource' | 'monthDate' | 'monthRule'> & { month: string } {
  const asked = options.month ? normalizeMonth(options.month) : undefined;
  if (options.month && !asked) problems.push({ code: 'monthOption', values: { value: options.month.slice(0, 20) } });
  if (asked) {
    if (file.month && file.month !== asked)
      notes.push({ code: 'monthDiffers', values: { asked: { month: asked }, file: { month: file.month } } });
    return { month: asked, monthSource: 'attribute' };
  }
  if (file.month) return { month: file.month, monthSource: 'file' };
  const [date, monthSource]: [string, MonthSource] = file.updated
    ? [file.updated, 'updated']
    : options.modified
      ? [vietnamDate(options.modified), 'modified']
      : [vietnamDate(options.now), 'today'];
  const { month, rule } = reportingMonth(date);
  return { month, monthSource, monthDate: date, monthRule: rule };
}

/** Turns raw rows into ProgressRows: months filled in, rows that are not units skipped, duplicates added up, each problem named. */
function* finish(
  raw: RawRow[],
  hasMonthColumn: boolean,
  file: { month?: string; updated?: string; target?: number },
  options: ReadOptions,
  problems: DataMessage[],
): Steps<ProgressData> {
  const notes: DataMessage[] = [];
  const skipped = {
    totals: [] as Where[],
    totalCounts: [] as number[],
    signatures: [] as Where[],
    noName: [] as Where[],
  };
  const totalsRows: TotalsRow[] = [];
  let [segment, running] = [0, 0];
  let footerDate: string | undefined;
  const rows: ProgressRow[] = [];
  const seen = new Map<string, { row: ProgressRow; where: Where }>();
  const accepted: { where: Where; values: Record<string, unknown>; unit: string; name: string }[] = [];
  for (const [index, { where, values, cells }] of raw.entries()) {
    if (index && index % ROWS_PER_SLICE === 0) yield;
    const unitText = cellText(values.unit)?.trim();
    const nameText = cellText(values.name)?.trim().normalize('NFC').slice(0, MAX_NAME);
    if (values.unit !== undefined && unitText === undefined) {
      problems.push({ code: 'unitNotText', where, values: { value: show(values.unit) } });
      continue;
    }
    if (values.name !== undefined && nameText === undefined) {
      problems.push({ code: 'nameNotText', where, values: { value: show(values.name) } });
      continue;
    }
    const kind = notAUnit(nameText || unitText, cells);
    if (kind === 'total') {
      skipped.totals.push(where);
      const count = readCount(values.samples);
      if (count.ok) {
        skipped.totalCounts.push(count.value);
        totalsRows.push({ where, stated: count.value, segment, running });
      }
      segment = 0;
      continue;
    }
    if (kind === 'signature') {
      skipped.signatures.push(where);
      footerDate ??= dateIn((cells ?? [nameText ?? '']).join(' '));
      continue;
    }
    const code = unitText || nameText || '';
    const unit = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(code) && code.length <= 64 ? code : slugify(code);
    const name = nameText || unitText?.normalize('NFC').slice(0, MAX_NAME) || unit;
    if (!unit) {
      skipped.noName.push(where);
      continue;
    }
    accepted.push({ where: { ...where, name }, values, unit, name });
    const count = readCount(values.samples);
    if (count.ok) [segment, running] = [segment + count.value, running + count.value];
  }

  // The footer's date line ("Đắk Lắk, ngày 20 tháng 11 năm 2026") dates a file whose titles do not.
  const dated = { ...file, updated: file.updated ?? footerDate };
  const chosen = hasMonthColumn ? undefined : monthOf(dated, options, problems, notes);
  for (const [index, { where, values, unit, name }] of accepted.entries()) {
    if (index && index % ROWS_PER_SLICE === 0) yield;
    const monthText = cellText(values.month)?.trim();
    const month = chosen ? chosen.month : normalizeMonth(values.month);
    if (!month) {
      problems.push(
        monthText === ''
          ? { code: 'monthMissing', where }
          : { code: 'monthNotLike', where, values: { value: show(values.month) } },
      );
      continue;
    }
    const samples = readCount(values.samples);
    if (!samples.ok) {
      problems.push(
        cellText(values.samples)?.trim() === '' || values.samples === undefined
          ? { code: 'samplesMissing', where }
          : samples.tooLarge
            ? { code: 'samplesTooLarge', where, values: { value: samples.shown, max: MAX_COUNT } }
            : { code: 'samplesNotNumber', where, values: { value: samples.shown } },
      );
      continue;
    }
    const key = `${unit}\n${month}`;
    const first = seen.get(key);
    if (first) {
      first.row.samples += samples.value;
      problems.push({
        code: 'listedAgain',
        where,
        values: { month: { month }, first: { where: { line: first.where.line, row: first.where.row } } },
      });
    } else {
      const row = { unit, name, month, samples: samples.value, type: unitType(name, cellText(values.type)) };
      seen.set(key, { row, where });
      rows.push(row);
    }
  }
  notes.unshift(...skippedNotes(skipped, totalsRows, running));

  const updated = dated.updated ?? (options.modified ? vietnamDate(options.modified) : undefined);
  return {
    rows,
    monthSource: chosen?.monthSource ?? 'column',
    ...(chosen?.monthDate ? { monthDate: chosen.monthDate, monthRule: chosen.monthRule } : {}),
    ...(file.month ? { fileMonth: file.month } : {}),
    problems,
    notes,
    ...(file.target ? { target: file.target } : {}),
    ...(updated ? { updated, updatedSource: dated.updated ? 'file' : 'modified' } : {}),
  };
}

/**
 * One note per kind of row skipped, and the check of each totals row against
 * the units: a grand total against all of them, a subtotal against the units
 * since the previous totals row (or since the start).
 */
function skippedNotes(
  skipped: { totals: Where[]; totalCounts: number[]; signatures: Where[]; noName: Where[] },
  totalsRows: TotalsRow[],
  sum: number,
): DataMessage[] {
  const notes: DataMessage[] = [];
  const { totals, totalCounts } = skipped;
  if (totals.length) {
    const samples: MessageValue = { list: totalCounts };
    if (totals.length === 1 && totalCounts.length === 1) notes.push({ code: 'skippedTotal', values: { samples } });
    else if (totalCounts.length)
      notes.push({ code: 'skippedTotals', values: { count: totals.length, rows: rowsNamed(totals), samples } });
    else notes.push({ code: 'skippedTotalsAt', values: { count: totals.length, rows: rowsNamed(totals) } });
  }
  const differ = totalsRows.flatMap((row, index) => {
    const expected = index === totalsRows.length - 1 ? sum : row.segment;
    if ([row.segment, row.running, sum].includes(row.stated)) return [];
    return [
      {
        code: 'totalDiffers',
        where: row.where,
        values: { stated: row.stated, sum: expected, difference: Math.abs(row.stated - expected) },
      } satisfies DataMessage,
    ];
  });
  if (totalsRows.length && !differ.length) notes.push({ code: 'totalsAgree', values: { sum } });
  notes.push(...differ);
  if (skipped.signatures.length)
    notes.push({
      code: 'skippedSignatures',
      values: { count: skipped.signatures.length, rows: rowsNamed(skipped.signatures) },
    });
  if (skipped.noName.length)
    notes.push({ code: 'skippedNoName', values: { count: skipped.noName.length, rows: rowsNamed(skipped.noName) } });
  return notes;
}

/** The CSV reader as steps (see readProgressText). */
function* csvSteps(text: string, options: ReadOptions): Steps<ReadResult> {
  const problems: DataMessage[] = [];
  const mapped = columnsAsked(options, problems);
  const input = text.replace(/^\uFEFF/, '');
  const lines = readCsv(input, guessDelimiter(input), MAX_ROWS + HEADER_SEARCH_ROWS + 1);
  let headerAt = -1;
  let header: { fields: (Field | undefined)[] } | undefined;
  let first: { reason: DataMessage; headers: string[] } | undefined;
  for (let index = 0; index < Math.min(lines.length, HEADER_SEARCH_ROWS); index++) {
    const cells = lines[index];
    if (!cells.some((cell) => cell.trim())) continue;
    const read = readHeader(cells, mapped);
    if ('fields' in read) {
      [headerAt, header] = [index, read];
      break;
    }
    const headers = cells.map((cell) => cell.trim());
    if ('duplicate' in read) {
      const { field, columns } = read.duplicate;
      return {
        unusable: {
          code: 'duplicateColumns',
          where: { line: index + 1 },
          values: {
            columns: { and: columns.map((column) => `${column + 1} ("${cells[column].trim().slice(0, 30)}")`) },
            field: { field },
          },
        },
        headers,
      };
    }
    if (!first && cells.filter((cell) => cell.trim()).length > 1) {
      first = {
        reason: {
          code: 'missingColumn',
          values: { field: { field: read.missing }, headers: headers.join(', ').slice(0, 120) },
        },
        headers,
      };
    }
  }
  if (!header) {
    if (!lines.some((cells) => cells.some((cell) => cell.trim()))) return { unusable: { code: 'empty' } };
    return first
      ? { unusable: first.reason, headers: first.headers.filter(Boolean) }
      : { unusable: { code: 'noHeader', values: { max: HEADER_SEARCH_ROWS } } };
  }
  yield;
  const titles = lines
    .slice(0, headerAt)
    .map((cells) => cells.join(' '))
    .join('\n');
  const month = monthIn(titles);
  const updated = dateIn(titles);
  const raw: RawRow[] = [];
  const body = lines.slice(headerAt + 1);
  for (const [offset, cells] of body.entries()) {
    if (!cells.some((cell) => cell.trim())) continue;
    if (raw.length === MAX_ROWS) {
      problems.push({
        code: 'tooManyRows',
        values: { max: MAX_ROWS, from: { where: { line: headerAt + offset + 2 } } },
      });
      break;
    }
    const values: Record<string, unknown> = {};
    header.fields.forEach((field, column) => {
      if (field) values[field] = cells[column] ?? '';
    });
    raw.push({ where: { line: headerAt + offset + 2 }, values, cells });
  }
  const data = yield* finish(raw, header.fields.includes('month'), { month, updated }, options, problems);
  const columnsRead: Partial<Record<Field, number>> = {};
  header.fields.forEach((field, column) => {
    if (field) columnsRead[field] = column;
  });
  return { ...data, headers: lines[headerAt].map((cell) => cell.trim()), columnsRead };
}

/** The JSON reader as steps, for a parsed JSON file or the data a progress.js registered. */
function* jsonSteps(data: unknown, options: ReadOptions): Steps<ReadResult> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { unusable: { code: 'notObject' } };
  const file = data as Record<string, unknown>;
  if (file.schema !== 'ispeed-widgets/progress') return { unusable: { code: 'schema' } };
  if (file.version !== 1) return { unusable: { code: 'version', values: { value: show(file.version) } } };
  if (!Array.isArray(file.rows)) return { unusable: { code: 'rowsNotList' } };
  const problems: DataMessage[] = [];
  const month = file.month === undefined ? undefined : normalizeMonth(file.month);
  if (file.month !== undefined && !month) problems.push({ code: 'fileMonth', values: { value: show(file.month) } });
  const updated = file.updated === undefined ? undefined : normalizeDate(file.updated);
  if (file.updated !== undefined && !updated)
    problems.push({ code: 'fileUpdated', values: { value: show(file.updated) } });
  let target: number | undefined;
  if (file.target !== undefined) {
    const count = readCount(file.target);
    if (count.ok && count.value > 0) target = count.value;
    else if (count.ok) problems.push({ code: 'targetNotPositive', values: { value: show(file.target) } });
    else
      problems.push(
        count.tooLarge
          ? { code: 'targetTooLarge', values: { value: count.shown, max: MAX_COUNT } }
          : { code: 'targetNotNumber', values: { value: count.shown } },
      );
  }
  if (file.rows.length > MAX_ROWS) {
    problems.push({ code: 'tooManyRowsJson', values: { count: file.rows.length, max: MAX_ROWS } });
  }
  const raw: RawRow[] = [];
  for (const [index, row] of file.rows.slice(0, MAX_ROWS).entries()) {
    if (!row || typeof row !== 'object' || Array.isArray(row)) {
      problems.push({ code: 'rowNotObject', where: { row: index }, values: { value: show(row) } });
      continue;
    }
    raw.push({ where: { row: index }, values: row as Record<string, unknown> });
  }
  const hasMonth = file.rows.slice(0, MAX_ROWS).some((row) => row && typeof row === 'object' && 'month' in row);
  return yield* finish(raw, hasMonth, { month, updated, target }, options, problems);
}

function* textSteps(text: string, options: ReadOptions): Steps<ReadResult> {
  const start = text.replace(/^\uFEFF/, '').trimStart()[0];
  if (start !== '{' && start !== '[') return yield* csvSteps(text, options);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { unusable: { code: 'notJson', values: { detail: String(error).slice(0, 80) } } };
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

async function runSliced<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** A CSV: comma, semicolon or tab; a BOM; quotes; title rows above the header. */
export function parseProgressCsv(text: string, options: ReadOptions = {}): ReadResult {
  return runAll(csvSteps(text, options));
}

/** The JSON form: { schema: "ispeed-widgets/progress", version: 1, month?, updated?, target?, rows: [...] }. */
export function parseProgressJson(data: unknown, options: ReadOptions = {}): ReadResult {
  return runAll(jsonSteps(data, options));
}

/** A file's text, JSON or CSV by its first character. */
export function parseProgressText(text: string, options: ReadOptions = {}): ReadResult {
  return runAll(textSteps(text, options));
}

/**
 * The same, in slices of ROWS_PER_SLICE rows with a pause between them, so a
 * page reading every commune of the country has no long task.
 */
export function readProgressText(text: string, options: ReadOptions = {}): Promise<ReadResult> {
  return runSliced(textSteps(text, options));
}

/** The data a progress.js registered (the JSON form as an object), in slices. */
export function readProgressData(data: unknown, options: ReadOptions = {}): Promise<ReadResult> {
  return runSliced(jsonSteps(data, options));
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
