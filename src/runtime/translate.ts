/*
 * Words in i18next's JSON format (nested keys, `{{name}}` placeholders,
 * `key_one`/`key_other` plurals with `count`), read the same way by the
 * widgets and the Department's tools, so every words file stays an ordinary
 * i18next file; reading it is a few lines, where i18next would add 16 KB
 * gzip to every page.
 */
import type { TranslationResources } from '../loader/shared-state.js';

/** The language every word exists in, and the one shown when another lacks a word. */
export const DEFAULT_LANGUAGE = 'vi';

/** `t('banner.cta')`, `t('progress.samples', { count: 12, target: 300 })`. */
export type TFunction = (key: string, values?: Record<string, unknown>) => string;

/** Words per language code, e.g. `{ vi, en }` from locales/vi.json and locales/en.json. */
export type Languages = Record<string, TranslationResources>;

function lookup(resources: TranslationResources | undefined, key: string): unknown {
  let node: unknown = resources;
  for (const part of key.split('.'))
    node =
      node && typeof node === 'object' && Object.hasOwn(node, part) ? (node as TranslationResources)[part] : undefined;
  return node;
}

function pluralCategory(lang: string, count: number): string {
  try {
    return new Intl.PluralRules(lang).select(count);
  } catch {
    return 'other';
  }
}

/**
 * Words for one language from tables looked in order: the first string found
 * for the key in each table for the language, then in each for Vietnamese.
 * Values are inserted as text (Lit escapes them when rendering); a missing
 * key shows the key, as i18next does, so it is noticed.
 */
export function translatorOf(tables: Languages[], lang: string): TFunction {
  return (key, values) => {
    const count = values?.count;
    // Vietnamese looked at twice when it is the language asked for only costs a second miss.
    for (const code of [lang, DEFAULT_LANGUAGE]) {
      for (const table of tables) {
        const plural =
          typeof count === 'number' ? lookup(table[code], `${key}_${pluralCategory(code, count)}`) : undefined;
        const text = typeof plural === 'string' ? plural : lookup(table[code], key);
        if (typeof text === 'string') {
          return values
            ? text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (placeholder, name: string) =>
                Object.hasOwn(values, name) ? String(values[name]) : placeholder,
              )
            : text;
        }
      }
    }
    return key;
  };
}
