/**
 * The report's charts, drawn as SVG with Lit's `svg` templates (no markup
 * from strings): every unit against the target, sorted, with the line at the
 * target; the share reaching it per type of unit; with several months, the
 * units reaching it month by month, and each unit's last months as a small
 * line (in the report's table). Each chart has a text summary and its
 * figures in a table. Reached and not reached differ by fill and outline,
 * not colour alone, so they read in black and white and in forced colours
 * (chart.styles.ts).
 *
 * Our own SVG rather than a chart library: the three charts are about 300
 * lines; the smallest libraries that draw them (uPlot, Chart.js) draw to a
 * canvas, which prints blurred and has no text for assistive technology,
 * and the SVG ones (Vega-Lite, Observable Plot with d3) are 60-200 KB gzip.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Report, ReportRow } from '../../../data/report-table.js';
import { formatMonth } from '../../../data/format.js';
import { toolTranslator, type ToolTranslator } from '../../tool-words.js';
import type { MonthCount } from './history.js';
import en from './locales/en.json';
import vi from './locales/vi.json';

const WORDS = { vi, en };
export type ChartWords = ToolTranslator<typeof vi>;

export function chartWords(lang: string): ChartWords {
  return toolTranslator(WORDS, lang);
}

/** The chart's drawing box (SVG units): it scales to the width it is given. */
const WIDTH = 640;
const MARGIN = { top: 18, right: 10, bottom: 26, left: 46 };

/** A round top for the axis, and its step: 0, 100, 200 … with 4 to 8 steps. */
export function niceScale(maximum: number): { top: number; step: number } {
  const rough = Math.max(1, maximum) / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
  return { top: Math.ceil(maximum / step) * step || step, step };
}

const percent = (part: number, whole: number, lang: string) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { style: 'percent', maximumFractionDigits: 0 }).format(
    whole ? part / whole : 0,
  );

interface Context {
  lang: string;
  t: ChartWords;
  number: (value: number) => string;
}

function axis(top: number, step: number, height: number, y: (value: number) => number, number: Context['number']) {
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  return svg`<g class="axis">
    ${ticks.map(
      (
        value,
      ) => svg`<line class="grid" x1=${MARGIN.left} x2=${WIDTH - MARGIN.right} y1=${y(value)} y2=${y(value)}></line>
        <text class="tick" x=${MARGIN.left - 6} y=${y(value)} dy="0.35em" text-anchor="end">${number(value)}</text>`,
    )}
    <line class="baseline" x1=${MARGIN.left} x2=${WIDTH - MARGIN.right} y1=${height - MARGIN.bottom} y2=${height - MARGIN.bottom}></line>
  </g>`;
}

const legend = (t: ChartWords) =>
  html`<ul class="legend">
    <li><svg viewBox="0 0 14 14" aria-hidden="true"><rect class="bar reached" x="1" y="1" width="12" height="12"></rect></svg>${t('legendReached')}</li>
    <li><svg viewBox="0 0 14 14" aria-hidden="true"><rect class="bar open" x="1.5" y="1.5" width="11" height="11"></rect></svg>${t('legendOpen')}</li>
  </ul>`;

/** Every unit, most samples first, against the target. */
function unitsChart(report: Report, { lang, t, number }: Context): TemplateResult {
  const rows = [...report.rows].sort((a, b) => b.samples - a.samples);
  const height = 260;
  const { top, step } = niceScale(Math.max(report.target * 1.25, ...rows.map((row) => row.samples)));
  const plot = { width: WIDTH - MARGIN.left - MARGIN.right, height: height - MARGIN.top - MARGIN.bottom };
  const y = (value: number) => MARGIN.top + plot.height * (1 - Math.min(value, top) / top);
  const slot = plot.width / Math.max(rows.length, 1);
  const barWidth = Math.min(40, Math.max(slot * 0.8, Math.min(slot, 1)));
  const reached = rows.filter((row) => row.reached).length;
  const median = rows.length
    ? rows.length % 2
      ? rows[(rows.length - 1) / 2].samples
      : Math.round((rows[rows.length / 2 - 1].samples + rows[rows.length / 2].samples) / 2)
    : 0;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const summary = t('unitsSummary', {
    units: number(rows.length),
    reached: number(reached),
    target: number(report.target),
    share: percent(reached, rows.length, lang),
    top: first?.name ?? '',
    topSamples: number(first?.samples ?? 0),
    bottom: last?.name ?? '',
    bottomSamples: number(last?.samples ?? 0),
    median: number(median),
  });
  const targetY = y(report.target);
  return html`<figure class="chart">
    <figcaption id="chart-units-title">${t('unitsTitle', { target: number(report.target), month: formatMonth(report.month, lang) })}</figcaption>
    <div class="plot" role="region" tabindex="0" aria-labelledby="chart-units-title">
      <svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="chart-units-title" aria-describedby="chart-units-summary">
        ${axis(top, step, height, y, number)}
        <g class="bars">
          ${rows.map(
            (row: ReportRow, index) =>
              svg`<rect class="bar ${row.reached ? 'reached' : 'open'}" x=${MARGIN.left + index * slot + (slot - barWidth) / 2}
                y=${y(row.samples)} width=${barWidth} height=${Math.max(0, y(0) - y(row.samples))}></rect>`,
          )}
        </g>
        <line class="target" x1=${MARGIN.left} x2=${WIDTH - MARGIN.right} y1=${targetY} y2=${targetY}></line>
        <text class="target-label" x=${WIDTH - MARGIN.right} y=${targetY - 5} text-anchor="end">${t('targetLine', { target: number(report.target) })}</text>
        <text class="axis-title" x=${MARGIN.left} y=${MARGIN.top - 6}>${t('samplesAxis')}</text>
      </svg>
    </div>
    ${legend(t)}
    <p id="chart-units-summary" class="summary">${summary}</p>
  </figure>`;
}

export interface TypeGroup {
  label: string;
  units: number;
  reached: number;
}

/** The share of each type's units reaching the target, as horizontal bars, with its table. */
function typesChart(groups: TypeGroup[], target: number, { lang, t, number }: Context): TemplateResult {
  const row = 30;
  const labelWidth = 170;
  const height = groups.length * row + 8;
  const width = WIDTH - labelWidth - 110;
  const list = groups
    .map((group) =>
      t('typeShare', {
        type: group.label,
        reached: number(group.reached),
        units: number(group.units),
        share: percent(group.reached, group.units, lang),
      }),
    )
    .join('; ');
  return html`<figure class="chart">
    <figcaption id="chart-types-title">${t('typesTitle')}</figcaption>
    <div class="plot" role="region" tabindex="0" aria-labelledby="chart-types-title">
      <svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="chart-types-title" aria-describedby="chart-types-summary">
        ${groups.map((group, index) => {
          const top = 4 + index * row;
          const share = group.units ? group.reached / group.units : 0;
          return svg`<g>
            <text class="label" x=${labelWidth - 8} y=${top + row / 2} dy="0.35em" text-anchor="end">${group.label}</text>
            <rect class="bar open" x=${labelWidth} y=${top + 5} width=${width} height=${row - 10}></rect>
            <rect class="bar reached" x=${labelWidth} y=${top + 5} width=${width * share} height=${row - 10}></rect>
            <text class="value" x=${labelWidth + width + 8} y=${top + row / 2} dy="0.35em">${number(group.reached)}/${number(group.units)} (${percent(group.reached, group.units, lang)})</text>
          </g>`;
        })}
      </svg>
    </div>
    <p id="chart-types-summary" class="summary">${t('typesSummary', { target: number(target), list })}</p>
    <table class="chart-data">
      <thead><tr><th scope="col">${t('typeColumn')}</th><th scope="col" class="number">${t('unitsColumn')}</th><th scope="col" class="number">${t('reachedColumn')}</th><th scope="col" class="number">${t('shareColumn')}</th></tr></thead>
      <tbody>
        ${groups.map(
          (group) =>
            html`<tr><th scope="row">${group.label}</th><td class="number">${number(group.units)}</td><td class="number">${number(group.reached)}</td><td class="number">${percent(group.reached, group.units, lang)}</td></tr>`,
        )}
      </tbody>
    </table>
  </figure>`;
}

/** Units reaching the target, month by month, as columns, with its table. */
function trendChart(counts: MonthCount[], target: number, { lang, t, number }: Context): TemplateResult {
  const height = 220;
  const { top, step } = niceScale(Math.max(1, ...counts.map((count) => count.units)));
  const plot = { width: WIDTH - MARGIN.left - MARGIN.right, height: height - MARGIN.top - MARGIN.bottom };
  const y = (value: number) => MARGIN.top + plot.height * (1 - value / top);
  const slot = plot.width / Math.max(counts.length, 1);
  const barWidth = Math.min(48, slot * 0.6);
  const first = counts[0];
  const last = counts[counts.length - 1];
  const key =
    last.reached > first.reached
      ? 'trendSummary'
      : last.reached < first.reached
        ? 'trendSummaryDown'
        : 'trendSummarySame';
  const summary = t(key, {
    months: number(counts.length),
    first: formatMonth(first.month, lang),
    last: formatMonth(last.month, lang),
    target: number(target),
    from: `${number(first.reached)}/${number(first.units)}`,
    to: `${number(last.reached)}/${number(last.units)}`,
  });
  return html`<figure class="chart">
    <figcaption id="chart-trend-title">${t('trendTitle')}</figcaption>
    <div class="plot" role="region" tabindex="0" aria-labelledby="chart-trend-title">
      <svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="chart-trend-title" aria-describedby="chart-trend-summary">
        ${axis(top, step, height, y, number)}
        ${counts.map((count, index) => {
          const x = MARGIN.left + index * slot + slot / 2;
          return svg`<g>
            <rect class="bar open" x=${x - barWidth / 2} y=${y(count.units)} width=${barWidth} height=${y(0) - y(count.units)}></rect>
            <rect class="bar reached" x=${x - barWidth / 2} y=${y(count.reached)} width=${barWidth} height=${y(0) - y(count.reached)}></rect>
            <text class="value" x=${x} y=${y(count.units) - 4} text-anchor="middle">${number(count.reached)}/${number(count.units)}</text>
            <text class="tick" x=${x} y=${height - MARGIN.bottom + 16} text-anchor="middle">${formatMonth(count.month, 'vi')}</text>
          </g>`;
        })}
      </svg>
    </div>
    ${legend(t)}
    <p id="chart-trend-summary" class="summary">${summary}</p>
    <table class="chart-data">
      <thead><tr><th scope="col">${t('monthColumn')}</th><th scope="col" class="number">${t('unitsColumn')}</th><th scope="col" class="number">${t('reachedColumn')}</th><th scope="col" class="number">${t('shareColumn')}</th></tr></thead>
      <tbody>
        ${counts.map(
          (count) =>
            html`<tr><th scope="row">${formatMonth(count.month, lang)}</th><td class="number">${number(count.units)}</td><td class="number">${number(count.reached)}</td><td class="number">${percent(count.reached, count.units, lang)}</td></tr>`,
        )}
      </tbody>
    </table>
  </figure>`;
}

/**
 * A unit's last months as a small line, the target dashed, the last month a
 * dot; named with every figure, for assistive technology.
 */
export function sparkline(
  name: string,
  months: string[],
  figures: Map<string, number> | undefined,
  target: number,
  lang: string,
  number: (value: number) => string,
): TemplateResult {
  const t = chartWords(lang);
  const [width, height, pad] = [96, 26, 3];
  const values = months.map((month) => figures?.get(month));
  const top = Math.max(target, ...values.map((value) => value ?? 0)) * 1.05;
  const x = (index: number) => pad + ((width - 2 * pad) * index) / Math.max(months.length - 1, 1);
  const y = (value: number) => pad + (height - 2 * pad) * (1 - value / top);
  let path = '';
  let pen = false;
  values.forEach((value, index) => {
    if (value === undefined) {
      pen = false;
      return;
    }
    path += `${pen ? 'L' : 'M'}${x(index).toFixed(1)} ${y(value).toFixed(1)}`;
    pen = true;
  });
  const lastIndex = values.length - 1;
  const lastValue = values[lastIndex];
  const label = t('sparkline', {
    name,
    values: months
      .map((month, index) =>
        t('sparkValue', {
          month: formatMonth(month, lang),
          samples: values[index] === undefined ? t('noFigure') : number(values[index]!),
        }),
      )
      .join(', '),
  });
  return html`<svg class="sparkline" viewBox="0 0 ${width} ${height}" width=${width} height=${height} role="img" aria-label=${label}>
    <line class="target" x1="0" x2=${width} y1=${y(target)} y2=${y(target)}></line>
    <path class="line" d=${path || 'M0 0'}></path>
    ${lastValue === undefined ? nothing : svg`<circle class="dot ${lastValue >= target ? 'reached' : 'open'}" cx=${x(lastIndex)} cy=${y(lastValue)} r="2.5"></circle>`}
  </svg>`;
}

/** The charts' section: units against the target, the types, and the trend when there is more than one month. */
export function renderCharts(options: {
  report: Report;
  lang: string;
  number: (value: number) => string;
  /** A unit's type as shown (department.json's, else the report's). */
  typeOf: (row: ReportRow) => string;
  /** Month by month, when more than one month has figures. */
  trend?: MonthCount[];
}): TemplateResult {
  const { report, lang, number, typeOf, trend } = options;
  const context = { lang, t: chartWords(lang), number };
  const groups = new Map<string, TypeGroup>();
  for (const row of report.rows) {
    const label = typeOf(row);
    const group = groups.get(label) ?? { label, units: 0, reached: 0 };
    group.units++;
    if (row.reached) group.reached++;
    groups.set(label, group);
  }
  return html`<section class="charts" aria-labelledby="charts-heading">
    <h2 id="charts-heading">${context.t('heading')}</h2>
    ${unitsChart(report, context)} ${typesChart([...groups.values()], report.target, context)}
    ${trend && trend.length > 1 ? trendChart(trend, report.target, context) : nothing}
  </section>`;
}

/** A department.json type ("xa", "so-nganh") as words, or as written. */
export function departmentTypeLabel(type: string, lang: string): string {
  const t = chartWords(lang);
  const key = type.trim().toLowerCase();
  const words = (lang === 'en' ? en : vi).types as Record<string, string>;
  return Object.hasOwn(words, key) ? t(`types.${key}` as Parameters<ChartWords>[0]) : type;
}
