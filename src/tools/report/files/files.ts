/**
 * The report page's files: a CSV, JSON or Excel workbook opened (the workbook
 * reader is loaded only when a workbook is chosen, so the page's own script
 * stays as it was), another sheet of the same workbook, and the Excel export
 * (its writer loaded on the click).
 */
import { MAX_BYTES } from '../../../data/progress-file.js';
import { decodeText } from '../../../data/decode.js';
import type { XlsxProblem } from '../../../data/xlsx.js';
import type { Report, ReportLanguage } from '../../../data/report-table.js';
import { downloadBlob } from '../../../runtime/download.js';
import { toolTranslator, type ToolTranslator } from '../../tool-words.js';
import type { OpenedFile as ReadableFile } from '../read-file.js';
import en from './locales/en.json';
import vi from './locales/vi.json';

const WORDS = { vi, en };
/** The words of opening files and of the exports (file-notes.ts has those of reading them: `fileWords`). */
export type FilesWords = ToolTranslator<typeof vi>;

export function filesWords(lang: string): FilesWords {
  return toolTranslator(WORDS, lang);
}

/**
 * A file as read-file.ts reads it (its `text` is a workbook's sheet as
 * tab-separated lines, so the reader's rules apply to workbooks too), and
 * for a workbook the bytes, to read another sheet.
 */
export interface OpenedFile extends ReadableFile {
  /** A workbook: its bytes (to read another sheet), its sheets, the one read. */
  workbook?: {
    bytes: Uint8Array;
    sheets: string[];
    sheet: string;
    truncated: { rows: boolean; columns: boolean };
    rows: number;
  };
  /** Why a workbook cannot be read. */
  workbookProblem?: XlsxProblem;
}

const isWorkbookName = (name: string) => /\.xlsx$/i.test(name);

/** A workbook's sheet as the progress reader's text. */
async function readWorkbook(
  name: string,
  bytes: Uint8Array,
  modified: number | undefined,
  sheet?: string,
): Promise<OpenedFile> {
  const { readXlsx, rowsToText } = await import('../../../data/xlsx.js');
  const read = readXlsx(bytes, sheet === undefined ? {} : { sheet });
  const dated = modified ? { modified } : {};
  if (!read.ok) return { name, text: '', ...dated, workbookProblem: read.problem };
  return {
    name,
    text: rowsToText(read.rows),
    ...dated,
    encoding: 'xlsx',
    workbook: { bytes, sheets: read.sheets, sheet: read.sheet, truncated: read.truncated, rows: read.rows.length },
  };
}

/**
 * A file chosen on the page: a workbook by its name or first bytes, else text
 * (UTF-8 or Windows-1258); with its last-modified date, which dates a file
 * that names no month.
 */
export async function openFile(file: File): Promise<OpenedFile> {
  if (file.size > MAX_BYTES) return { name: file.name, text: '' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  if (zip || isWorkbookName(file.name)) return readWorkbook(file.name, bytes, file.lastModified);
  return { name: file.name, modified: file.lastModified, ...decodeText(bytes) };
}

/** The same workbook, another sheet. */
export function openSheet(file: OpenedFile, sheet: string): Promise<OpenedFile> {
  return file.workbook ? readWorkbook(file.name, file.workbook.bytes, file.modified, sheet) : Promise.resolve(file);
}

/** The report as an Excel workbook, saved like the CSV (an `ispeed-download` event first). */
export async function saveXlsx(host: HTMLElement, report: Report, lang: ReportLanguage): Promise<void> {
  const { reportXlsx } = await import('../../../data/report-xlsx.js');
  const bytes = reportXlsx(report, lang);
  const blob = new Blob([bytes as BlobPart], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  downloadBlob(host, blob, `bao-cao-i-speed-${report.month}.xlsx`);
}
