import { WIDGET_NAMES } from '../../registry/widgets.js';
import { toolTranslator } from '../tool-words.js';
import en from './locales/en.json';
import vi from './locales/vi.json';

/** What a framed widget is, in the page's language: the embed page's title (the banner's for an unknown widget). */
export function widgetTitle(widget: string, lang: string): string {
  const name = (WIDGET_NAMES as readonly string[]).includes(widget) ? widget : 'banner';
  return toolTranslator({ vi, en }, lang)(`titles.${name}` as `titles.${keyof typeof vi.titles}`);
}

/** The poster page's title, in the poster's language. */
export function posterTitle(lang: string): string {
  return toolTranslator({ vi, en }, lang)('titles.poster');
}
