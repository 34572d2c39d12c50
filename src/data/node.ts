/** What the command line shares with the browser (built to dist/lib/progress-report.js): the progress reader, its messages, the report table and the portal check and clicks it joins, the artwork manifest's rules and the campaign's numbers. */
export {
  FIELDS,
  MAX_BYTES,
  isUnusable,
  normalizeMonth,
  parseCount,
  parseProgressJson,
  parseProgressText,
  type ProgressData,
} from './progress-file.js';
export {
  BANNER_LABELS,
  TYPE_LABELS,
  buildReport,
  progressJs,
  progressJson,
  reportCsv,
  reportMonth,
  type Report,
} from './report-table.js';
export { CLICK_TABLE, PORTAL_TABLE, activityNotes, readClicks, readPortals } from './portal-activity.js';
export { progressScript, progressScriptData, isScriptAddress } from './progress-script.js';
export { describe, dataWords, type DataMessage } from './messages.js';
export { formatDate, formatMonth, formatNumber } from './format.js';
export { reportingMonth, shiftMonth, vietnamDate } from './vietnam-time.js';
export { decodeText } from './decode.js';
export { manifestProblems, validateManifest } from './asset-manifest.js';
export { CAMPAIGN_TIME_ZONE, FIXED_BANNER_SIZES, REPORT_BY_DAY, TARGET_SAMPLES } from '../registry/campaign.js';
export { parseDepartment, type Department, type DepartmentReading } from './department.js';
export { SMART_LINK_PAGE } from '../registry/widgets.js';
export { slugify } from '../registry/unit-code.js';
export { readCsv, writeCsv } from './csv.js';
