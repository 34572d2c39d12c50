import i18next, { type TFunction } from 'i18next';
import en from '../locales/en.json';
import vi from '../locales/vi.json';
import { warnOnce } from './log.js';
import { sharedState } from './shared-state.js';

export const DEFAULT_LANGUAGE = 'vi';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: DEFAULT_LANGUAGE,
  // A Department's partial translation shows Vietnamese where a string is missing.
  fallbackLng: DEFAULT_LANGUAGE,
  initAsync: false,
  // Lit escapes every value it renders; escaping here too would show "&amp;".
  interpolation: { escapeValue: false },
  returnNull: false,
});

let syncedVersion = -1;

/** Brings languages added through the API (before or after this chunk loaded) into i18next. */
function syncAddedLanguages(): void {
  const state = sharedState();
  if (syncedVersion === state.translationsVersion) return;
  syncedVersion = state.translationsVersion;
  for (const [lang, resources] of Object.entries(state.translations)) {
    i18n.addResourceBundle(lang, 'translation', resources, true, true);
  }
}

export function availableLanguages(): string[] {
  syncAddedLanguages();
  return Object.keys(i18n.store.data);
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

export function translator(lang: string): TFunction {
  syncAddedLanguages();
  return i18n.getFixedT(lang);
}
