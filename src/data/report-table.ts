/**
 * The Department's monthly table, from the rows the progress reader made:
 * every unit against its target, totals per type, the change from another
 * month, and the two files it exports (CSV for Excel, the widgets' JSON).
 * Shared by the report page and `ispeed-widgets report`.
 */
import { TARGET_SAMPLES } from '../registry/campaign.js';
import { writeCsv } from './csv.js';
import {
  joinActivity,
  type Activity,
  type ActivitySummary,
  type BannerStatus,
  type UnitActivity,
} from './portal-activity.js';
import { latestMonth, type ProgressData, type UnitType } from './progress-file.js';
import { progressScript } from './progress-script.js';
import { daysInMonth, monthPace } from './vietnam-time.js';

/** A unit's row; with its banner status and clicks (UnitActivity) when those files were given. */
export interface ReportRow extends UnitActivity {
  unit: string;
  name: string;
  type: UnitType;
  samples: number;
  target: number;
  reached: boolean;
  shortfall: number;
  /** Samples a day still needed for the rest of the month; undefined once the month is over. */
  perDay: number | undefined;
  /** The other month's samples, when one was given (undefined: the unit was not in it). */
  previous?: number;
  change?: number;
}

export interface Tally {
  units: number;
  reached: number;
}

export interface ReportTotals {
  all: Tally;
  commune: Tally;
  agency: Tally;
  other: Tally;
}

export interface Report {
  month: string;
  target: number;
  rows: ReportRow[];
  totals: ReportTotals;
  /** The month compared with, if any. */
  previousMonth?: string;
  /** When the figures were last updated (YYYY-MM-DD), as the file says or dates itself. */
  updated?: string;
  /** The portal check and the clicks, when given: what the columns show, and the totals per type. */
  activity?: ActivitySummary;
}

const byName = new Intl.Collator('vi');

/** The month a report is of: the one asked for, else the latest in the file. */
export function reportMonth(data: ProgressData, asked?: string): string | undefined {
  return asked || latestMonth(data.rows);
}

export function buildReport(
  data: ProgressData,
  options: {
    month: string;
    target: number;
    previous?: ProgressData;
    previousMonth?: string;
    now?: Date;
    /** The portal check and the clicks, joined to the units by their codes. */
    activity?: Activity;
  },
): Report {
  const { month, target, now } = options;
  const previousMonth = options.previous ? (options.previousMonth ?? reportMonth(options.previous)) : undefined;
  const before = new Map<string, number>();
  if (options.previous && previousMonth) {
    for (const row of options.previous.rows) if (row.month === previousMonth) before.set(row.unit, row.samples);
  }
  // The days left are the same for every unit: counted once.
  const pace = monthPace(month, 0, target, now);
  const [year, number] = month.split('-').map(Number);
  const daysLeft =
    pace.when === 'current' ? pace.daysLeft : pace.when === 'future' ? daysInMonth(year, number) : undefined;
  const rows = data.rows
    .filter((row) => row.month === month)
    .map((row): ReportRow => {
      const shortfall = Math.max(0, target - row.samples);
      const perDay = daysLeft === undefined ? undefined : Math.ceil(shortfall / daysLeft);
      const report: ReportRow = {
        unit: row.unit,
        name: row.name,
        type: row.type,
        samples: row.samples,
        target,
        reached: row.samples >= target,
        shortfall,
        perDay,
      };
      if (previousMonth) {
        const previous = before.get(row.unit);
        report.previous = previous;
        report.change = previous === undefined ? undefined : row.samples - previous;
      }
      return report;
    })
    .sort((a, b) => b.samples - a.samples || byName.compare(a.name, b.name));
  const joined =
    options.activity && (options.activity.portals || options.activity.clicks)
      ? joinActivity(rows, month, options.activity)
      : undefined;
  if (joined) for (const row of rows) Object.assign(row, joined.rows.get(row.unit));
  const tally = (type?: UnitType): Tally => {
    const units = type ? rows.filter((row) => row.type === type) : rows;
    return { units: units.length, reached: units.filter((row) => row.reached).length };
  };
  return {
    month,
    target,
    rows,
    previousMonth,
    ...(data.updated ? { updated: data.updated } : {}),
    ...(joined ? { activity: joined.summary } : {}),
    totals: { all: tally(), commune: tally('commune'), agency: tally('agency'), other: tally('other') },
  };
}

export type ReportLanguage = 'vi' | 'en';

const CSV_HEADINGS: Record<ReportLanguage, Record<string, string>> = {
  vi: {
    unit: 'Mã đơn vị',
    name: 'Tên đơn vị',
    type: 'Loại',
    samples: 'Số mẫu',
    target: 'Chỉ tiêu',
    reached: 'Đạt chỉ tiêu',
    shortfall: 'Còn thiếu',
    perDay: 'Số mẫu mỗi ngày cần thêm',
    previous: 'Số mẫu tháng so sánh',
    change: 'Thay đổi',
    banner: 'Banner trên cổng',
    bannerChecked: 'Ngày kiểm tra cổng',
    clicks: 'Lượt bấm',
    previousClicks: 'Lượt bấm tháng trước',
    clicksChange: 'Thay đổi lượt bấm',
  },
  en: {
    unit: 'Unit code',
    name: 'Unit name',
    type: 'Type',
    samples: 'Samples',
    target: 'Target',
    reached: 'Target reached',
    shortfall: 'Shortfall',
    perDay: 'Samples a day still needed',
    previous: 'Samples in the compared month',
    change: 'Change',
    banner: 'Banner on portal',
    bannerChecked: 'Portal checked on',
    clicks: 'Clicks',
    previousClicks: 'Clicks the month before',
    clicksChange: 'Change in clicks',
  },
};

export const TYPE_LABELS: Record<ReportLanguage, Record<UnitType, string>> = {
  vi: { commune: 'Xã, phường', agency: 'Sở, ban, ngành', other: 'Khác' },
  en: { commune: 'Commune or ward', agency: 'Department or agency', other: 'Other' },
};

const YES_NO: Record<ReportLanguage, [string, string]> = { vi: ['Đạt', 'Chưa đạt'], en: ['Yes', 'No'] };

/** A unit's banner status in words, for the table, its exports and the command line. */
export const BANNER_LABELS: Record<ReportLanguage, Record<BannerStatus, string>> = {
  vi: {
    yes: 'có',
    no: 'không',
    unread: 'không đọc được cổng',
    noAddress: 'chưa có địa chỉ cổng',
    unchecked: 'chưa kiểm tra',
  },
  en: {
    yes: 'yes',
    no: 'no',
    unread: 'portal not read',
    noAddress: 'no portal address',
    unchecked: 'not checked',
  },
};

/** The CSV's separator in each language: Excel on a Windows set to Vietnamese (decimal comma) splits on ';'. */
export const CSV_DELIMITERS: Record<ReportLanguage, ';' | ','> = { vi: ';', en: ',' };

/**
 * The exported table, the same for CSV and Excel: the headings, then one row
 * per unit, numbers as numbers (a negative change stays one), nothing for a
 * figure that does not apply.
 */
export function reportCells(report: Report, lang: ReportLanguage = 'vi'): (string | number)[][] {
  const headings = CSV_HEADINGS[lang];
  const columns = [
    'unit',
    'name',
    'type',
    'samples',
    'target',
    'reached',
    'shortfall',
    'perDay',
    ...(report.previousMonth ? ['previous', 'change'] : []),
    ...(report.activity?.portals ? ['banner', 'bannerChecked'] : []),
    ...(report.activity?.clicks ? ['clicks'] : []),
    ...(report.activity?.previousMonth ? ['previousClicks', 'clicksChange'] : []),
  ];
  const data = report.rows.map((row) =>
    columns.map((column) => {
      if (column === 'type') return TYPE_LABELS[lang][row.type];
      if (column === 'reached') return YES_NO[lang][row.reached ? 0 : 1];
      if (column === 'banner') return row.banner ? BANNER_LABELS[lang][row.banner] : '';
      if (column === 'clicksChange')
        return row.clicks === undefined || row.previousClicks === undefined ? '' : row.clicks - row.previousClicks;
      const value = row[column as keyof ReportRow] as string | number | undefined;
      return value === undefined ? '' : value;
    }),
  );
  return [columns.map((column) => headings[column]), ...data];
}

/**
 * The table as CSV for Excel: a UTF-8 BOM (so Excel shows Vietnamese), CRLF,
 * ';' between fields in Vietnamese and ',' in English (CSV_DELIMITERS), and
 * text that starts with = + - @ (a formula in Excel) prefixed with ' so it
 * stays text.
 */
export function reportCsv(
  report: Report,
  lang: ReportLanguage = 'vi',
  delimiter: string = CSV_DELIMITERS[lang],
): string {
  return `\uFEFF${writeCsv(reportCells(report, lang), delimiter)}\r\n`;
}

/**
 * The data the widgets read, for this month's figures: `updated` is the
 * file's own date (its title rows, else its last-modified date), never the
 * day the report was made.
 */
export function progressFile(report: Report): Record<string, unknown> {
  return {
    schema: 'ispeed-widgets/progress',
    version: 1,
    month: report.month,
    ...(report.updated ? { updated: report.updated } : {}),
    ...(report.target === TARGET_SAMPLES ? {} : { target: report.target }),
    rows: report.rows.map((row) => ({ unit: row.unit, name: row.name, month: report.month, samples: row.samples })),
  };
}

/** progress.json (`<ispeed-progress src=…/progress.json>`), for hosts that send CORS. */
export function progressJson(report: Report): string {
  return `${JSON.stringify(progressFile(report), null, 2)}\n`;
}

/** progress.js, the same data as a classic script, which portals of other hosts read without CORS. */
export function progressJs(report: Report): string {
  return progressScript(progressFile(report));
}
