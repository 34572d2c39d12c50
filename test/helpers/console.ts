/**
 * Records what the library writes with console.warn during a callback. The
 * library shows each message once per page, so the record is cleared first.
 */
const STATE_KEY = Symbol.for('ispeed-widgets.state');

export function resetWarnings(): void {
  const state = (globalThis as unknown as Record<symbol, { warned?: Set<string> } | undefined>)[STATE_KEY];
  state?.warned?.clear();
}

export async function captureWarnings(action: (warnings: string[]) => unknown | Promise<unknown>): Promise<string[]> {
  resetWarnings();
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    await action(warnings);
  } finally {
    console.warn = original;
  }
  return warnings;
}
