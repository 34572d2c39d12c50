/**
 * The tools' words: JSON files in the widgets' format (src/runtime/locales),
 * read by the widgets' own translator. Each tool imports its files itself,
 * so they never reach the widgets' chunks.
 */
import { translatorOf, type Languages } from '../runtime/translate.js';

type PluralSuffix = `_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`;

/** Every key of a words file, dotted (`'widgets.banner'`); plural forms under their own key (`'rows'` for `rows_one`). */
export type WordKey<Words> = {
  [Key in keyof Words & string]: Words[Key] extends string
    ? Key extends `${infer Base}${PluralSuffix}`
      ? Base
      : Key
    : `${Key}.${WordKey<Words[Key]>}`;
}[keyof Words & string];

/** A translator whose keys the type checker holds to the tool's Vietnamese file. */
export type ToolTranslator<Words> = (key: WordKey<Words>, values?: Record<string, unknown>) => string;

/** The tool's words for `lang` (Vietnamese's where English lacks one). */
export function toolTranslator<Words extends object>(
  languages: { vi: Words } & Languages,
  lang: string,
): ToolTranslator<Words> {
  return translatorOf([languages], lang);
}
