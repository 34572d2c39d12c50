import type { ReactiveControllerHost } from 'lit';
import { warnOnce } from '../../loader/log.js';
import { readStorage, writeStorage } from '../../runtime/storage.js';

/** Where a dismissed sticky bar remembers, per unit, until when it stays closed. */
export const DISMISS_KEY = 'ispeed-widgets:sticky-dismissed-until';

/** A closed sticky bar stays closed for `dismiss-days`, per unit, where storage allows. */
export class StickyDismissal {
  dismissed = false;
  private unitChecked?: string;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Reads the remembered dismissal again whenever the unit (and so the key) changes. */
  check(unit: string): void {
    if (unit === this.unitChecked) return;
    this.unitChecked = unit;
    this.dismissed ||= (Number(readStorage(`${DISMISS_KEY}:${unit}`)) || 0) > Date.now();
  }

  /** Hides the bar, and remembers it for `days` (0 remembers nothing). */
  dismiss(unit: string, days: number): void {
    this.dismissed = true;
    this.host.requestUpdate();
    if (days > 0 && !writeStorage(`${DISMISS_KEY}:${unit}`, String(Date.now() + days * 24 * 60 * 60 * 1000))) {
      warnOnce('the sticky bar cannot remember being closed (storage is blocked); it is hidden for this page view.');
    }
  }
}
