/**
 * Calendar days as Vietnam counts them (Asia/Ho_Chi_Minh, UTC+7 all year),
 * whatever the visitor's own time zone: a month's target ends at midnight in
 * Vietnam, not in the browser.
 */
import { CAMPAIGN_TIME_ZONE } from '../registry/campaign.js';

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
