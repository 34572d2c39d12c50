/** The progress reader and the report table, for `ispeed-widgets report` (built to dist/lib/progress-report.js). */
export { MAX_BYTES, normalizeMonth, parseCount, parseProgressText, type ProgressData } from './progress-file.js';
export { buildReport, progressJson, reportCsv, reportMonth, type Report } from './report-table.js';
export { decodeText } from './decode.js';
