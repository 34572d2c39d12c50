/** What the command line shares with the browser (built to dist/lib/progress-report.js): the progress reader, the report table, the artwork manifest's rules, the department.json reader and the campaign's numbers. */
export { MAX_BYTES, normalizeMonth, parseCount, parseProgressText, type ProgressData } from './progress-file.js';
export { buildReport, progressJson, reportCsv, reportMonth, type Report } from './report-table.js';
export { decodeText } from './decode.js';
export { manifestProblems, validateManifest } from './asset-manifest.js';
export { FIXED_BANNER_SIZES, TARGET_SAMPLES } from '../registry/campaign.js';
export { parseDepartment, type Department, type DepartmentReading } from './department.js';
