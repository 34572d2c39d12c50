import { TARGET_SAMPLES } from '../../registry/campaign.js';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { downloadBlob } from '../../runtime/download.js';
import { normalizeMonth, parseCount, type Field, type UnitType } from '../../data/progress-file.js';
import {
  BANNER_LABELS,
  TYPE_LABELS,
  buildReport,
  progressJs,
  progressJson,
  reportCsv,
  type Report,
  type ReportRow,
} from '../../data/report-table.js';
import { readOpenedFile, type Read } from './read-file.js';
import {
  activityNotes,
  readClicks,
  readPortals,
  type Activity,
  type ActivityRead,
  type ActivityTally,
  type BannerStatus,
  type ClickRecord,
  type PortalCheck,
} from '../../data/portal-activity.js';
import { describe } from '../../data/messages.js';
import { vietnamDate } from '../../data/vietnam-time.js';
import {
  fileNotesStyles,
  fileWords,
  problemItems,
  renderColumnPickers,
  renderMonthChoice,
  renderNotes,
  unusableReason,
} from './file-notes.js';
import { toolPageStyles } from '../tool-page.styles.js';
import { reportStyles } from './report.styles.js';
import { filesWords, openFile, openSheet, saveXlsx, type OpenedFile } from './files/files.js';
import { PrintSheet, printWords } from './print/print-sheet.js';
import { printStyles } from './print/print.styles.js';
import { totalsRow } from './print/totals-row.js';
import { chartWords, departmentTypeLabel, renderCharts, sparkline } from './chart/charts.js';
import { chartStyles } from './chart/chart.styles.js';
import { buildHistory, monthBefore, monthsUpTo, otherRows, reachedByMonth, type History } from './chart/history.js';
import { formatDate, formatMonth, formatNumber } from '../../data/format.js';
import { toolTranslator, type ToolTranslator } from '../tool-words.js';
import en from './locales/en.json';
import vi from './locales/vi.json';

const WORDS = { vi, en };
const LANGUAGES = ['vi', 'en'] as const;
type Lang = (typeof LANGUAGES)[number];
type SortKey = 'name' | 'type' | 'samples' | 'reached' | 'shortfall' | 'perDay' | 'change' | 'banner' | 'clicks';
type ActivityKind = 'portals' | 'clicks';
/** The banner column sorted from the best news to the least known. */
const BANNER_ORDER: BannerStatus[] = ['unchecked', 'noAddress', 'unread', 'no', 'yes'];
type Show = 'all' | 'open' | 'reached';

/** Beside dist/report/ in the built folder. */
const EXAMPLE = '../demo/data/vi-du-so-lieu.csv';
/** CSV, JSON, progress.js and Excel workbooks. */
const ACCEPT =
  '.csv,.txt,.json,.js,.xlsx,text/csv,application/json,text/javascript,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** check-portals' and clicks' files: JSON, CSV or a workbook. */
const ACTIVITY_ACCEPT =
  '.json,.csv,.txt,.xlsx,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The Department's department.json, beside dist/ (optional). */
const DEPARTMENT = '../department.json';

/** A file opened for the portal check or the clicks, read by its reader (a workbook's sheet is read as its text). */
function readActivity<Value>(file: OpenedFile, read: (text: string) => ActivityRead<Value>): ActivityRead<Value> {
  return file.text ? read(file.text) : { ok: false, reason: { code: 'noRows' } };
}

/**
 * @summary The Department's monthly report: opens the month's CSV export or
 * Excel workbook in the browser (nothing is uploaded), says which month it
 * chose and what it skipped, shows every unit against the target with totals
 * per type, sorts, filters and searches, compares with other months (charts
 * and the trend), joins which portals carry the banner and the clicks each
 * unit's links brought (check-portals' and clicks' files), and exports a CSV and an Excel workbook, an A4 print a
 * Department can sign, and the progress.js and progress.json the widgets read.
 *
 * @attribute example - Address of the example file (default: the demo's vi-du-so-lieu.csv).
 * @attribute department - Address of department.json, same origin only (default: ../department.json).
 */
export class IspeedReport extends LitElement {
  static override styles = [toolPageStyles, reportStyles, fileNotesStyles, printStyles, chartStyles];

  static override properties = {
    example: {},
    department: {},
    ui: { state: true },
    current: { state: true },
    previous: { state: true },
    portalsFile: { state: true },
    clicksFile: { state: true },
    monthInput: { state: true },
    targetInput: { state: true },
    columnMap: { state: true },
    sortKey: { state: true },
    sortAscending: { state: true },
    search: { state: true },
    show: { state: true },
    typeFilter: { state: true },
  };

  declare example: string;
  declare department: string;
  declare private ui: Lang;
  declare private current: OpenedFile | undefined;
  /** The other months' files (any number): the month before the report's is compared with, all make the trend. */
  declare private previous: OpenedFile[];
  /** check-portals' file, and the clicks file (either optional). */
  declare private portalsFile: OpenedFile | undefined;
  declare private clicksFile: OpenedFile | undefined;
  declare private monthInput: string;
  declare private targetInput: string;
  /** The file's column picked for each field ("Cột số mẫu"…), by its header; the rest are found by name. */
  declare private columnMap: Partial<Record<Field, string>>;
  /** The clock the month rule reads (tests set a fixed one); undefined: now. */
  now: Date | undefined = undefined;
  declare private sortKey: SortKey;
  declare private sortAscending: boolean;
  declare private search: string;
  declare private show: Show;
  declare private typeFilter: UnitType | '';

  private usingExample = false;
  private readCurrent: Read | undefined;
  private readPrevious: Read[] = [];
  private portalsRead: ActivityRead<Map<string, PortalCheck>> | undefined;
  private clicksRead: ActivityRead<ClickRecord[]> | undefined;
  private report: Report | undefined;
  private history: History | undefined;
  private readonly printSheet = new PrintSheet(this, () => this.department);

  constructor() {
    super();
    this.example = EXAMPLE;
    this.department = DEPARTMENT;
    const asked = new URLSearchParams(location.search).get('lang');
    this.ui = asked === 'en' || asked === 'vi' ? asked : document.documentElement.lang === 'en' ? 'en' : 'vi';
    this.current = undefined;
    this.previous = [];
    this.portalsFile = undefined;
    this.clicksFile = undefined;
    this.monthInput = '';
    this.targetInput = String(TARGET_SAMPLES);
    this.columnMap = {};
    this.sortKey = 'samples';
    this.sortAscending = false;
    this.search = '';
    this.show = 'all';
    this.typeFilter = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // `?example` (the demo's link) opens the example file at once.
    if (new URLSearchParams(location.search).has('example') && !this.current) void this.openExample();
  }

  private get language(): Lang {
    return this.ui;
  }

  private get t(): ToolTranslator<typeof vi> {
    return toolTranslator(WORDS, this.language);
  }

  private number(value: number): string {
    return formatNumber(value, this.language);
  }

  private monthLabel(month: string): string {
    return formatMonth(month, this.language);
  }

  private get month(): string | undefined {
    return this.monthInput.trim() ? normalizeMonth(this.monthInput) : undefined;
  }

  private get target(): number | undefined {
    const value = parseCount(this.targetInput);
    return value && value > 0 ? value : undefined;
  }

  private readFile(file: OpenedFile, month?: string): Read {
    return readOpenedFile(file, { columnMap: this.columnMap, month, now: this.now });
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('ui')) {
      document.documentElement.lang = this.language;
      document.title = this.t('title');
      this.printSheet.usePageNumbers(this.language);
    }
    const inputs = ['current', 'previous', 'portalsFile', 'clicksFile', 'monthInput', 'targetInput', 'columnMap'];
    if (!inputs.some((name) => changed.has(name))) return;
    this.readCurrent = this.current ? this.readFile(this.current, this.month) : undefined;
    this.readPrevious = this.previous.map((file) => this.readFile(file));
    if (changed.has('portalsFile')) this.portalsRead = this.portalsFile && readActivity(this.portalsFile, readPortals);
    if (changed.has('clicksFile')) this.clicksRead = this.clicksFile && readActivity(this.clicksFile, readClicks);
    const activity: Activity = {
      ...(this.portalsRead?.ok ? { portals: this.portalsRead.value } : {}),
      ...(this.clicksRead?.ok ? { clicks: this.clicksRead.value } : {}),
    };
    const target = this.target ?? TARGET_SAMPLES;
    const current = this.readCurrent?.ok === true ? this.readCurrent : undefined;
    // Every month of every file; the month before the report's is the one compared with.
    const datasets = [current, ...this.readPrevious].flatMap((read) => (read?.ok ? [read.data] : []));
    this.history = current ? buildHistory(datasets) : undefined;
    const previousMonth = current && this.history ? monthBefore(this.history, current.month) : undefined;
    this.report = current
      ? buildReport(current.data, {
          month: current.month,
          target,
          now: this.now,
          ...(previousMonth ? { previous: otherRows(datasets), previousMonth } : {}),
          activity,
        })
      : undefined;
  }

  private async open(event: Event, which: 'current' | 'previous' | ActivityKind): Promise<void> {
    const files = [...((event.target as HTMLInputElement).files ?? [])];
    if (!files.length) return;
    if (which === 'portals') this.portalsFile = await openFile(files[0]);
    else if (which === 'clicks') this.clicksFile = await openFile(files[0]);
    else if (which === 'current') {
      const opened = await openFile(files[0]);
      this.usingExample = false;
      this.columnMap = {};
      this.current = opened;
    } else {
      this.previous = await Promise.all(files.map((file) => openFile(file)));
    }
  }

  /** Another sheet of the workbook: its columns are found afresh. */
  private async chooseSheet(sheet: string): Promise<void> {
    if (!this.current) return;
    const opened = await openSheet(this.current, sheet);
    this.columnMap = {};
    this.current = opened;
  }

  private async openExample(): Promise<void> {
    try {
      const response = await fetch(new URL(this.example, document.baseURI), { credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.usingExample = true;
      this.current = { name: 'vi-du-so-lieu.csv', text: await response.text() };
    } catch (error) {
      this.current = { name: 'vi-du-so-lieu.csv', text: '' };
      console.warn(`[ispeed-widgets] the example file ${this.example} could not be read: ${String(error)}.`);
    }
  }

  private setLanguage(lang: Lang): void {
    this.ui = lang;
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
  }

  private sortBy(key: SortKey): void {
    if (this.sortKey === key) this.sortAscending = !this.sortAscending;
    else [this.sortKey, this.sortAscending] = [key, key === 'name' || key === 'type'];
  }

  private visibleRows(report: Report): ReportRow[] {
    const query = this.search.trim().toLocaleLowerCase('vi').normalize('NFC');
    const rows = report.rows.filter(
      (row) =>
        (this.show === 'all' || (this.show === 'reached') === row.reached) &&
        (!this.typeFilter || row.type === this.typeFilter) &&
        (!query || row.name.toLocaleLowerCase('vi').includes(query) || row.unit.includes(query)),
    );
    const collator = new Intl.Collator(this.language);
    const value = (row: ReportRow): number | string => {
      if (this.sortKey === 'name') return row.name;
      if (this.sortKey === 'type') return TYPE_LABELS[this.language][row.type];
      if (this.sortKey === 'reached') return row.reached ? 1 : 0;
      if (this.sortKey === 'banner') return row.banner ? BANNER_ORDER.indexOf(row.banner) : -Infinity;
      return row[this.sortKey] ?? -Infinity;
    };
    const direction = this.sortAscending ? 1 : -1;
    return rows.sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order = typeof x === 'string' ? collator.compare(x, y as string) : x - (y as number);
      return order * direction || collator.compare(a.name, b.name);
    });
  }

  private save(kind: 'csv' | 'json' | 'js' | 'xlsx'): void {
    const { report } = this;
    if (!report) return;
    if (kind === 'xlsx') return void saveXlsx(this, report, this.language);
    const name = kind === 'csv' ? `bao-cao-i-speed-${report.month}.csv` : `progress.${kind}`;
    const blob =
      kind === 'csv'
        ? new Blob([reportCsv(report, this.language)], { type: 'text/csv;charset=utf-8' })
        : kind === 'js'
          ? new Blob([progressJs(report)], { type: 'text/javascript;charset=utf-8' })
          : new Blob([progressJson(report)], { type: 'application/json' });
    downloadBlob(this, blob, name);
  }

  protected override render(): TemplateResult {
    const { t } = this;
    return html`<div class="page" lang=${this.language}>
      <header class="header">
        <div>
          <h1>${t('title')}</h1>
          <p class="lead">${t('lead')}</p>
        </div>
        <div class="languages" role="group" aria-label=${t('language')}>
          ${LANGUAGES.map(
            // Each language's button names it in its own words.
            (lang) =>
              html`<button type="button" lang=${lang} aria-pressed=${this.language === lang} @click=${() => this.setLanguage(lang)}>${toolTranslator(WORDS, lang)('languageName')}</button>`,
          )}
        </div>
      </header>
      <main>
        ${this.renderInputs()}
        ${this.report ? [this.renderReport(this.report), this.renderCharts(this.report)] : html`<p class="empty no-print">${t('empty')}</p>`}
      </main>
    </div>`;
  }

  private renderInputs(): TemplateResult {
    const { t } = this;
    const monthError = this.monthInput.trim() && !this.month ? t('errorMonth') : '';
    const targetError = this.target ? '' : t('errorTarget');
    return html`<section class="inputs no-print" aria-labelledby="inputs-heading">
      <h2 id="inputs-heading">${t('input')}</h2>
      <p class="privacy">${t('privacy')}</p>
      <div class="grid">
        <div class="field">
          <label for="file">${t('file')}</label>
          <input id="file" type="file" accept=${ACCEPT} aria-describedby="file-hint file-status" @change=${(event: Event) => this.open(event, 'current')} />
          <p id="file-hint" class="hint">${t('fileHint')}</p>
          <button type="button" class="secondary" @click=${() => this.openExample()}>${t('example')}</button>
          <div id="file-status" role="status">${this.renderRead(this.readCurrent, this.current, false)}</div>
        </div>
        <div class="field">
          <label for="previous">${t('previous')}</label>
          <input id="previous" type="file" multiple accept=${ACCEPT} aria-describedby="previous-hint previous-status" @change=${(event: Event) => this.open(event, 'previous')} />
          <p id="previous-hint" class="hint">${chartWords(this.language)('othersHint')}</p>
          <div id="previous-status" role="status">${this.previous.map((file, index) => this.renderRead(this.readPrevious[index], file, true))}</div>
        </div>
        ${this.renderActivityInput('portals')} ${this.renderActivityInput('clicks')}
        <div class="field">
          <label for="month">${t('month')}</label>
          <input id="month" type="text" inputmode="numeric" maxlength="7" placeholder="2026-11" .value=${this.monthInput}
            aria-invalid=${monthError ? 'true' : 'false'} aria-describedby="month-hint month-error"
            @input=${(event: Event) => (this.monthInput = (event.target as HTMLInputElement).value)} />
          <p id="month-hint" class="hint">${t('monthHint')}</p>
          <p id="month-error" class="error">${monthError}</p>
        </div>
        <div class="field">
          <label for="target">${t('target')}</label>
          <input id="target" type="text" inputmode="numeric" maxlength="8" .value=${this.targetInput}
            aria-invalid=${targetError ? 'true' : 'false'} aria-describedby="target-error"
            @input=${(event: Event) => (this.targetInput = (event.target as HTMLInputElement).value)} />
          <p id="target-error" class="error">${targetError}</p>
        </div>
        ${renderColumnPickers(
          this.readCurrent?.ok ? this.readCurrent.data.headers : this.readCurrent?.headers,
          this.readCurrent?.ok ? this.readCurrent.data.columnsRead : undefined,
          this.columnMap,
          this.language,
          (field, header) => (this.columnMap = { ...this.columnMap, [field]: header || undefined }),
        )}
      </div>
    </section>`;
  }

  private renderRead(
    read: Read | undefined,
    file: OpenedFile | undefined,
    previous: boolean,
  ): TemplateResult | typeof nothing {
    const { t } = this;
    if (!read || !file) return nothing;
    if (!read.ok)
      return html`<p class="error">${t('unusable', { name: file.name, reason: this.reason(read, file) })}</p>`;
    const units = read.data.rows.filter((row) => row.month === read.month).length;
    const problems = read.data.problems;
    return html`${previous ? nothing : this.renderSheets(file)}<p class="ok">${t(previous ? 'readPrevious' : 'read', { units: this.number(units), month: this.monthLabel(read.month) })}</p>
      ${previous ? nothing : renderMonthChoice(read.data, read.month, this.language, (month) => (this.monthInput = month))}
      ${renderNotes(read.data.notes, this.language)}
      ${file.encoding === 'windows-1258' ? html`<p class="hint encoding">${t('windows1258')}</p>` : nothing}
      ${!previous && this.usingExample ? html`<p class="example-note">${t('exampleNote')}</p>` : nothing}
      ${
        problems.length
          ? html`<details class="problems">
            <summary>${t('problems', { rows: this.number(problems.length) })}</summary>
            <ul>
              ${problemItems(problems, this.language)}
            </ul>
          </details>`
          : nothing
      }`;
  }

  /** The portal check's or the clicks' file input, and what was read from it. */
  private renderActivityInput(kind: ActivityKind): TemplateResult {
    const t = this.t;
    return html`<div class="field">
      <label for=${kind}>${t(`activity.${kind}`)}</label>
      <input id=${kind} type="file" accept=${ACTIVITY_ACCEPT} aria-describedby="${kind}-hint ${kind}-status" @change=${(event: Event) => this.open(event, kind)} />
      <p id="${kind}-hint" class="hint">${t(`activity.${kind}Hint`)}</p>
      <div id="${kind}-status" role="status">${this.renderActivityRead(kind)}</div>
    </div>`;
  }

  private renderActivityRead(kind: ActivityKind): TemplateResult | typeof nothing {
    const { t } = this;
    const file = kind === 'portals' ? this.portalsFile : this.clicksFile;
    const read = kind === 'portals' ? this.portalsRead : this.clicksRead;
    if (!file || !read) return nothing;
    if (!read.ok) {
      const reason = file.workbookProblem
        ? filesWords(this.language)(`problems.${file.workbookProblem}`)
        : file.text
          ? describe(read.reason, this.language)
          : fileWords(this.language)('reasons.emptyOrTooLarge');
      return html`<p class="error">${t('unusable', { name: file.name, reason })}</p>`;
    }
    let said: string;
    if (read.value instanceof Map) {
      const days = [...new Set([...read.value.values()].map((check) => vietnamDate(new Date(check.checked))))].sort();
      const dates =
        days.length > 1
          ? `${formatDate(days[0], this.language)}–${formatDate(days.at(-1)!, this.language)}`
          : days[0]
            ? formatDate(days[0], this.language)
            : '';
      said = read.value.size
        ? t('activity.readPortals', { units: this.number(read.value.size), dates })
        : t('activity.noRecords');
    } else {
      const months = [...new Set(read.value.map((record) => record.month))]
        .sort()
        .map((month) => this.monthLabel(month));
      const clicks = read.value.reduce((sum, record) => sum + record.clicks, 0);
      said = read.value.length
        ? t('activity.readClicks', { clicks: this.number(clicks), months: months.join(', ') })
        : t('activity.noRecords');
    }
    return html`<p class="ok">${said}</p>${renderNotes(read.notes, this.language)}`;
  }

  /** Why a file cannot be used, in the page's language: the workbook's own problem first, else the reader's. */
  private reason(read: Read & { ok: false }, file: OpenedFile): string {
    if (file.workbookProblem) return filesWords(this.language)(`problems.${file.workbookProblem}`);
    return unusableReason(read, file, this.language);
  }

  private renderReport(report: Report): TemplateResult {
    const { t } = this;
    const rows = this.visibleRows(report);
    const month = this.monthLabel(report.month);
    const activity = report.activity;
    const tally = (label: string, value: { reached: number; units: number }, kind: 'all' | UnitType) =>
      html`<div class="tally"><dt>${label}</dt><dd>${t('reachedOf', { reached: this.number(value.reached), units: this.number(value.units), target: this.number(report.target) })}</dd>${activity ? this.activityTally(activity.totals[kind], activity.portals, activity.previousMonth) : nothing}</div>`;
    return html`<section class="report" aria-labelledby="summary-heading">
      ${this.printSheet.renderHead(this.language, report.month, {
        example: this.usingExample,
        updated: report.updated,
        now: this.now,
      })}
      <h2 id="summary-heading">${t('summary')}</h2>
      <dl class="totals">
        ${tally(t('allUnits'), report.totals.all, 'all')}
        ${report.totals.commune.units ? tally(TYPE_LABELS[this.language].commune, report.totals.commune, 'commune') : nothing}
        ${report.totals.agency.units ? tally(TYPE_LABELS[this.language].agency, report.totals.agency, 'agency') : nothing}
        ${report.totals.other.units ? tally(TYPE_LABELS[this.language].other, report.totals.other, 'other') : nothing}
      </dl>
      ${this.renderActivityNotes(report)}
      <div class="exports no-print" role="group" aria-label=${t('exports')}>
        <button type="button" aria-describedby="csv-hint" @click=${() => this.save('csv')}>${t('csv')}</button>
        <button type="button" aria-describedby="csv-hint" @click=${() => this.save('xlsx')}>${filesWords(this.language)('xlsx')}</button>
        <button type="button" @click=${() => window.print()}>${t('print')}</button>
        <button type="button" aria-describedby="script-hint" @click=${() => this.save('js')}>${fileWords(this.language)('script')}</button>
        <button type="button" aria-describedby="script-hint" @click=${() => this.save('json')}>${t('json')}</button>
        <p id="script-hint" class="hint">${fileWords(this.language)('scriptHint')}</p>
        <p id="csv-hint" class="hint">${filesWords(this.language)('csvHint')}</p>
      </div>
      ${this.printSheet.renderFields(this.language)}
      <div class="tools no-print" role="search" aria-label=${t('tools')}>
        <div class="field">
          <label for="search">${t('search')}</label>
          <input id="search" type="search" .value=${this.search} @input=${(event: Event) => (this.search = (event.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="show">${t('show')}</label>
          <select id="show" @change=${(event: Event) => (this.show = (event.target as HTMLSelectElement).value as Show)}>
            ${(['all', 'open', 'reached'] as const).map((value) => html`<option value=${value} ?selected=${this.show === value}>${t(`shows.${value}`)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="type">${t('type')}</label>
          <select id="type" @change=${(event: Event) => (this.typeFilter = (event.target as HTMLSelectElement).value as UnitType | '')}>
            <option value="" ?selected=${!this.typeFilter}>${t('allTypes')}</option>
            ${(['commune', 'agency', 'other'] as const).map(
              (value) =>
                html`<option value=${value} ?selected=${this.typeFilter === value}>${TYPE_LABELS[this.language][value]}</option>`,
            )}
          </select>
        </div>
      </div>
      <p class="visually-hidden" role="status">${this.resultsMessage(report, rows)}</p>
      ${this.renderTable(report, rows, month)} ${this.printSheet.renderSignatures(this.language)}
    </section>`;
  }

  /** A type's banner and clicks, under its samples in the totals. */
  private activityTally(tally: ActivityTally, portals: boolean, previousMonth: string | undefined): TemplateResult {
    const { t } = this;
    const clicks =
      previousMonth && tally.previousClicks !== undefined
        ? t('activity.clicksTallyChange', {
            clicks: this.number(tally.clicks),
            change: this.signed(tally.clicks - tally.previousClicks),
            month: this.monthLabel(previousMonth),
          })
        : t('activity.clicksTally', { clicks: this.number(tally.clicks) });
    return html`${portals ? html`<dd class="activity">${t('activity.bannerTally', { banner: this.number(tally.banner), units: this.number(tally.units) })}</dd>` : nothing}${
      this.report?.activity?.clicks ? html`<dd class="activity">${clicks}</dd>` : nothing
    }`;
  }

  private signed(value: number): string {
    return `${value > 0 ? '+' : ''}${this.number(value)}`;
  }

  /** Units the two files name that the samples file does not, clicks without a unit, a month without clicks: on screen only. */
  private renderActivityNotes(report: Report): TemplateResult | typeof nothing {
    const notes = report.activity ? activityNotes(report.activity, report.month) : [];
    if (!notes.length) return nothing;
    return html`<ul class="notes no-print" aria-label=${this.t('activity.notes')}>
      ${notes.map((note) => html`<li>${describe(note, this.language)}.</li>`)}
    </ul>`;
  }

  /** A unit's banner status, with the day its portal was checked. */
  private bannerCell(row: ReportRow): TemplateResult {
    const status = row.banner ?? 'unchecked';
    return html`<td class="banner banner-${status}">${BANNER_LABELS[this.language][status]}${
      row.bannerChecked
        ? html` <span class="checked">${this.t('activity.checkedOn', { date: formatDate(row.bannerChecked, this.language, 'short') })}</span>`
        : nothing
    }</td>`;
  }

  private clicksCell(row: ReportRow, previousMonth: string | undefined): TemplateResult {
    const change =
      previousMonth && row.previousClicks !== undefined ? (row.clicks ?? 0) - row.previousClicks : undefined;
    return html`<td class="number clicks">${this.number(row.clicks ?? 0)}${change === undefined ? nothing : html` <span class="change">(${this.signed(change)})</span>`}</td>`;
  }

  private renderTable(report: Report, rows: ReportRow[], month: string): TemplateResult {
    const { t } = this;
    const header = (key: SortKey, label: string, numeric = true) => {
      const sorted = this.sortKey === key;
      return html`<th scope="col" class=${numeric ? 'number' : ''} aria-sort=${sorted ? (this.sortAscending ? 'ascending' : 'descending') : 'none'}>
        <button type="button" class="sort" @click=${() => this.sortBy(key)}>
          ${label}<span class="arrow" aria-hidden="true">${sorted ? (this.sortAscending ? '▲' : '▼') : ''}</span>
        </button>
      </th>`;
    };
    const history = this.history;
    const trendMonths = history ? monthsUpTo(history, report.month, 6) : [];
    const trend = trendMonths.length > 1;
    const activity = report.activity;
    return html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="table-caption">
      <table class=${activity ? 'activity' : ''}>
        <caption id="table-caption">${t('caption', { month, shown: this.number(rows.length), all: this.number(report.rows.length) })}</caption>
        <thead>
          <tr data-index=${printWords(this.language)('index')}>
            ${header('name', t('columnsTable.name'), false)} ${header('type', t('columnsTable.type'), false)} ${header('samples', t('columnsTable.samples'))}
            <th scope="col" class="number">${t('columnsTable.target')}</th>
            ${header('reached', t('columnsTable.reached'), false)} ${header('shortfall', t('columnsTable.shortfall'))} ${header('perDay', t('columnsTable.perDay'))}
            ${trend ? html`<th scope="col">${chartWords(this.language)('trendColumn')}</th>` : nothing}
            ${report.previousMonth ? header('change', t('columnsTable.change', { month: this.monthLabel(report.previousMonth) })) : nothing}
            ${activity?.portals ? header('banner', t('activity.banner'), false) : nothing}
            ${
              activity?.clicks
                ? header(
                    'clicks',
                    activity.previousMonth
                      ? t('activity.clicksChange', { month: this.monthLabel(activity.previousMonth) })
                      : t('activity.clicksColumn'),
                  )
                : nothing
            }
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr class=${row.reached ? 'reached' : ''}>
              <th scope="row"><span class="name">${row.name}</span> <span class="code">${row.unit}</span></th>
              <td>${TYPE_LABELS[this.language][row.type]}</td>
              <td class="number">${this.number(row.samples)}</td>
              <td class="number">${this.number(row.target)}</td>
              <td class="nowrap status">${row.reached ? t('yes') : t('no')}</td>
              <td class="number">${this.number(row.shortfall)}</td>
              <td class="number">${row.perDay === undefined ? t('monthOver') : this.number(row.perDay)}</td>
              ${trend ? html`<td>${sparkline(row.name, trendMonths, history?.samples.get(row.unit), report.target, this.language, (value) => this.number(value))}</td>` : nothing}
              ${
                report.previousMonth
                  ? html`<td class="number">${row.change === undefined ? t('notInPrevious') : `${row.change > 0 ? '+' : ''}${this.number(row.change)}`}</td>`
                  : nothing
              }
              ${activity?.portals ? this.bannerCell(row) : nothing}
              ${activity?.clicks ? this.clicksCell(row, activity.previousMonth) : nothing}
            </tr>`,
          )}
        </tbody>
        ${rows.length ? totalsRow(report, rows, { lang: this.language, number: (value) => this.number(value), trend }) : nothing}
      </table>
      ${rows.length ? nothing : html`<p class="empty">${t('noMatch')}</p>`}
    </div>`;
  }

  /** The sheet chosen, when the workbook has more than one. */
  private renderSheets(file: OpenedFile): TemplateResult | typeof nothing {
    const workbook = file.workbook;
    if (!workbook) return nothing;
    const words = filesWords(this.language);
    return html`${
      workbook.sheets.length > 1
        ? html`<label for="sheet">${words('sheet')}</label>
            <select id="sheet" @change=${(event: Event) => this.chooseSheet((event.target as HTMLSelectElement).value)}>
              ${workbook.sheets.map((sheet) => html`<option ?selected=${sheet === workbook.sheet} .value=${sheet}>${sheet}</option>`)}
            </select>`
        : nothing
    }
      <p class="hint">${words('sheetRead', { sheet: workbook.sheet })}</p>
      ${workbook.truncated.rows ? html`<p class="hint">${words('rowsCut', { rows: this.number(workbook.rows) })}</p>` : nothing}
      ${workbook.truncated.columns ? html`<p class="hint">${words('columnsCut')}</p>` : nothing}`;
  }

  /** What the search and filters found, for the polite live region: nothing until one is used. */
  private resultsMessage(report: Report, rows: ReportRow[]): string {
    if (!this.search.trim() && this.show === 'all' && !this.typeFilter) return '';
    const words = filesWords(this.language);
    return rows.length
      ? words('results', { shown: this.number(rows.length), all: this.number(report.rows.length) })
      : words('noResults');
  }

  /** A unit's type on the charts: department.json's, else the one read from the file. */
  private typeOf(row: ReportRow): string {
    const type = this.printSheet.department?.units.find((unit) => unit.code === row.unit)?.type;
    return type ? departmentTypeLabel(type, this.language) : TYPE_LABELS[this.language][row.type];
  }

  private renderCharts(report: Report): TemplateResult {
    const months = this.history ? monthsUpTo(this.history, report.month) : [];
    return renderCharts({
      report,
      lang: this.language,
      number: (value) => this.number(value),
      typeOf: (row) => this.typeOf(row),
      ...(this.history && months.length > 1 ? { trend: reachedByMonth(this.history, months, report.target) } : {}),
    });
  }
}
