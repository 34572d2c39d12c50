/**
 * Several months of figures, from every file opened (one file a month, or one
 * with a month column): each unit's samples per month, the month compared
 * with, and the counts the trend chart draws. No DOM.
 */
import type { ProgressData, ProgressRow } from '../../../data/progress-file.js';

export interface History {
  /** Every month with figures, oldest first. */
  months: string[];
  /** unit → month → samples. */
  samples: Map<string, Map<string, number>>;
}

/** How many months a unit's small line and the trend show. */
export const TREND_MONTHS = 12;

/** The figures of every file; where two files give the same unit and month, the first file given wins. */
export function buildHistory(datasets: ProgressData[]): History {
  const samples = new Map<string, Map<string, number>>();
  const months = new Set<string>();
  for (const data of datasets) {
    for (const row of data.rows) {
      const unit = samples.get(row.unit) ?? new Map<string, number>();
      samples.set(row.unit, unit);
      if (!unit.has(row.month)) unit.set(row.month, row.samples);
      months.add(row.month);
    }
  }
  return { months: [...months].sort(), samples };
}

/** The months up to and including `month`, the last `count` of them. */
export function monthsUpTo(history: History, month: string, count = TREND_MONTHS): string[] {
  return history.months.filter((each) => each <= month).slice(-count);
}

/** The month before `month` that has figures: the one the table compares with. */
export function monthBefore(history: History, month: string): string | undefined {
  return history.months.filter((each) => each < month).pop();
}

/** The rows of the other files, as one file, for the report's comparison. */
export function otherRows(datasets: ProgressData[]): ProgressData {
  const rows: ProgressRow[] = datasets.flatMap((data) => data.rows);
  return { rows, monthSource: 'column', problems: [], notes: [] };
}

export interface MonthCount {
  month: string;
  units: number;
  reached: number;
}

/** For each month: the units with figures and those reaching the target. */
export function reachedByMonth(history: History, months: string[], target: number): MonthCount[] {
  return months.map((month) => {
    let units = 0;
    let reached = 0;
    for (const figures of history.samples.values()) {
      const value = figures.get(month);
      if (value === undefined) continue;
      units++;
      if (value >= target) reached++;
    }
    return { month, units, reached };
  });
}
