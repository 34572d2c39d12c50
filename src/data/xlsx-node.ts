/** The workbook reader and writer for the command line (built to dist/lib/xlsx.js, loaded only for a workbook). */
export { looksLikeXlsx, readXlsx, rowsToText, type XlsxReading } from './xlsx.js';
export { reportXlsx } from './report-xlsx.js';
export { writeXlsx } from './xlsx-write.js';
