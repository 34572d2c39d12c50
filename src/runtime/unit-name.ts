/**
 * A unit's name as it may be printed on an official poster: plain text of
 * at most 80 letters, digits, spaces and . , ' - ( ). No dashes of other
 * kinds, slashes, dates in free text, markup or direction overrides, so an
 * address cannot print "… — bắt buộc cài đặt trước 30/11" under the Department's name.
 */
export const UNIT_NAME = /^[\p{L}\p{M}\p{N} .,'()-]{1,80}$/u;

/** The name in its printed form, or undefined when it is not plain text (or not on the Department's list, when given). */
export function checkUnitName(value: string, units?: readonly string[]): string | undefined {
  const name = value.normalize('NFC').trim().replace(/ {2,}/g, ' ');
  if (!UNIT_NAME.test(name)) return undefined;
  if (units && !units.some((unit) => unit.normalize('NFC') === name)) return undefined;
  return name;
}
