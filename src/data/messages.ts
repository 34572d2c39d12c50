/**
 * The progress reader's messages in Vietnamese or English, for the report
 * page, the configurator and the command line. A widget's console needs only
 * the English words of the reader's problems (locales/en.json, see
 * load-progress.ts); the notes on skipped and checked rows, and the tools'
 * own reasons, are in locales/notes.*.json. No DOM.
 */
import { formatMessage, type DataMessage, type Words } from './message-format.js';
import en from './locales/en.json';
import enNotes from './locales/notes.en.json';
import viNotes from './locales/notes.vi.json';
import vi from './locales/vi.json';

const WORDS: Record<'vi' | 'en', Words> = {
  vi: { ...vi, messages: { ...vi.messages, ...viNotes.messages } },
  en: { ...en, messages: { ...en.messages, ...enNotes.messages } },
};

export type { DataMessage, MessageValue, Shown, Where } from './message-format.js';

/** The words of a language the reader knows: English for `en`, Vietnamese for any other. */
export function dataWords(lang: string): Words {
  return WORDS[lang === 'en' ? 'en' : 'vi'];
}

/** The message in `lang` (Vietnamese unless `en`), without a final full stop. */
export function describe(message: DataMessage, lang: string): string {
  return formatMessage(dataWords(lang), message, lang);
}
