/**
 * The report as a Vietnamese administrative document, for print: the
 * governing body and the issuing agency (from the Department's
 * department.json, or typed), the national heading, the place and date line,
 * the title with the month, and the preparer's and signer's blocks; page
 * numbers ("Trang 2/3") in the top margin from page 2, as Decree 30/2020/NĐ-CP
 * lays out official documents.
 *
 * A reactive controller: the report page keeps its own state, this keeps the
 * print's fields (remembered in localStorage) and renders the parts.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Department } from '../../../data/department.js';
import { formatDate, formatMonth } from '../../../data/format.js';
import { vietnamToday } from '../../../data/vietnam-time.js';
import { readStorage, writeStorage } from '../../../runtime/storage.js';
import { loadDepartment } from '../../department-file.js';
import { toolTranslator, type ToolTranslator } from '../../tool-words.js';
import en from './locales/en.json';
import vi from './locales/vi.json';

const WORDS = { vi, en };
const STORAGE_KEY = 'ispeed-widgets:report-print';
const FIELDS = ['agency', 'parent', 'place', 'signer', 'preparerName', 'signerName'] as const;
type Field = (typeof FIELDS)[number];
export type PrintFields = Record<Field, string>;
const SIGNERS = ['head', 'director', 'deputy'] as const;

export type PrintWords = ToolTranslator<typeof vi>;

export function printWords(lang: string): PrintWords {
  return toolTranslator(WORDS, lang);
}

/** Text the page may print: one line, no control or bidi characters, at most 200 characters. */
function plain(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .slice(0, 200);
}

/** A CSS string: our own words, quoted and escaped. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;

/** "Trang {{page}}/{{pages}}" → the @page margin box's content: "Trang " counter(page) "/" counter(pages). */
export function pageNumberContent(words: string): string {
  return words
    .split(/(\{\{\s*(?:page|pages)\s*\}\})/)
    .filter(Boolean)
    .map((part) => {
      const counter = /^\{\{\s*(page|pages)\s*\}\}$/.exec(part)?.[1];
      return counter ? `counter(${counter})` : cssString(part);
    })
    .join(' ');
}

export class PrintSheet implements ReactiveController {
  fields: PrintFields;
  /** department.json, once read (its name heads the print; the report page also takes its units' types). */
  department: Department | undefined;
  private sheet: CSSStyleSheet | undefined;
  private sheetLang: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Where department.json is, relative to the page. */
    private readonly departmentUrl: () => string,
  ) {
    host.addController(this);
    this.fields = { agency: '', parent: '', place: '', signer: '', preparerName: '', signerName: '' };
    try {
      const saved: unknown = JSON.parse(readStorage(STORAGE_KEY) ?? '{}');
      if (saved && typeof saved === 'object')
        for (const field of FIELDS)
          if (Object.hasOwn(saved, field)) this.fields[field] = plain((saved as Record<string, unknown>)[field]);
    } catch {
      // nothing saved, or not ours: the fields start empty
    }
  }

  hostConnected(): void {
    void this.readDepartment();
  }

  hostDisconnected(): void {
    if (this.sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
  }

  /** department.json beside dist/ (same origin only; a missing file is the usual case and says nothing). */
  private async readDepartment(): Promise<void> {
    this.department = await loadDepartment(document.baseURI, this.departmentUrl());
    this.host.requestUpdate();
  }

  /** The agency printed: the field, else department.json's name. */
  get agency(): string {
    return this.fields.agency.trim() || this.department?.name || '';
  }

  private set(field: Field, value: string): void {
    this.fields = { ...this.fields, [field]: plain(value) };
    writeStorage(STORAGE_KEY, JSON.stringify(this.fields));
    this.host.requestUpdate();
  }

  /** The page-number margin boxes, in the page's language, as a sheet of the document (@page rules cannot live in a shadow root). */
  usePageNumbers(lang: string): void {
    if (this.sheetLang === lang) return;
    this.sheetLang = lang;
    this.sheet ??= new CSSStyleSheet();
    const content = pageNumberContent(printWords(lang)('pageNumber'));
    this.sheet.replaceSync(
      `@page { @top-center { content: ${content}; font: 10pt/1 system-ui, sans-serif; vertical-align: bottom; padding-bottom: 4mm; } }` +
        `@page :first { @top-center { content: none; } }`,
    );
    if (!document.adoptedStyleSheets.includes(this.sheet))
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
  }

  /** The fields, on screen only. */
  renderFields(lang: string): TemplateResult {
    const t = printWords(lang);
    const input = (field: Field, label: string, extra: { placeholder?: string; list?: string } = {}) =>
      html`<div class="field">
        <label for="print-${field}">${label}</label>
        <input id="print-${field}" type="text" maxlength="200" .value=${this.fields[field]}
          placeholder=${extra.placeholder ?? ''} list=${extra.list ?? nothing}
          @input=${(event: Event) => this.set(field, (event.target as HTMLInputElement).value)} />
      </div>`;
    return html`<details class="print-settings no-print">
      <summary>${t('settings')}</summary>
      <p class="hint">${t('settingsHint')}</p>
      <div class="grid">
        ${input('agency', t('agency'), { placeholder: this.department?.name ?? '' })}
        ${input('parent', t('parent'), { placeholder: t('parentPlaceholder') })}
        ${input('place', t('place'), { placeholder: t('placePlaceholder') })}
        ${input('signer', t('signer'), { placeholder: t('signers.head'), list: 'print-signers' })}
        ${input('preparerName', t('preparerName'))} ${input('signerName', t('signerName'))}
      </div>
      <datalist id="print-signers">
        ${SIGNERS.map((signer) => html`<option value=${t(`signers.${signer}`)}></option>`)}
      </datalist>
    </details>`;
  }

  /**
   * The document's head, in print only: the date line is the day the report
   * is made (the page's clock), the figures' own date (the file's, when it
   * gives one) is said under the title.
   */
  renderHead(
    lang: string,
    month: string,
    { example = false, updated, now }: { example?: boolean; updated?: string; now?: Date } = {},
  ): TemplateResult {
    const t = printWords(lang);
    const today = vietnamToday(now);
    const monthName =
      lang === 'en'
        ? new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(
            new Date(Date.UTC(today.year, today.month - 1, 1)),
          )
        : String(today.month).padStart(2, '0');
    const date = t('dateLine', {
      place: this.fields.place.trim() || t('noPlace'),
      day: lang === 'en' ? String(today.day) : String(today.day).padStart(2, '0'),
      month: monthName,
      year: String(today.year),
    });
    const parent = this.fields.parent.trim();
    return html`<div class="print-only print-sheet-head">
      <div class="issuer">
        ${parent ? html`<p class="parent">${parent.toLocaleUpperCase('vi')}</p>` : nothing}
        <p class="agency">${this.agency.toLocaleUpperCase('vi') || html`&nbsp;`}</p>
      </div>
      <div class="nation">
        <p class="nation-name">${t('nation')}</p>
        <p class="motto">${t('motto')}</p>
      </div>
      <p class="date-line">${date}</p>
    </div>
    <div class="print-only print-sheet-title">
      <p class="doc-type">${t('docType')}</p>
      <p class="doc-title">${t('docTitle', { month: formatMonth(month, lang) })}</p>
      ${updated ? html`<p class="doc-note">${t('figuresDate', { date: formatDate(updated, lang) })}</p>` : nothing}
      ${example ? html`<p class="doc-note">${t('exampleNote')}</p>` : nothing}
    </div>`;
  }

  /** The preparer's and signer's blocks, in print only. */
  renderSignatures(lang: string): TemplateResult {
    const t = printWords(lang);
    const signer = this.fields.signer.trim() || t('signers.head');
    return html`<div class="print-only print-sheet-signatures">
      <div>
        <p class="role">${t('preparer')}</p>
        <p class="how">${t('sign')}</p>
        <p class="name">${this.fields.preparerName}</p>
      </div>
      <div>
        <p class="role">${signer.toLocaleUpperCase('vi')}</p>
        <p class="how">${t('signSeal')}</p>
        <p class="name">${this.fields.signerName}</p>
      </div>
    </div>`;
  }
}
