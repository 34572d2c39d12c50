/** What the command line shares with the browser (built to dist/lib/progress-report.js): the progress reader, the report table, the artwork manifest's rules and the campaign's numbers. */
export { MAX_BYTES, normalizeMonth, parseCount, parseProgressText, type ProgressData } from './progress-file.js';
export { buildReport, progressJson, reportCsv, reportMonth, type Report } from './report-table.js';
export { decodeText } from './decode.js';
export { manifestProblems, validateManifest } from './asset-manifest.js';
export { CAMPAIGN_TIME_ZONE, FIXED_BANNER_SIZES, TARGET_SAMPLES } from '../registry/campaign.js';
export { SMART_LINK_PAGE } from '../registry/pages.js';
export { slugify } from '../registry/unit-code.js';
export { readCsv, writeCsv } from './csv.js';
export { parseDepartment } from './department.js';
