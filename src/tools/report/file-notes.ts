/**
 * What the report page says about a file it opened, in the page's language:
 * the month it chose and why (with one click to change it), the rows it
 * skipped and the totals it checked, the rows to look at again, why a file
 * cannot be used, and the file's columns to pick from.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatMonth } from '../../data/format.js';
import { describe, type DataMessage } from '../../data/messages.js';
import { FIELDS, type Field, type ProgressData } from '../../data/progress-file.js';
import { shiftMonth } from '../../data/vietnam-time.js';
import { REPORT_BY_DAY } from '../../registry/campaign.js';
import { toolTranslator, type ToolTranslator } from '../tool-words.js';
import en from './locales/file.en.json';
import vi from './locales/file.vi.json';
import type { OpenedFile, Read } from './read-file.js';

export type FileWords = ToolTranslator<typeof vi>;

export function fileWords(lang: string): FileWords {
  return toolTranslator({ vi, en }, lang);
}

/** Rows to look at again, shown one by one before the rest are counted. */
const SHOWN_PROBLEMS = 50;

/**
 * "Reporting month: 11/2026. The file names no month; it was saved on
 * 05/12/2026, by the 15th … [Use 12/2026]": the month the page chose, why,
 * and the button for the other month the rule could have given (or, for a
 * month typed in, for the file's own).
 */
export function renderMonthChoice(
  data: ProgressData,
  month: string,
  lang: string,
  choose: (month: string) => void,
): TemplateResult {
  const t = fileWords(lang);
  const source = data.monthSource;
  const why =
    data.monthDate && data.monthRule && (source === 'updated' || source === 'modified' || source === 'today')
      ? t(`why.${source}`, {
          date: formatDate(data.monthDate, lang),
          rule: t(`rule.${data.monthRule}`, { day: REPORT_BY_DAY }),
        })
      : t(`why.${source === 'attribute' ? 'attribute' : source === 'file' ? 'file' : 'column'}`);
  const other =
    source === 'attribute'
      ? { label: t('useFileMonth'), month: '' }
      : data.monthRule
        ? (() => {
            const alternative = shiftMonth(month, data.monthRule === 'ended' ? 1 : -1);
            return { label: t('useMonth', { month: formatMonth(alternative, lang) }), month: alternative };
          })()
        : undefined;
  return html`<p class="month-choice">
    ${t('monthChoice', { month: formatMonth(month, lang) })} ${why}
    ${other ? html`<button type="button" class="secondary" @click=${() => choose(other.month)}>${other.label}</button>` : nothing}
  </p>`;
}

/** What was skipped and checked, each said once: the totals row (and whether it adds up), signatures, rows without a name, a month that differs. */
export function renderNotes(notes: DataMessage[], lang: string): TemplateResult | typeof nothing {
  if (!notes.length) return nothing;
  return html`<ul class="notes" aria-label=${fileWords(lang)('notes')}>
    ${notes.map(
      (note) =>
        html`<li class=${note.code === 'totalDiffers' || note.code === 'monthDiffers' ? 'warning' : ''}>${describe(note, lang)}.</li>`,
    )}
  </ul>`;
}

/** Each row to look at again, in the page's language. */
export function problemItems(problems: DataMessage[], lang: string): TemplateResult[] {
  return problems.slice(0, SHOWN_PROBLEMS).map((problem) => html`<li>${describe(problem, lang)}</li>`);
}

/** Why a file cannot be used, ending with the column to pick ("Cột số mẫu") where the columns are the cause. */
export function unusableReason(read: Read & { ok: false }, file: OpenedFile, lang: string): string {
  const t = fileWords(lang);
  if (!file.text) return t('reasons.emptyOrTooLarge');
  const reason = describe(read.reason, lang);
  if (!read.headers?.length || !['missingColumn', 'duplicateColumns', 'noHeader'].includes(read.reason.code))
    return reason;
  const field = (read.reason.values?.field as { field?: string } | undefined)?.field;
  const fields: Field[] =
    field === 'unitOrName'
      ? ['unit', 'name']
      : field && FIELDS.includes(field as Field)
        ? [field as Field]
        : ['unit', 'samples'];
  const columns = fields.map((name) => `“${t(`column.${name}`)}”`).join(t('or'));
  return `${reason}. ${t('pickColumns', { columns }).replace(/\.$/, '')}`;
}

/**
 * One list per field, "Cột số mẫu" and so on, offering the headers found in
 * the file; "found by itself" leaves the field to the built-in names, and
 * says which column that gave, once the file is read (`found`).
 */
export function renderColumnPickers(
  headers: string[] | undefined,
  found: Partial<Record<Field, number>> | undefined,
  picked: Partial<Record<Field, string>>,
  lang: string,
  pick: (field: Field, header: string) => void,
): TemplateResult | typeof nothing {
  const t = fileWords(lang);
  const names = [...new Set((headers ?? []).filter((header) => header.trim()))];
  if (!names.length) return nothing;
  return html`<fieldset class="field wide columns">
    <legend>${t('columns')}</legend>
    <p class="hint">${t('columnsHint')}</p>
    <div class="column-pickers">
      ${FIELDS.map(
        (field) => html`<div class="field">
          <label for="column-${field}">${t(`column.${field}`)}</label>
          <select id="column-${field}" @change=${(event: Event) => pick(field, (event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!picked[field]}>
              ${!found ? t('auto') : found[field] === undefined ? t('autoNone') : t('autoFound', { header: headers![found[field]!] })}
            </option>
            ${names.map((name) => html`<option .value=${name} ?selected=${picked[field] === name}>${name}</option>`)}
          </select>
        </div>`,
      )}
    </div>
  </fieldset>`;
}

/** After the page's own styles: the month line, the notes and the column pickers. */
export const fileNotesStyles = css`
  .month-choice {
    margin: 6px 0;
    font-size: 14px;
  }
  .month-choice button {
    min-height: 36px;
    margin-left: 6px;
    padding: 4px 10px;
  }
  .notes {
    margin: 6px 0;
    padding-left: 20px;
    font-size: 14px;
  }
  .notes .warning {
    color: #a4161a;
    font-weight: 600;
  }
  fieldset.columns {
    margin: 0;
    padding: 8px 12px 12px;
    border: 1px solid #d5dbe3;
    border-radius: 6px;
  }
  .column-pickers {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
  }
`;
