/**
 * A file opened on the report page, read with the shared reader: CSV, JSON,
 * or a progress.js the page wrote before (read as data, never run), with the
 * columns the person picked, the month asked for, and the file's own date.
 */
import type { DataMessage } from '../../data/messages.js';
import {
  isUnusable,
  parseProgressJson,
  parseProgressText,
  type Field,
  type ProgressData,
  type ReadResult,
} from '../../data/progress-file.js';
import { isScriptAddress, progressScriptData } from '../../data/progress-script.js';
import { reportMonth } from '../../data/report-table.js';

export interface OpenedFile {
  name: string;
  text: string;
  encoding?: string;
  /** File.lastModified, where the file came from the person's disk. */
  modified?: number;
}

/** A file read, or why it cannot be used: the reader's reason (with the header cells it found), or no unit with figures. */
export type Read =
  { ok: true; data: ProgressData; month: string } | { ok: false; reason: DataMessage; headers?: string[] };

export interface ReadChoices {
  columnMap: Partial<Record<Field, string>>;
  /** The month asked for (YYYY-MM), if any. */
  month?: string;
  now?: Date;
}

export function readOpenedFile(file: OpenedFile, choices: ReadChoices): Read {
  const options = {
    columnMap: choices.columnMap,
    month: choices.month,
    now: choices.now,
    ...(file.modified ? { modified: new Date(file.modified) } : {}),
  };
  let result: ReadResult;
  if (isScriptAddress(file.name)) {
    const script = progressScriptData(file.text);
    result = script.ok ? parseProgressJson(script.data, options) : { unusable: { code: 'notScript' } };
  } else result = parseProgressText(file.text, options);
  if (isUnusable(result)) return { ok: false, reason: result.unusable, headers: result.headers };
  const month = reportMonth(result, choices.month);
  if (!month || !result.rows.some((row) => row.month === month))
    return {
      ok: false,
      reason: choices.month ? { code: 'noRowsFor', values: { month: { month: choices.month } } } : { code: 'noRows' },
      headers: result.headers,
    };
  return { ok: true, data: result, month };
}
