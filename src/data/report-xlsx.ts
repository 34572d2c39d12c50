/**
 * The report's table as an Excel workbook: the CSV's columns, numbers typed.
 * Loaded only when a workbook is written (the report page's button, the CLI).
 */
import { reportCells, type Report, type ReportLanguage } from './report-table.js';
import { writeXlsx } from './xlsx-write.js';

export function reportXlsx(report: Report, lang: ReportLanguage = 'vi'): Uint8Array {
  return writeXlsx(report.month, reportCells(report, lang));
}
