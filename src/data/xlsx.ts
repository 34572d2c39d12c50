/**
 * Reads the first sheet (or a chosen one) of an Excel workbook (.xlsx) as
 * rows of text cells, for the progress reader. No DOM, so the report page and
 * `ispeed-widgets report` read a workbook the same way.
 *
 * Built on fflate (the ZIP container) and saxes (a strict XML parser, already
 * the SVG check's), with a small SpreadsheetML reader of our own, instead of
 * npm's `xlsx` (frozen at 0.18.5, which pollutes prototypes on a crafted file)
 * or a whole workbook library: see the README's "Excel" section for the
 * comparison. What a crafted workbook cannot do here:
 *  - inflate without end: every part is inflated in slices and counted, and
 *    one larger than MAX_PART (or all larger than MAX_INFLATED) stops the read;
 *  - allocate by address: a cell at XFD1048576 is not a reason to build a
 *    million rows; rows stop at MAX_SHEET_ROWS, columns at MAX_COLUMNS;
 *  - expand entities: saxes knows only XML's five and refuses the rest;
 *  - nest without end: elements are matched by their local name, without
 *    saxes's namespace mode, whose look-ups grow with the depth (100,000
 *    nested elements took minutes with it, 0.2 s without);
 *  - reach a prototype: names are kept in Maps and arrays, never as object keys.
 *
 * Never throws: a workbook it cannot use comes back as a reason code.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { MAX_ROWS } from './progress-file.js';

/** Inflated bytes one part (a sheet, the shared strings) may have. */
export const MAX_PART = 64 * 1024 * 1024;
/** Inflated bytes of all the parts read. */
export const MAX_INFLATED = 128 * 1024 * 1024;
/** Rows read from a sheet: every unit of the progress reader, and its title rows. */
export const MAX_SHEET_ROWS = MAX_ROWS + 40;
/** Columns read from a row (a progress file has a handful). */
export const MAX_COLUMNS = 200;
/** Characters kept of one cell. */
export const MAX_CELL = 1000;
/** Sheets listed in a workbook. */
const MAX_SHEETS = 500;
/** Compressed bytes handed to the inflater at a time: what one slice can grow to stays small. */
const SLICE = 16 * 1024;

export type XlsxProblem = 'not-xlsx' | 'encrypted' | 'broken' | 'too-large' | 'no-sheet' | 'sheet-not-found';

export type XlsxReading =
  | {
      ok: true;
      /** Every sheet's name, in the workbook's order. */
      sheets: string[];
      /** The sheet read. */
      sheet: string;
      /** Row n of the sheet is rows[n - 1]; every cell as text. */
      rows: string[][];
      /** What was left out: rows past MAX_SHEET_ROWS, columns past MAX_COLUMNS. */
      truncated: { rows: boolean; columns: boolean };
    }
  | { ok: false; problem: XlsxProblem; detail?: string };

/** A ZIP file starts with a local file header, "PK\3\4". */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** An OLE2 compound file: a password-protected .xlsx, or an old .xls. */
function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

class Stop extends Error {
  constructor(readonly problem: XlsxProblem) {
    super(problem);
  }
}

/** The parts whose names `wanted` accepts, inflated, each held to MAX_PART and all to MAX_INFLATED. */
function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  const unzip = new Unzip((file: UnzipFile) => {
    const name = file.name.replace(/^\/+/, '');
    if (!wanted(name) || parts.has(name)) return;
    if (file.compression !== 0 && file.compression !== 8) throw new Stop('broken');
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      // fflate hands an error thrown here back as `error`: ours goes on as it was.
      if (error) throw error instanceof Stop ? error : new Stop('broken');
      size += chunk.length;
      total += chunk.length;
      if (size > MAX_PART || total > MAX_INFLATED) throw new Stop('too-large');
      chunks.push(chunk);
      if (final) {
        const whole = new Uint8Array(size);
        let at = 0;
        for (const piece of chunks) {
          whole.set(piece, at);
          at += piece.length;
        }
        parts.set(name, whole);
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < bytes.length; at += SLICE) {
    unzip.push(bytes.subarray(at, Math.min(at + SLICE, bytes.length)), at + SLICE >= bytes.length);
  }
  return parts;
}

const decoder = new TextDecoder('utf-8');

/** An element or attribute name without its namespace prefix: `x:row` → `row`. */
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

interface Tag {
  local: string;
  attributes: Record<string, string>;
}

/** Walks one XML part with saxes: `open` and `close` get each element's local name, `text` its character data. */
function walk(
  xml: Uint8Array | undefined,
  handlers: {
    open?: (tag: Tag) => void;
    close?: (name: string) => void;
    text?: (text: string) => void;
  },
): boolean {
  if (!xml) return false;
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const { open, close } = handlers;
  if (open)
    parser.on('opentag', (tag: SaxesTagPlain) => open({ local: localName(tag.name), attributes: tag.attributes }));
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  parser.write(decoder.decode(xml)).close();
  return true;
}

/** An attribute's value by its local name (any namespace prefix). */
function attribute(tag: Tag, local: string): string | undefined {
  for (const name of Object.keys(tag.attributes)) {
    if (localName(name) === local) return tag.attributes[name];
  }
  return undefined;
}

/** A relationship's target as a path inside the package, from the folder of the part that names it. */
function resolvePart(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `${folder}${target}`;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment && segment !== '.') out.push(segment);
  }
  return out.join('/');
}

interface Relationship {
  type: string;
  target: string;
}

/** A .rels part: id → relationship (type's last word, and the part it points to). */
function readRelationships(xml: Uint8Array | undefined, folder: string): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  walk(xml, {
    open(tag) {
      if (tag.local !== 'Relationship') return;
      const id = attribute(tag, 'Id');
      const target = attribute(tag, 'Target');
      if (!id || !target || attribute(tag, 'TargetMode') === 'External') return;
      const type = (attribute(tag, 'Type') ?? '').split('/').pop() ?? '';
      relationships.set(id, { type, target: resolvePart(folder, target) });
    },
  });
  return relationships;
}

interface SheetEntry {
  name: string;
  path: string;
  hidden: boolean;
}

/** The workbook's sheets, in order, its date system, and where its shared strings and styles are. */
function readWorkbook(bytes: Uint8Array): {
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStrings?: string;
  styles?: string;
} {
  const top = unzipParts(bytes, (name) => name === '_rels/.rels');
  const main = [...readRelationships(top.get('_rels/.rels'), '').values()].find(
    (relationship) => relationship.type === 'officeDocument',
  );
  const workbookPath = main?.target ?? 'xl/workbook.xml';
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const relsPath = `${folder}_rels/${workbookPath.slice(folder.length)}.rels`;
  const parts = unzipParts(bytes, (name) => name === workbookPath || name === relsPath);
  const relationships = readRelationships(parts.get(relsPath), folder);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const found = walk(parts.get(workbookPath), {
    open(tag) {
      if (tag.local === 'workbookPr') date1904 = /^(1|true)$/.test(attribute(tag, 'date1904') ?? '');
      if (tag.local !== 'sheet' || sheets.length >= MAX_SHEETS) return;
      const relationship = relationships.get(attribute(tag, 'id') ?? '');
      if (!relationship || relationship.type !== 'worksheet') return;
      const state = attribute(tag, 'state');
      sheets.push({
        name: (attribute(tag, 'name') ?? '').slice(0, 100),
        path: relationship.target,
        hidden: state === 'hidden' || state === 'veryHidden',
      });
    },
  });
  if (!found) throw new Stop('not-xlsx');
  const part = (type: string) => [...relationships.values()].find((relationship) => relationship.type === type)?.target;
  return { sheets, date1904, sharedStrings: part('sharedStrings'), styles: part('styles') };
}

/** The shared strings: each <si>'s text runs joined, phonetic runs (<rPh>) left out. */
function readSharedStrings(xml: Uint8Array | undefined): string[] {
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  walk(xml, {
    open(tag) {
      if (tag.local === 'si') current = [];
      else if (tag.local === 'rPh') phonetic++;
      else if (tag.local === 't' && current && !phonetic) inText = true;
    },
    text(text) {
      if (inText && current) current.push(text);
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current) {
        strings.push(current.join('').slice(0, MAX_CELL));
        current = undefined;
      }
    },
  });
  return strings;
}

/** Excel's built-in number formats that show a date. */
const DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 50, 57]);

/** Whether a number format code shows a date: d, m or y outside quotes, brackets and escapes. */
function isDateCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[dy]/i.test(bare) || /m/i.test(bare.replace(/[hs]+:?m+|m+:?s+/gi, ''));
}

/** Per cell style index: 'day' (a date with a day), 'month' (a month and year), or undefined (a number). */
function readStyles(xml: Uint8Array | undefined): ('day' | 'month' | undefined)[] {
  const codes = new Map<number, string>();
  const styles: ('day' | 'month' | undefined)[] = [];
  let inCellXfs = false;
  walk(xml, {
    open(tag) {
      if (tag.local === 'numFmt') codes.set(Number(attribute(tag, 'numFmtId')), attribute(tag, 'formatCode') ?? '');
      else if (tag.local === 'cellXfs') inCellXfs = true;
      else if (tag.local === 'xf' && inCellXfs && styles.length < 65_536) {
        const id = Number(attribute(tag, 'numFmtId') ?? 0);
        const code = codes.get(id);
        const isDate = code === undefined ? DATE_FORMATS.has(id) : isDateCode(code);
        const hasDay = code === undefined ? id !== 17 : /d/i.test(code.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
        styles.push(isDate ? (hasDay ? 'day' : 'month') : undefined);
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}

/** "B12" → column 1 (from 0); undefined for a reference that is not one. */
function columnOf(reference: string | undefined): number | undefined {
  const letters = /^([A-Z]{1,3})\d*$/i.exec(reference ?? '')?.[1];
  if (!letters) return undefined;
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column - 1;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An Excel date serial as the progress reader's text: "20/11/2026", or "11/2026" for a month format. */
function dateText(serial: number, date1904: boolean, kind: 'day' | 'month'): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  const date = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
  const month = `${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  return kind === 'month' ? month : `${pad(date.getUTCDate())}/${month}`;
}

/** A number as a spreadsheet shows it without a format: no exponent for whole numbers, no float noise. */
function numberText(value: string): string {
  const number = Number(value);
  if (!value.trim() || !Number.isFinite(number)) return value.trim();
  if (Number.isInteger(number) && Math.abs(number) < 1e21) return number.toFixed(0);
  return String(Number(number.toPrecision(15)));
}

/** The sheet's rows as text, row n at index n - 1. */
function readSheet(
  xml: Uint8Array | undefined,
  sharedStrings: string[],
  styles: ('day' | 'month' | undefined)[],
  date1904: boolean,
): { rows: string[][]; truncated: { rows: boolean; columns: boolean } } {
  const rows: string[][] = [];
  const truncated = { rows: false, columns: false };
  let row: string[] | undefined;
  let cell: { column: number; type: string; style: number; value: string[]; inline: string[] } | undefined;
  let reading: 'v' | 't' | undefined;
  let phonetic = 0;
  let nextRow = 1;
  let nextColumn = 0;
  const finishCell = () => {
    if (!row || !cell) return;
    const value = cell.value.join('');
    let text: string;
    switch (cell.type) {
      case 's':
        text = sharedStrings[Number(value)] ?? '';
        break;
      case 'inlineStr':
        text = cell.inline.join('');
        break;
      case 'b':
        text = value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
        break;
      case 'str':
      case 'e':
      case 'd':
        text = value;
        break;
      default: {
        const kind = styles[cell.style];
        text = (kind && dateText(Number(value), date1904, kind)) ?? numberText(value);
      }
    }
    row[cell.column] = text.slice(0, MAX_CELL);
  };
  try {
    walk(xml, {
      open(tag) {
        switch (tag.local) {
          case 'row': {
            const number = Number(attribute(tag, 'r') ?? nextRow);
            const at = Number.isInteger(number) && number >= nextRow ? number : nextRow;
            if (at > MAX_SHEET_ROWS) {
              truncated.rows = true;
              throw new Stop('too-large');
            }
            while (rows.length < at - 1) rows.push([]);
            row = [];
            rows.push(row);
            nextRow = at + 1;
            nextColumn = 0;
            break;
          }
          case 'c': {
            const column = columnOf(attribute(tag, 'r')) ?? nextColumn;
            nextColumn = Math.max(column, nextColumn) + 1;
            if (column >= MAX_COLUMNS) {
              truncated.columns = true;
              cell = undefined;
              break;
            }
            cell = {
              column,
              type: attribute(tag, 't') ?? 'n',
              style: Number(attribute(tag, 's') ?? 0),
              value: [],
              inline: [],
            };
            break;
          }
          case 'v':
            reading = 'v';
            break;
          case 't':
            if (!phonetic) reading = 't';
            break;
          case 'rPh':
            phonetic++;
            break;
        }
      },
      text(text) {
        if (!cell || !reading) return;
        const into = reading === 'v' ? cell.value : cell.inline;
        if (into.length < 64) into.push(text);
      },
      close(name) {
        if (name === 'v' || name === 't') reading = undefined;
        else if (name === 'rPh') phonetic--;
        else if (name === 'c') {
          finishCell();
          cell = undefined;
        } else if (name === 'row') row = undefined;
      },
    });
  } catch (error) {
    // Enough rows for the progress reader: the rest is left out and said so.
    if (!(error instanceof Stop && truncated.rows)) throw error;
  }
  // Holes left by empty cells are empty text, never `undefined`.
  return { rows: rows.map((cells) => Array.from(cells, (text) => text ?? '')), truncated };
}

/**
 * The rows of one sheet: the one named or numbered (from 1) by `sheet`, else
 * the first one that is not hidden.
 */
export function readXlsx(bytes: Uint8Array, options: { sheet?: string | number } = {}): XlsxReading {
  if (isCompoundFile(bytes)) return { ok: false, problem: 'encrypted' };
  if (!looksLikeXlsx(bytes)) return { ok: false, problem: 'not-xlsx' };
  try {
    const workbook = readWorkbook(bytes);
    const { sheets } = workbook;
    if (!sheets.length) return { ok: false, problem: 'no-sheet' };
    const asked = options.sheet;
    const byNumber = typeof asked === 'number' || /^\d+$/.test(String(asked ?? '').trim());
    const chosen =
      asked === undefined || asked === ''
        ? (sheets.find((sheet) => !sheet.hidden) ?? sheets[0])
        : byNumber
          ? sheets[Number(asked) - 1]
          : (sheets.find((sheet) => sheet.name === asked) ??
            sheets.find((sheet) => sheet.name.trim().toLowerCase() === String(asked).trim().toLowerCase()));
    if (!chosen) return { ok: false, problem: 'sheet-not-found', detail: String(asked).slice(0, 100) };
    const wanted = new Set([chosen.path, workbook.sharedStrings, workbook.styles]);
    const parts = unzipParts(bytes, (name) => wanted.has(name));
    if (!parts.has(chosen.path)) return { ok: false, problem: 'broken', detail: chosen.path };
    const sharedStrings = readSharedStrings(workbook.sharedStrings ? parts.get(workbook.sharedStrings) : undefined);
    const styles = readStyles(workbook.styles ? parts.get(workbook.styles) : undefined);
    const { rows, truncated } = readSheet(parts.get(chosen.path), sharedStrings, styles, workbook.date1904);
    return { ok: true, sheets: sheets.map((sheet) => sheet.name), sheet: chosen.name, rows, truncated };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, problem: error.problem };
    return { ok: false, problem: 'broken', detail: String((error as Error)?.message ?? error).slice(0, 120) };
  }
}

/**
 * The seam into the progress reader, which reads delimited text: the rows as
 * tab-separated lines, one per sheet row (so the reader's "line 7" is the
 * sheet's row 7). Tabs and line breaks inside a cell become spaces, and a
 * cell starting with a quote is quoted, so every cell comes back as it was.
 * The first line carries enough empty cells at its end that the reader's
 * delimiter guess (the delimiter a line uses most) is the tab, whatever
 * commas or semicolons the cells hold.
 */
export function rowsToText(rows: string[][]): string {
  const cell = (text: string) => {
    const flat = text.replace(/[\t\r\n]+/g, ' ');
    return flat.startsWith('"') ? `"${flat.replace(/"/g, '""')}"` : flat;
  };
  const lines = rows.map((cells) => cells.map(cell));
  if (!lines.length) return '';
  // The reader guesses from its first 22 lines: the first one must have more tabs than any has commas or semicolons.
  const most = Math.max(
    0,
    ...lines.slice(0, 22).map((cells) => {
      const line = cells.join('\t');
      return Math.max(line.split(';').length, line.split(',').length) - 1;
    }),
  );
  // A very long first line is shortened, so its tabs fall in what the reader looks at (its first 8 KB).
  const length = lines[0].reduce((sum, text) => sum + text.length + 1, 0);
  const first = length > 4000 ? lines[0].map((text) => text.slice(0, Math.floor(4000 / lines[0].length))) : lines[0];
  const tabs = Math.max(first.length - 1, 0);
  lines[0] = [...first, ...Array.from({ length: Math.max(0, most + 1 - tabs) }, () => '')];
  return lines.map((cells) => cells.join('\t')).join('\r\n');
}
