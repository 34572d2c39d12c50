/**
 * Calendar days as Vietnam counts them (Asia/Ho_Chi_Minh, UTC+7 all year),
 * whatever the visitor's own time zone: a month's target ends at midnight in
 * Vietnam, not in the browser.
 */
import { CAMPAIGN_TIME_ZONE, REPORT_BY_DAY } from '../registry/campaign.js';

export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const VIETNAM = new Intl.DateTimeFormat('en-CA', {
  timeZone: CAMPAIGN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function vietnamToday(now: Date = new Date()): CalendarDay {
  const parts = Object.fromEntries(VIETNAM.formatToParts(now).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** "2026-11" for the month it is now in Vietnam. */
export function vietnamMonth(now: Date = new Date()): string {
  const { year, month } = vietnamToday(now);
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export type Pace =
  | { when: 'past' | 'future' }
  /** `daysLeft` counts today; `perDay` is what each remaining day needs (0 once reached). */
  | { when: 'current'; daysLeft: number; perDay: number };

/** How many samples a day a unit still needs to reach `target` by the end of `month` (YYYY-MM). */
export function monthPace(month: string, samples: number, target: number, now: Date = new Date()): Pace {
  const today = vietnamToday(now);
  const current = vietnamMonth(now);
  if (month < current) return { when: 'past' };
  if (month > current) return { when: 'future' };
  const daysLeft = daysInMonth(today.year, today.month) - today.day + 1;
  const shortfall = Math.max(0, target - samples);
  return { when: 'current', daysLeft, perDay: Math.ceil(shortfall / daysLeft) };
}

/** "2026-11-20" for the day it is now in Vietnam (or at `now`). */
export function vietnamDate(now: Date = new Date()): string {
  const { year, month, day } = vietnamToday(now);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2026-11" moved by `by` months: shiftMonth('2026-01', -1) is "2025-12". */
export function shiftMonth(month: string, by: number): string {
  const [year, number] = month.split('-').map(Number);
  const index = year * 12 + number - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Which month a file made on `date` (YYYY-MM-DD) reports: `ended` by the report day, `current` after it. */
export interface ReportingMonth {
  month: string;
  rule: 'ended' | 'current';
}

/**
 * The month a Department reports on `date` (YYYY-MM-DD, a Vietnam calendar
 * day): the month just ended from the 1st to REPORT_BY_DAY (units report it
 * by then), the month running after that.
 */
export function reportingMonth(date: string): ReportingMonth {
  const month = date.slice(0, 7);
  return Number(date.slice(8, 10)) <= REPORT_BY_DAY
    ? { month: shiftMonth(month, -1), rule: 'ended' }
    : { month, rule: 'current' };
}
