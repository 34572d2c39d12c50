import { sharedState } from './shared-state.js';

const PREFIX = '[ispeed-widgets]';

/** Warns once per page for each distinct message: bad input must be visible, not noisy. */
export function warnOnce(message: string): void {
  const { warned } = sharedState();
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`${PREFIX} ${message}`);
}

/** Shortens user input before it goes into a console message. */
export function preview(value: unknown, max = 80): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
