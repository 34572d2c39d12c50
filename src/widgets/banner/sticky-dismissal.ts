import type { ReactiveControllerHost } from 'lit';
import { warnOnce } from '../../loader/log.js';
import { readStorage, writeStorage } from '../../runtime/storage.js';

/** Where a dismissed sticky bar remembers, per unit, until when it stays closed. */
export const DISMISS_KEY = 'ispeed-widgets:sticky-dismissed-until';

const DAY = 24 * 60 * 60 * 1000;

/** A closed sticky bar stays closed for `dismiss-days`, per unit, where storage allows. */
export class StickyDismissal {
  dismissed = false;
  private unitChecked?: string;

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * Reads the remembered dismissal again whenever the unit (and so the key)
   * changes. A date later than `days` from now (`Infinity`, `1e400`, 2100:
   * written by another script, or by a clock set wrong) counts only until
   * then, and is written back so, or the bar would never come back.
   */
  check(unit: string, days: number): void {
    if (unit === this.unitChecked) return;
    this.unitChecked = unit;
    const key = `${DISMISS_KEY}:${unit}`;
    const stored = Number(readStorage(key)) || 0;
    const latest = Date.now() + days * DAY;
    if (stored > latest) writeStorage(key, String(latest));
    this.dismissed ||= Math.min(stored, latest) > Date.now();
  }

  /** Hides the bar, and remembers it for `days` (0 remembers nothing). */
  dismiss(unit: string, days: number): void {
    this.dismissed = true;
    this.host.requestUpdate();
    if (days > 0 && !writeStorage(`${DISMISS_KEY}:${unit}`, String(Date.now() + days * DAY))) {
      warnOnce('the sticky bar cannot remember being closed (storage is blocked); it is hidden for this page view.');
    }
  }
}
