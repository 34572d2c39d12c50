import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { fetchJson } from '../../core/fetch-json.js';
import { heading, headingLevel } from '../../core/heading.js';
import { hostStyles } from '../../core/host-styles.js';
import { safeHttpUrl } from '../../core/links.js';
import { warnOnce } from '../../core/log.js';
import { QrDialogController, closeButtonStyles, qrDialogStyles } from '../../core/qr-dialog.js';
import { IspeedElement } from '../../core/widget-element.js';
import {
  latestMonth,
  normalizeMonth,
  parseCount,
  parseProgressCsv,
  parseProgressJson,
  standings,
  type ProgressData,
  type Standing,
} from './progress-data.js';
import { progressStyles } from './progress.styles.js';

/** The campaign's target: at least 300 samples a month for each unit (content-facts.md). */
export const DEFAULT_TARGET = 300;
const DATA_TIMEOUT_MS = 5000;

type Load = { status: 'idle' } | { status: 'loading'; key: string } | { status: 'ready'; key: string; data: ProgressData } | { status: 'failed'; key: string };

const requests = new Map<string, Promise<ProgressData | undefined>>();

/** Reads the Department's JSON or CSV file once per page; never rejects. */
function loadProgress(url: string): Promise<ProgressData | undefined> {
  let request = requests.get(url);
  if (!request) {
    request = (async () => {
      let result: ProgressData | string;
      if (/\.csv($|\?)/i.test(new URL(url).pathname + new URL(url).search)) {
        try {
          const controller = new AbortController();
          const timer = setTimeout(() => controller.abort(), DATA_TIMEOUT_MS);
          const response = await fetch(url, { signal: controller.signal, credentials: 'omit' }).finally(() => clearTimeout(timer));
          result = response.ok ? parseProgressCsv(await response.text()) : `HTTP ${response.status}`;
        } catch (error) {
          result = `not reachable (${String(error)})`;
        }
      } else {
        const fetched = await fetchJson(url, DATA_TIMEOUT_MS);
        result = fetched.ok ? parseProgressJson(fetched.data) : fetched.reason;
      }
      if (typeof result === 'string') {
        warnOnce(`the progress data ${url} could not be used: ${result}.`);
        return undefined;
      }
      if (result.problems.length) {
        warnOnce(`the progress data ${url}: ${result.problems.length} row(s) left out, e.g. ${result.problems.slice(0, 3).join('; ')}.`);
      }
      return result;
    })();
    requests.set(url, request);
  }
  return request;
}

/**
 * @tagname ispeed-progress
 * @summary A unit's i-Speed measurement samples this month against the target
 * of 300, from the JSON or CSV file the Department publishes, with an
 * optional ranking of units.
 *
 * @attribute src - The data file (JSON or CSV; see the README).
 * @attribute target - Samples a unit should reach each month (default 300, or the file's own `target`).
 * @attribute month - The month to show, e.g. `2026-11` (default: the latest in the file).
 * @attribute ranking - How many units to rank (default 0: no ranking).
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
    src: {},
    target: {},
    month: {},
    ranking: {},
    headingLevel: { attribute: 'heading-level' },
    load: { state: true },
  };

  declare src: string | null;
  declare target: string | null;
  declare month: string | null;
  declare ranking: string | null;
  declare headingLevel: string | null;
  declare private load: Load;

  private readonly qrDialog = new QrDialogController(this);

  constructor() {
    super();
    this.src = null;
    this.target = null;
    this.month = null;
    this.ranking = null;
    this.headingLevel = null;
    this.load = { status: 'idle' };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = this.src ?? '';
    if (this.load.status !== 'idle' && this.load.key === key) return;
    const url = key ? safeHttpUrl(key, '<ispeed-progress src>') : undefined;
    if (!url) {
      if (!key) warnOnce('<ispeed-progress> needs src="…": the address of the progress data file.');
      this.load = { status: 'failed', key };
      return;
    }
    this.load = { status: 'loading', key };
    void loadProgress(url).then((data) => {
      if (this.load.status !== 'loading' || this.load.key !== key) return;
      this.load = data ? { status: 'ready', key, data } : { status: 'failed', key };
    });
  }

  private targetFor(data?: ProgressData): number {
    if (this.target !== null) {
      const value = parseCount(this.target);
      if (value && value > 0) return value;
      warnOnce(`<ispeed-progress target>: "${this.target.slice(0, 20)}" is not a positive whole number; using ${DEFAULT_TARGET}.`);
    }
    return data?.target ?? DEFAULT_TARGET;
  }

  private monthFor(data: ProgressData): string | undefined {
    if (this.month) {
      const month = normalizeMonth(this.month);
      if (month) return month;
      warnOnce(`<ispeed-progress month>: "${this.month.slice(0, 20)}" is not a month like 2026-11; showing the latest.`);
    }
    return latestMonth(data.rows);
  }

  private rankingSize(): number {
    if (!this.ranking) return 0;
    const size = parseCount(this.ranking);
    if (size === undefined || size > 100) {
      warnOnce(`<ispeed-progress ranking>: "${this.ranking.slice(0, 20)}" is not a number from 0 to 100; no ranking.`);
      return 0;
    }
    return size;
  }

  private formatMonth(month: string): string {
    const [year, number] = month.split('-');
    if (this.language === 'en') {
      return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(+year, +number - 1, 1)));
    }
    return `${number}/${year}`;
  }

  private formatDate(date: string): string {
    const [year, month, day] = date.split('-').map(Number);
    const locale = this.language === 'en' ? 'en-GB' : 'vi-VN';
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: this.language === 'en' ? 'long' : '2-digit', year: 'numeric', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(locale, options).format(new Date(Date.UTC(year, month - 1, day)));
  }

  private number(value: number): string {
    return new Intl.NumberFormat(this.language === 'en' ? 'en-GB' : 'vi-VN').format(value);
  }

  protected renderWidget(): TemplateResult {
    const { load } = this;
    const busy = load.status === 'loading' || load.status === 'idle';
    return html`<div part="base" class="frame theme ${this.config.theme}" lang=${this.language} aria-busy=${busy ? 'true' : 'false'}>
      ${load.status === 'ready' ? this.renderData(load.data) : html`<p class="message" role="status">${busy ? this.t('progress.loading') : this.t('progress.noData')}</p>`}
      <div class="footer">${this.qrDialog.renderAppCta('progress', this.t, this.language, this.config, { store: this.storeLink(), web: this.link('web') })}</div>
    </div>`;
  }

  private renderData(data: ProgressData): TemplateResult {
    const { t } = this;
    const month = this.monthFor(data);
    if (!month) return html`<p class="message">${t('progress.noData')}</p>`;
    const target = this.targetFor(data);
    const all = standings(data.rows, month);
    const mine = all.find((row) => row.unit === this.config.unit);
    const reachedCount = all.filter((row) => row.samples >= target).length;
    const size = this.rankingSize();
    const level = headingLevel(this.headingLevel, '<ispeed-progress heading-level>');
    return html`${heading(level, t('progress.title', { month: this.formatMonth(month) }))}
      ${this.config.unit
        ? mine
          ? this.renderUnit(mine, target)
          : html`<p class="message">${t('progress.noUnit', { month: this.formatMonth(month) })}</p>`
        : nothing}
      <p class="summary">${t('progress.summary', { reached: this.number(reachedCount), total: this.number(all.length), target: this.number(target) })}</p>
      ${size ? this.renderRanking(all, size, target, mine) : nothing}
      ${data.updated ? html`<p class="updated">${t('progress.updated', { date: this.formatDate(data.updated) })}</p>` : nothing}`;
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
              >${t('progress.rankingRow', { count: this.number(row.samples) })}${row.samples >= target
                ? // The ✓ is for the eye; a screen reader hears the words once.
                  html`<span class="mark" aria-hidden="true"> ✓</span><span class="visually-hidden">, ${t('progress.reachedMark')}</span>`
                : nothing}</span
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
