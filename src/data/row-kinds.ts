/**
 * Rows of a spreadsheet that are not units: totals and subtotals, and the
 * signature and note lines a Vietnamese report ends with. Exports made by
 * hand in Excel carry them; counted as units they would rank first ("Tổng
 * cộng", 6.246 mẫu) and change every tally. No DOM.
 */

export type NotAUnit = 'total' | 'signature';

/** Lower case, NFC, single spaces, without the punctuation a label ends with ("Tổng cộng:"). */
function clean(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s:.;,\-–]+$/, '')
    .trim();
}

/**
 * Totals as written with tone marks: "Tổng cộng", "Tổng số", "Cộng" ("Cộng
 * khối xã"), alone or followed by a qualifier, and "Tổng" alone. "Công an",
 * "Tổng công ty" and "Tổng cục" (units) are other words: công, not cộng.
 */
const TOTAL_MARKED = /^(tổng cộng|tổng số|cộng)(?=$|[\s:(])|^tổng(?=$|\s*[:(])/;
/** The same without tone marks, where "cong" alone may be "Công an": only whole labels, or "tong cong"/"tong so" with a qualifier. */
const TOTAL_PLAIN = /^(tong cong(?! ty)|tong so)(?=$|[\s:(])|^(tong|cong)$/;
const TOTAL_ENGLISH = /^(grand total|sub-?totals?|totals?|sum)(?=$|[\s:(])/;

/** The people who sign, and the notes under a report, matched without tone marks: "Người lập biểu", "Thủ trưởng đơn vị", "Ghi chú"… */
const SIGNATURE =
  /^(nguoi (lap|duyet|kiem tra)|thu truong|ke toan|((kt|tm|tl)\.? )?(pho )?giam doc|truong phong|ghi chu|noi nhan|luu[:\s]|\(?ky( ten|,)|\(ky|xac nhan|prepared by|approved by|signature|notes?(?=$|[\s:]))/;
/** The place and date line above the signatures: "Đắk Lắk, ngày 20 tháng 11 năm 2026". */
const DATE_LINE = /ngay\s*[\d.…]*\s*thang\s*[\d.…]*\s*nam\s*[\d.…]+/;

/**
 * Whether a row is a totals row or a signature or note row, from its label:
 * the unit's name, else its code, else (a label written across merged
 * cells) the row's first cell that is not a number.
 */
export function notAUnit(label: string | undefined, cells: readonly string[] = []): NotAUnit | undefined {
  const text = label?.trim() || cells.find((cell) => cell.trim() && !/^[\d\s.,]+$/.test(cell.trim())) || '';
  const words = clean(text);
  if (!words) return undefined;
  if (TOTAL_MARKED.test(words) || TOTAL_ENGLISH.test(words)) return 'total';
  const plain = words
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
  if (plain === words && TOTAL_PLAIN.test(words)) return 'total';
  if (SIGNATURE.test(plain) || DATE_LINE.test(plain)) return 'signature';
  return undefined;
}
