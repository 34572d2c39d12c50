import { toolTranslator, type ToolTranslator, type WordKey } from '../tool-words.js';
import en from './locales/en.json';
import vi from './locales/vi.json';

/** The configurator's words (locales/vi.json, locales/en.json), keys checked against the Vietnamese file. */
export type Words = ToolTranslator<typeof vi>;
export type Key = WordKey<typeof vi>;

/** The groups of labels for a choice's values, e.g. `variants.card`. */
export type ChoiceLabels =
  | 'widgets'
  | 'rankings'
  | 'variants'
  | 'fallbackImages'
  | 'qrSizes'
  | 'levels'
  | 'papers'
  | 'layouts'
  | 'langs'
  | 'themes'
  | 'devices'
  | 'platforms';

export function configuratorWords(lang: string): Words {
  return toolTranslator({ vi, en }, lang);
}
