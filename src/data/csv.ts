/**
 * CSV as RFC 4180 has it, reading and writing, in a few lines: quoted
 * fields with "" for a quote and line breaks inside, CRLF, LF or CR line
 * ends. Chosen over papaparse, which the widget would otherwise carry for
 * the same (6.5 KB gzip on every progress page and in the one-file bundle).
 */

/** The rows of a CSV text, at most `maxRows`; a quote left open runs to the end, as spreadsheets read it. */
export function readCsv(text: string, delimiter: string, maxRows = Infinity): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let index = 0;
  while (index <= text.length && rows.length < maxRows) {
    let field: string;
    if (text[index] === '"') {
      field = '';
      let from = index + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) {
          field += text.slice(from);
          index = text.length;
          break;
        }
        field += text.slice(from, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          from = quote + 2;
          continue;
        }
        index = quote + 1;
        break;
      }
      // Anything between the closing quote and the delimiter is kept, as Excel does.
      const end = nextBreak(text, index, delimiter);
      field += text.slice(index, end);
      index = end;
    } else {
      const end = nextBreak(text, index, delimiter);
      field = text.slice(index, end);
      index = end;
    }
    row.push(field);
    const separator = text[index];
    if (separator === delimiter) {
      index++;
      continue;
    }
    rows.push(row);
    row = [];
    if (index >= text.length) break;
    index += separator === '\r' && text[index + 1] === '\n' ? 2 : 1;
    if (index >= text.length) break;
  }
  return rows;
}

/** Where the field starting at `from` ends: the next delimiter or line end. */
function nextBreak(text: string, from: number, delimiter: string): number {
  for (let index = from; index < text.length; index++) {
    const char = text[index];
    if (char === delimiter || char === '\n' || char === '\r') return index;
  }
  return text.length;
}

/** Text a spreadsheet would run as a formula (starting with = + - @, a tab or CR) with a leading ', so it stays text. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * One CSV line per row, CRLF between them. Text is quoted when it holds a
 * delimiter, quote or line break; text that a spreadsheet would run as a
 * formula (starting with = + - @, a tab or CR) gets a leading ' and stays
 * text. Numbers are written as they are, so a negative change stays a number.
 */
export function writeCsv(rows: (string | number | boolean)[][], delimiter = ','): string {
  const cell = (value: string | number | boolean) => {
    if (typeof value !== 'string') return String(value);
    const text = neutraliseFormula(value);
    return /^'|["\r\n,;\t]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(delimiter)).join('\r\n');
}
