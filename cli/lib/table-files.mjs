// Writes a table the Department opens in Excel: CSV in UTF-8 with a BOM and
// CRLF, with the list separator Excel expects in the table's language (";" on
// a Windows set to Vietnamese, whose decimal mark is the comma).
import { writeFileSync } from 'node:fs';
import { sharedCode } from './shared-code.mjs';

export const CSV_SEPARATOR = { vi: ';', en: ',' };

/** Writes `<base>.csv`; returns the paths written. */
export async function writeTable(base, { header, rows, lang }) {
  const lib = await sharedCode();
  const csv = `${base}.csv`;
  writeFileSync(csv, `\uFEFF${lib.writeCsv([header, ...rows], CSV_SEPARATOR[lang] ?? ',')}\r\n`);
  return [csv];
}
