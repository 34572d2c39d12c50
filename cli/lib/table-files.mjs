// Writes a table the Department opens in Excel, twice: CSV in UTF-8 with a
// BOM and CRLF, with the list separator Excel expects in the table's language
// (";" on a Windows set to Vietnamese, whose decimal mark is the comma), and
// the same rows as a workbook, numbers typed (the report's own writer).
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { sharedCode } from './shared-code.mjs';

export const CSV_SEPARATOR = { vi: ';', en: ',' };

/** Writes `<base>.csv` and `<base>.xlsx`; returns the paths written. */
export async function writeTable(base, { header, rows, lang }) {
  const lib = await sharedCode();
  const csv = `${base}.csv`;
  writeFileSync(csv, `\uFEFF${lib.writeCsv([header, ...rows], CSV_SEPARATOR[lang] ?? ',')}\r\n`);
  const xlsx = `${base}.xlsx`;
  writeFileSync(xlsx, (await sharedCode('xlsx')).writeXlsx(basename(base), [header, ...rows]));
  return [csv, xlsx];
}
