/**
 * What the progress reader has to say about a file (a row left out, a totals
 * row skipped, a month that differs), kept as data and put into words only
 * where it is shown, from a words file (locales/*.json): in the page's
 * language on the report page and the configurator (messages.ts), Vietnamese
 * or English in the command line, English in a widget's console message
 * (which so carries only the English words). No DOM.
 */
import { formatDate, formatMonth, formatNumber } from './format.js';

/** Where in the file: a CSV line (from 1) or a JSON row (from 0), with the unit's name when it is known. */
export interface Where {
  line?: number;
  row?: number;
  name?: string;
}

/** A cell's value as a message shows it: its text (cut short), or the kind of thing it is. */
export type Shown = { text: string; length: number } | { kind: 'nothing' | 'list' | 'object' | 'boolean' | 'other' };

/** What a placeholder is filled with: text as it is, a number grouped as the language groups it, or a tagged value. */
export type MessageValue =
  | string
  | number
  | Shown
  | { where: Where }
  | { month: string }
  | { date: string }
  | { field: string }
  /** A list read as one ("1, 2 and 3"), or with commas only. */
  | { and: MessageValue[] }
  | { list: MessageValue[] };

/** A message's name in the words files (`messages` in locales/en.json), without a plural ending. */
export type MessageCode = string;

export interface DataMessage {
  code: MessageCode;
  /** The row it is about; the message starts with it. */
  where?: Where;
  values?: Record<string, MessageValue>;
}

/** A words file of the reader (locales/vi.json, locales/en.json). */
export interface Words {
  at: { line: string; row: string; named: string };
  value: Record<'nothing' | 'list' | 'object' | 'boolean' | 'other' | 'long', string>;
  fields: Record<string, string>;
  messages: Record<string, string>;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function listOf(items: string[], lang: string, and: boolean): string {
  if (!and) return items.join(', ');
  try {
    return new Intl.ListFormat(lang === 'en' ? 'en' : 'vi', { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** "line 4 (Xã Ea Kao)", "rows[3]". */
export function describeWhere(words: Words, where: Where): string {
  const at =
    where.line !== undefined
      ? fill(words.at.line, { line: String(where.line) })
      : fill(words.at.row, { row: String(where.row ?? 0) });
  return where.name ? fill(words.at.named, { where: at, name: where.name }) : at;
}

function describeValue(words: Words, value: MessageValue, lang: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, lang);
  if (!isObject(value)) return String(value);
  if ('text' in value) {
    return value.length > value.text.length
      ? fill(words.value.long, { text: value.text, length: formatNumber(value.length, lang) })
      : `"${value.text}"`;
  }
  if ('kind' in value) return words.value[value.kind];
  if ('where' in value) return describeWhere(words, value.where);
  if ('month' in value) return formatMonth(value.month, lang);
  if ('date' in value) return formatDate(value.date, lang);
  if ('field' in value) return words.fields[value.field] ?? value.field;
  if ('and' in value)
    return listOf(
      value.and.map((item) => describeValue(words, item, lang)),
      lang,
      true,
    );
  return listOf(
    value.list.map((item) => describeValue(words, item, lang)),
    lang,
    false,
  );
}

/** The message in the words of `lang` (numbers and months written as `lang` writes them), without a final full stop. */
export function formatMessage(file: Words, message: DataMessage, lang: string): string {
  const words = file.messages;
  const count = message.values?.count;
  let template = words[message.code];
  if (typeof count === 'number') {
    let category = 'other';
    try {
      category = new Intl.PluralRules(lang === 'en' ? 'en' : 'vi').select(count);
    } catch {
      // Plural forms unknown to this runtime: the general one.
    }
    template = words[`${message.code}_${category}`] ?? words[`${message.code}_other`] ?? template;
  }
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) values[name] = describeValue(file, value, lang);
  const text = fill(template ?? message.code, values);
  return message.where ? `${describeWhere(file, message.where)}: ${text}` : text;
}
