/**
 * The smart link page's words: its own (locales/, under `go.`) beside the
 * widgets' shared ones (the banner's facts, the QR card's store buttons), so
 * each sentence is written once. The build fills go.html's static Vietnamese
 * text from these too (build/go-page.mjs).
 */
import type { Languages } from '../../runtime/translate.js';
import sharedEn from '../../runtime/locales/en.json';
import sharedVi from '../../runtime/locales/vi.json';
import goEn from './locales/en.json';
import goVi from './locales/vi.json';

export const GO_WORDS: Languages = {
  vi: { ...sharedVi, go: goVi },
  en: { ...sharedEn, go: goEn },
};
