import en from './locales/en.json';
import vi from './locales/vi.json';
import { applyPendingInput } from './config.js';
import { warnOnce } from '../loader/log.js';
import { sharedState, type TranslationResources } from '../loader/shared-state.js';

export const DEFAULT_LANGUAGE = 'vi';

/** `t('banner.cta')`, `t('progress.samples', { count: 12, target: 300 })`. */
export type TFunction = (key: string, values?: Record<string, unknown>) => string;

/**
 * The translations in i18next's JSON format (nested keys, `{{name}}`
 * placeholders, `key_one`/`key_other` plurals with `count`), so a
 * Department's file stays an ordinary i18next file; the lookup itself is a
 * few lines, where i18next would add 16 KB gzip to every page.
 */
const BUNDLED: Record<string, TranslationResources> = { vi, en };

function lookup(resources: TranslationResources | undefined, key: string): unknown {
  let node: unknown = resources;
  for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as TranslationResources)[part] : undefined;
  return node;
}

function pluralCategory(lang: string, count: number): string {
  try {
    return new Intl.PluralRules(lang).select(count);
  } catch {
    return 'other';
  }
}

/** The first string found for the key: the language's added words, its bundled words, then Vietnamese's. */
function find(lang: string, key: string, count: unknown): string | undefined {
  const { translations } = sharedState();
  for (const code of lang === DEFAULT_LANGUAGE ? [lang] : [lang, DEFAULT_LANGUAGE]) {
    for (const resources of [translations[code], BUNDLED[code]]) {
      const plural = typeof count === 'number' ? lookup(resources, `${key}_${pluralCategory(code, count)}`) : undefined;
      const text = typeof plural === 'string' ? plural : lookup(resources, key);
      if (typeof text === 'string') return text;
    }
  }
  return undefined;
}

export function availableLanguages(): string[] {
  applyPendingInput();
  return [...new Set([...Object.keys(BUNDLED), ...Object.keys(sharedState().translations)])];
}

function matchLanguage(code: string): string | undefined {
  const lower = code.toLowerCase();
  const available = availableLanguages();
  if (available.includes(lower)) return lower;
  const base = lower.split('-')[0];
  return available.includes(base) ? base : undefined;
}

/** The nearest `lang` above the element, crossing shadow roots (e.g. the configurator's preview). */
function inheritedLang(element: Element): string | undefined {
  let node: Element | null = element.parentElement ?? (element.getRootNode() as ShadowRoot).host ?? null;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return undefined;
}

/**
 * The element's `lang` or configured language, then the nearest ancestor's
 * `lang`, then `<html lang>`, then Vietnamese. A language without
 * translations is skipped (with a warning when a webmaster asked for it).
 */
export function resolveLanguage(element: Element, configured: string): string {
  if (configured) {
    const match = matchLanguage(configured);
    if (match) return match;
    warnOnce(
      `no translations for language "${configured}"; add them with ISpeed.addTranslations("${configured}", {...}). Using the page language.`,
    );
  }
  for (const candidate of [inheritedLang(element), document.documentElement.lang]) {
    const match = candidate && matchLanguage(candidate);
    if (match) return match;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * Words for one language. Values are inserted as text (Lit escapes them when
 * rendering); a missing key shows the key, as i18next does, so it is noticed.
 */
export function translator(lang: string): TFunction {
  applyPendingInput();
  return (key, values) => {
    const text = find(lang, key, values?.count) ?? key;
    return values ? text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder)) : text;
  };
}
