import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { heading, headingLevel } from '../../ui/heading.js';
import { hostStyles } from '../../ui/host-styles.js';
import { safeHttpUrl } from '../../runtime/links.js';
import { warnOnce } from '../../loader/log.js';
import { KeyedLoad } from '../../ui/keyed-load.js';
import { QrDialogController, closeButtonStyles, qrDialogStyles } from '../../ui/qr-dialog.js';
import { IspeedElement, optionProperties } from '../../ui/widget-element.js';
import { addBundledWords } from '../../runtime/i18n.js';
import { loadProgress, type Loaded } from '../../data/load-progress.js';
import {
  latestMonth,
  normalizeMonth,
  parseCount,
  standings,
  type ProgressData,
  type Standing,
} from '../../data/progress-file.js';
import { monthPace } from '../../data/vietnam-time.js';
import { REPORT_BY_DAY } from '../../registry/campaign.js';
import { formatDate, formatMonth, formatNumber } from '../../data/format.js';
import { progressStyles } from './progress.styles.js';
import { PROGRESS_OPTIONS } from '../../registry/widget-options/progress.js';
import en from './locales/en.json';
import vi from './locales/vi.json';

// This widget's words come with its code (the shared chunk holds only the shared ones).
addBundledWords({ vi, en });

/** Each file's ranking per month, sorted once: a page re-renders on every shared change, and a file may have 12,000 units. */
const rankings = new WeakMap<ProgressData, Map<string, Standing[]>>();

function rankingOf(data: ProgressData, month: string): Standing[] {
  let months = rankings.get(data);
  if (!months) rankings.set(data, (months = new Map()));
  let ranked = months.get(month);
  if (!ranked) months.set(month, (ranked = standings(data.rows, month)));
  return ranked;
}
/**
 * @tagname ispeed-progress
 * @summary A unit's i-Speed measurement samples this month against the target
 * of 300, from the JSON or CSV file the Department publishes, with an
 * optional ranking of units.
 *
 * @attribute src - The data file (JSON or CSV; see the README).
 * @attribute columns - The file's own column names, e.g. `unit:Mã ĐV,name:Tên đơn vị,samples:Tổng số mẫu` (the built-in names stay as defaults).
 * @attribute target - Samples a unit should reach each month (default 300, or the file's own `target`).
 * @attribute month - The month to show, e.g. `2026-11` (default: the latest in the file); also the month of a file without a month column.
 * @attribute ranking - How many units to rank (default 0: no ranking).
 * @attribute timeout - Milliseconds to wait for the whole file (default 5000, from 500 to 30000).
 * @attribute heading-level - The title's heading level, 2 (default) to 6, to fit the page's own headings.
 *
 * @csspart base - The widget.
 * @csspart title - The title.
 * @csspart bar - The progress bar.
 * @csspart ranking - The ranking list.
 * @csspart cta - The call to action.
 */
export class IspeedProgress extends IspeedElement {
  static override styles = [hostStyles, closeButtonStyles, qrDialogStyles, progressStyles];

  static override properties = {
    ...optionProperties(PROGRESS_OPTIONS),
  };

  declare src: string | null;
  declare columns: string | null;
  declare target: string | null;
  declare month: string | null;
  declare ranking: string | null;
  declare timeout: string | null;
  declare headingLevel: string | null;

  /** The data file, read once per address, column names and month. */
  private readonly load = new KeyedLoad<Loaded>(this);
  private readonly qrDialog = new QrDialogController(this);

  constructor() {
    super();
    this.src = null;
    this.columns = null;
    this.target = null;
    this.month = null;
    this.ranking = null;
    this.timeout = null;
    this.headingLevel = null;
  }

  private timeoutMs(): number {
    const { min, max, default: fallback } = PROGRESS_OPTIONS.timeout;
    if (this.timeout === null) return fallback;
    const value = parseCount(this.timeout);
    if (value !== undefined && value >= min && value <= max) return value;
    warnOnce(
      `<ispeed-progress timeout>: "${this.timeout.slice(0, 20)}" is not a number of milliseconds from ${min} to ${max}; using ${fallback}.`,
    );
    return fallback;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const src = this.src ?? this.config.progressSrc;
    this.load.run(JSON.stringify([src, this.columns ?? '', this.month ?? '']), () => {
      const url = src ? safeHttpUrl(src, '<ispeed-progress src>') : undefined;
      if (url) return loadProgress(url, this.columns ?? '', this.month ?? '', this.timeoutMs());
      if (!src) warnOnce('<ispeed-progress> needs src="…": the address of the progress data file.');
      return { ok: false, failure: 'unreachable' };
    });
  }

  private targetFor(data?: ProgressData): number {
    const { min, max, default: fallback } = PROGRESS_OPTIONS.target;
    if (this.target !== null) {
      const value = parseCount(this.target);
      if (value && value >= min && value <= max) return value;
      warnOnce(
        `<ispeed-progress target>: "${this.target.slice(0, 20)}" is not a whole number from ${min} to ${max}; using ${fallback}.`,
      );
    }
    return data?.target ?? fallback;
  }

  private monthFor(data: ProgressData): string | undefined {
    if (this.month) {
      const month = normalizeMonth(this.month);
      if (month) return month;
      warnOnce(
        `<ispeed-progress month>: "${this.month.slice(0, 20)}" is not a month like 2026-11; showing the latest.`,
      );
    }
    return latestMonth(data.rows);
  }

  private rankingSize(): number {
    if (!this.ranking) return 0;
    const size = parseCount(this.ranking);
    const { max } = PROGRESS_OPTIONS.ranking;
    if (size === undefined || size > max) {
      warnOnce(
        `<ispeed-progress ranking>: "${this.ranking.slice(0, 20)}" is not a number from 0 to ${max}; no ranking.`,
      );
      return 0;
    }
    return size;
  }

  /** Numbers as the widget's language groups them. */
  private number(value: number): string {
    return formatNumber(value, this.language);
  }

  protected renderWidget(): TemplateResult {
    const { status } = this.load.state;
    const loaded = this.load.value;
    const busy = status === 'loading' || status === 'idle';
    return html`<div part="base" class="frame theme ${this.config.theme}" lang=${this.language} aria-busy=${busy ? 'true' : 'false'}>
      ${
        loaded?.ok
          ? this.renderData(loaded.data)
          : html`<p class="message" role="status">${busy ? this.t('progress.loading') : loaded?.failure === 'unreadable' ? this.t('progress.unreadable') : this.t('progress.noData')}</p>`
      }
      <div class="footer">${this.qrDialog.renderAppCta('progress', this.t, this.language, this.config, { store: this.storeLink(), web: this.link('web'), qr: this.qrLink(), smart: this.smartPageHref() })}</div>
    </div>`;
  }

  private renderData(data: ProgressData): TemplateResult {
    const { t } = this;
    const month = this.monthFor(data);
    if (!month) return html`<p class="message">${t('progress.noData')}</p>${this.renderSmallPrint(data)}`;
    const target = this.targetFor(data);
    const all = rankingOf(data, month);
    const mine = all.find((row) => row.unit === this.config.unit);
    const reachedCount = all.filter((row) => row.samples >= target).length;
    const size = this.rankingSize();
    const level = headingLevel(this.headingLevel, '<ispeed-progress heading-level>');
    return html`${heading(level, t('progress.title', { month: formatMonth(month, this.language) }))}
      ${
        this.config.unit
          ? mine
            ? this.renderUnit(mine, target)
            : html`<p class="message">${t('progress.noUnit', { month: formatMonth(month, this.language) })}</p>`
          : nothing
      }
      <p class="summary">${t('progress.summary', { reached: this.number(reachedCount), total: this.number(all.length), target: this.number(target) })}</p>
      ${size ? this.renderRanking(all, size, target, mine) : nothing}
      ${this.renderSmallPrint(data, month)}`;
  }

  /** Which month the figures are, where that month came from when the file does not say, and when they were updated. */
  private renderSmallPrint(data: ProgressData, month?: string): TemplateResult {
    const { t } = this;
    const note =
      data.monthSource === 'today'
        ? data.monthRule === 'ended'
          ? t('progress.monthFromTodayEnded', { day: REPORT_BY_DAY })
          : t('progress.monthFromToday')
        : data.monthSource === 'updated'
          ? t('progress.monthFromUpdated')
          : '';
    const updated = data.updated ? t('progress.updatedOn', { date: formatDate(data.updated, this.language) }) : '';
    return html`<p class="updated">${month ? `${t('progress.dataMonth', { month: formatMonth(month, this.language) })}${note}${updated}.` : updated.replace(/^, /, '')}</p>`;
  }

  /** Samples a day still needed, counted in Vietnam's calendar, for the month now running. */
  private renderPace(row: Standing, target: number): TemplateResult | typeof nothing {
    const pace = monthPace(row.month, row.samples, target);
    if (pace.when !== 'current' || pace.perDay === 0) return nothing;
    const values = { days: this.number(pace.daysLeft), perDay: this.number(pace.perDay) };
    return html`<p class="pace">${pace.daysLeft === 1 ? this.t('progress.paceLastDay', values) : this.t('progress.pace', values)}</p>`;
  }

  private renderUnit(row: Standing, target: number): TemplateResult {
    const { t } = this;
    const percent = Math.min(100, Math.round((row.samples / target) * 100));
    const reached = row.samples >= target;
    const values = { count: this.number(row.samples), target: this.number(target), percent };
    return html`<div class="unit ${reached ? 'reached' : ''}">
      <p class="unit-name">${row.name}</p>
      <p class="count">${t('progress.samples', values)}</p>
      <div
        part="bar"
        class="bar"
        role="progressbar"
        aria-label=${t('progress.barLabel')}
        aria-valuemin="0"
        aria-valuemax=${target}
        aria-valuenow=${Math.min(row.samples, target)}
        aria-valuetext=${t('progress.valueText', values)}
      >
        <span class="fill" data-percent=${percent}></span>
      </div>
      <p class="status">
        ${reached ? t('progress.reached', { target: this.number(target) }) : t('progress.remaining', { remaining: this.number(target - row.samples), target: this.number(target) })}
      </p>
      ${this.renderPace(row, target)}
    </div>`;
  }

  private renderRanking(all: Standing[], size: number, target: number, mine?: Standing): TemplateResult {
    const { t } = this;
    const shown = all.slice(0, size);
    if (mine && !shown.includes(mine)) shown.push(mine);
    return html`<p class="ranking-title" id="ranking-title">${t('progress.rankingTitle')}</p>
      <ol part="ranking" class="ranking" aria-labelledby="ranking-title">
        ${shown.map(
          (row) => html`<li aria-current=${row === mine ? 'true' : 'false'}>
            <span>${row.rank}.</span><span>${row.name}</span>
            <span class=${row.samples >= target ? 'done' : ''}
              >${t('progress.rankingRow', { count: this.number(row.samples) })}${
                row.samples >= target
                  ? // The ✓ is for the eye; a screen reader hears the words once.
                    html`<span class="mark" aria-hidden="true"> ✓</span><span class="visually-hidden">, ${t('progress.reachedMark')}</span>`
                  : nothing
              }</span
            >
          </li>`,
        )}
      </ol>`;
  }

  /** The bar's fill is scaled through CSSOM: a style="" attribute is blocked by a strict CSP. */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const fill = this.renderRoot.querySelector<HTMLElement>('.fill');
    if (fill) fill.style.transform = `scaleX(${Number(fill.dataset.percent) / 100})`;
  }
}
