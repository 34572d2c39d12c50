import { LANGUAGE_CODE } from '../registry/config-types.js';
import { preview, warnOnce } from '../loader/log.js';
import { notifyChange, sharedState, type TranslationResources } from '../loader/shared-state.js';

const MAX_STRING = 1000;
const MAX_DEPTH = 6;

/**
 * Keeps only strings (capped, NFC) and nested objects of strings: translations
 * are data from a Department's JSON file and must not carry anything else.
 * Objects without a prototype, so a key such as `__proto__` or `constructor`
 * is a word like any other; a value that cannot be read drops that key only.
 */
export function cleanResources(input: unknown, path: string, depth = 0): TranslationResources | undefined {
  if (depth > MAX_DEPTH) {
    warnOnce(`${path}: translations nest deeper than ${MAX_DEPTH} levels (a loop?); ignoring that part.`);
    return undefined;
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    warnOnce(`${path}: translations must be an object of strings, got ${preview(input)}.`);
    return undefined;
  }
  const out: TranslationResources = Object.create(null);
  for (const key of Object.keys(input)) {
    try {
      const value: unknown = (input as Record<string, unknown>)[key];
      if (typeof value === 'string') {
        if (value.length > MAX_STRING) warnOnce(`${path}.${key} is longer than ${MAX_STRING} characters; it was cut.`);
        out[key] = value.slice(0, MAX_STRING).normalize('NFC');
      } else {
        const nested = cleanResources(value, `${path}.${key}`, depth + 1);
        if (nested) out[key] = nested;
      }
    } catch (error) {
      warnOnce(`${path}.${preview(key)} could not be read (${String(error)}); ignoring it.`);
    }
  }
  return out;
}

function deepMerge(target: TranslationResources, source: TranslationResources): TranslationResources {
  const out: TranslationResources = Object.assign(Object.create(null), target);
  for (const [key, value] of Object.entries(source)) {
    const existing = Object.hasOwn(out, key) ? out[key] : undefined;
    out[key] =
      typeof value === 'object' && existing && typeof existing === 'object'
        ? deepMerge(existing as TranslationResources, value as TranslationResources)
        : value;
  }
  return out;
}

/** `ISpeed.addTranslations(lang, resources)`: adds or extends a language at run time. */
export function addTranslations(lang: unknown, resources: unknown): boolean {
  if (typeof lang !== 'string' || !LANGUAGE_CODE.test(lang)) {
    warnOnce(`addTranslations: "${preview(lang)}" is not a language code such as "ede" or "en".`);
    return false;
  }
  const code = lang.toLowerCase();
  const clean = cleanResources(resources, `addTranslations("${code}")`);
  if (!clean) return false;
  const state = sharedState();
  state.translations[code] = deepMerge(state.translations[code] ?? {}, clean);
  state.translationsVersion++;
  notifyChange();
  return true;
}
