/**
 * Figures as the widgets and the Department's tools write them: numbers
 * grouped as each language groups them, months and days. No DOM, so the same
 * words come out in a browser and in Node.
 *
 * English is written as in en-GB; every other language (Vietnamese, or one a
 * Department added) as in vi-VN, which the Vietnamese words around them expect.
 */

const locale = (lang: string): string => (lang === 'en' ? 'en-GB' : 'vi-VN');

/** 12345 → "12.345" in Vietnamese, "12,345" in English. */
export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(locale(lang)).format(value);
}

/** "2026-11" → "11/2026" in Vietnamese (the words around it say "tháng"), "November 2026" in English. */
export function formatMonth(month: string, lang: string): string {
  const [year, number] = month.split('-');
  if (lang === 'en')
    return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(+year, +number - 1, 1)),
    );
  return `${number}/${year}`;
}

/** "2026-11-20" → "20/11/2026" in Vietnamese, "20 November 2026" in English ("20 Nov 2026" `short`, for a table's cell). */
export function formatDate(date: string, lang: string, form: 'long' | 'short' = 'long'): string {
  const [year, month, day] = date.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: lang === 'en' ? form : '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  };
  return new Intl.DateTimeFormat(locale(lang), options).format(new Date(Date.UTC(year, month - 1, day)));
}
