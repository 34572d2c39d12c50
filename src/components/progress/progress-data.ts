import { slugify } from '../../core/config.js';
import { preview } from '../../core/log.js';

/** One unit's measurement samples in one month. */
export interface ProgressRow {
  unit: string;
  name: string;
  /** YYYY-MM */
  month: string;
  samples: number;
}

export interface ProgressData {
  rows: ProgressRow[];
  /** The file's own target, if it sets one. */
  target?: number;
  /** When the Department last updated the file (YYYY-MM-DD). */
  updated?: string;
  /** Rows left out, with the reason, for the console. */
  problems: string[];
}

const MONTH = /^(\d{4})-(\d{2})$/;
const MONTH_VN = /^(\d{1,2})[/.-](\d{4})$/;
const MAX_ROWS = 5000;

/** "2026-11", "11/2026" or "11-2026" → "2026-11". */
export function normalizeMonth(value: unknown): string | undefined {
  const text = String(value ?? '').trim();
  const iso = MONTH.exec(text);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) return text;
  const vn = MONTH_VN.exec(text);
  if (vn && Number(vn[1]) >= 1 && Number(vn[1]) <= 12) return `${vn[2]}-${vn[1].padStart(2, '0')}`;
  return undefined;
}

/** A whole number of samples: "124", "1.234", "1,234" and "1 234" (thousands) are all accepted. */
export function parseCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  const text = String(value ?? '').trim();
  if (/^\d+$/.test(text)) return Number(text);
  if (/^\d{1,3}([.,\s]\d{3})+$/.test(text)) return Number(text.replace(/[.,\s]/g, ''));
  return undefined;
}

function toRow(raw: Record<string, unknown>, where: string, problems: string[]): ProgressRow | undefined {
  const unit = slugify(String(raw.unit ?? ''));
  const month = normalizeMonth(raw.month);
  const samples = parseCount(raw.samples);
  const name = String(raw.name ?? '').trim().slice(0, 120).normalize('NFC') || unit;
  if (!unit) problems.push(`${where}: no unit code`);
  else if (!month) problems.push(`${where}: month "${preview(raw.month, 20)}" is not like 2026-11`);
  else if (samples === undefined) problems.push(`${where}: samples "${preview(raw.samples, 20)}" is not a whole number`);
  else return { unit, name, month, samples };
  return undefined;
}

/** Column names a Department's spreadsheet may use, in English or Vietnamese. */
const COLUMNS: Record<string, keyof ProgressRow> = {
  unit: 'unit', code: 'unit', 'ma': 'unit', 'ma-don-vi': 'unit',
  name: 'name', 'ten': 'name', 'ten-don-vi': 'name', 'don-vi': 'name',
  month: 'month', 'thang': 'month',
  samples: 'samples', 'so-mau': 'samples', 'mau': 'samples', 'so-mau-do': 'samples',
};

/** Splits CSV text (quotes, "" escapes, CRLF, a BOM) into rows of cells. */
export function parseCsvCells(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows.filter((cells) => cells.some((value) => value.trim() !== ''));
}

/** A CSV with a header row: unit,name,month,samples (or the Vietnamese names); comma or semicolon. */
export function parseProgressCsv(text: string): ProgressData | string {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const [header, ...lines] = parseCsvCells(text, delimiter);
  if (!header) return 'the file is empty';
  const columns = header.map((name) => COLUMNS[slugify(name)]);
  for (const needed of ['unit', 'month', 'samples'] as const) {
    if (!columns.includes(needed)) return `the header has no "${needed}" column (found: ${header.join(delimiter)})`;
  }
  const problems: string[] = [];
  const rows: ProgressRow[] = [];
  for (const [index, cells] of lines.slice(0, MAX_ROWS).entries()) {
    const raw: Record<string, unknown> = {};
    cells.forEach((value, column) => {
      if (columns[column]) raw[columns[column]!] = value;
    });
    const row = toRow(raw, `line ${index + 2}`, problems);
    if (row) rows.push(row);
  }
  return { rows, problems };
}

/** The JSON form: { schema: "ispeed-widgets/progress", version: 1, updated?, target?, rows: [...] }. */
export function parseProgressJson(data: unknown): ProgressData | string {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return 'not a JSON object';
  const file = data as Record<string, unknown>;
  if (file.schema !== 'ispeed-widgets/progress') return 'schema must be "ispeed-widgets/progress"';
  if (file.version !== 1) return `version ${preview(file.version)} is not supported (expected 1)`;
  if (!Array.isArray(file.rows)) return 'rows must be a list';
  const problems: string[] = [];
  const rows: ProgressRow[] = [];
  for (const [index, raw] of file.rows.slice(0, MAX_ROWS).entries()) {
    if (!raw || typeof raw !== 'object') {
      problems.push(`rows[${index}] is not an object`);
      continue;
    }
    const row = toRow(raw as Record<string, unknown>, `rows[${index}]`, problems);
    if (row) rows.push(row);
  }
  const target = parseCount(file.target);
  const updated = typeof file.updated === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(file.updated) ? file.updated : undefined;
  return { rows, problems, ...(target ? { target } : {}), ...(updated ? { updated } : {}) };
}

/** The month to show: the one asked for, else the latest in the data. */
export function latestMonth(rows: ProgressRow[]): string | undefined {
  return rows.reduce<string | undefined>((latest, row) => (!latest || row.month > latest ? row.month : latest), undefined);
}

export interface Standing extends ProgressRow {
  /** 1 for the most samples; units with equal samples share a rank. */
  rank: number;
}

/** One month's units, most samples first; a unit listed twice counts once, with its samples added. */
export function standings(rows: ProgressRow[], month: string): Standing[] {
  const byUnit = new Map<string, ProgressRow>();
  for (const row of rows) {
    if (row.month !== month) continue;
    const existing = byUnit.get(row.unit);
    byUnit.set(row.unit, existing ? { ...existing, samples: existing.samples + row.samples } : { ...row });
  }
  const sorted = [...byUnit.values()].sort((a, b) => b.samples - a.samples || a.name.localeCompare(b.name, 'vi'));
  let rank = 0;
  return sorted.map((row, index) => {
    if (index === 0 || row.samples !== sorted[index - 1].samples) rank = index + 1;
    return { ...row, rank };
  });
}
