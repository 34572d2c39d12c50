/**
 * The app's name, as every text writes it. Browsers may break a line after
 * its hyphen ("i-" / "Speed"), so where it is shown it sits in an element of
 * class `app-name` that keeps it on one line: the widgets' templates
 * (app-name.ts) and the pages without Lit (go.html) both split text here.
 */
export const APP_NAME = 'i-Speed';

/** The text cut around each "i-Speed": the name at the odd indexes ("Tải ", "i-Speed", ""). */
export function aroundAppName(text: string): string[] {
  return text.split(APP_NAME).flatMap((part, index) => (index === 0 ? [part] : [APP_NAME, part]));
}
