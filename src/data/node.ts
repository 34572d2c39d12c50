/** What the command line shares with the browser (built to dist/lib/progress-report.js): the progress reader, the report table and the artwork manifest's rules. */
export { MAX_BYTES, normalizeMonth, parseCount, parseProgressText, type ProgressData } from './progress-file.js';
export { buildReport, progressJson, reportCsv, reportMonth, type Report } from './report-table.js';
export { decodeText } from './decode.js';
export { manifestProblems, validateManifest } from './asset-manifest.js';
