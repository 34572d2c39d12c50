import { html, nothing, type TemplateResult } from 'lit';
import type { Report, ReportRow } from '../../../data/report-table.js';
import { printWords } from './print-sheet.js';

/**
 * The table's totals row (a <tfoot>): the units shown, their samples, target
 * and shortfall added up, how many reached the target, the change added up
 * when a month is compared, and the portals with the banner and the clicks
 * when those files were given. Once, after the last unit, in print too.
 */
export function totalsRow(
  report: Report,
  rows: ReportRow[],
  options: { lang: string; number: (value: number) => string; trend: boolean },
): TemplateResult {
  const { lang, number, trend } = options;
  const t = printWords(lang);
  const sum = (pick: (row: ReportRow) => number | undefined) =>
    rows.reduce((total, row) => total + (pick(row) ?? 0), 0);
  const reached = rows.filter((row) => row.reached).length;
  const change = sum((row) => row.change);
  const activity = report.activity;
  const signed = (value: number) => `${value > 0 ? '+' : ''}${number(value)}`;
  const clicks = sum((row) => row.clicks);
  const previousClicks = sum((row) => row.previousClicks);
  return html`<tfoot>
    <tr class="total">
      <th scope="row">${t('total')}</th>
      <td></td>
      <td class="number">${number(sum((row) => row.samples))}</td>
      <td class="number">${number(sum((row) => row.target))}</td>
      <td class="nowrap">${t('totalReached', { reached: number(reached), units: number(rows.length) })}</td>
      <td class="number">${number(sum((row) => row.shortfall))}</td>
      <td></td>
      ${trend ? html`<td></td>` : nothing}
      ${report.previousMonth ? html`<td class="number">${signed(change)}</td>` : nothing}
      ${
        activity?.portals
          ? html`<td class="nowrap">${t('totalBanner', { banner: number(rows.filter((row) => row.banner === 'yes').length), units: number(rows.length) })}</td>`
          : nothing
      }
      ${
        activity?.clicks
          ? html`<td class="number">${number(clicks)}${activity.previousMonth ? html` <span class="change">(${signed(clicks - previousClicks)})</span>` : nothing}</td>`
          : nothing
      }
    </tr>
  </tfoot>`;
}
