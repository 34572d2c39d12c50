import en from './locales/en.json';
import vi from './locales/vi.json';
import { applyPendingInput } from './config.js';
import { warnOnce } from '../loader/log.js';
import { sharedState } from '../loader/shared-state.js';
import { DEFAULT_LANGUAGE, translatorOf, type Languages, type TFunction } from './translate.js';

export { DEFAULT_LANGUAGE, type TFunction };

/**
 * The words every widget shares; a widget with words of its own adds them when
 * its code loads (addBundledWords). A Department adds or extends languages
 * with ISpeed.addTranslations.
 */
const BUNDLED: Languages = { vi, en };

/** A widget's own words (its namespace, such as `progress`): a page without that widget never downloads them. */
export function addBundledWords(words: Languages): void {
  for (const [lang, resources] of Object.entries(words)) BUNDLED[lang] = { ...BUNDLED[lang], ...resources };
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

/** Words for one language: its added words, its bundled words, then Vietnamese's (see translate.ts). */
export function translator(lang: string): TFunction {
  applyPendingInput();
  return translatorOf([sharedState().translations, BUNDLED], lang);
}
