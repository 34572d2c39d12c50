import { CliError, EXIT } from './cli-error.mjs';
import { printable } from './printable.mjs';

/** A number option within its bounds, so no value can overflow a timer or exhaust the machine. */
export function boundedNumber(value, name, fallback, { min, max }) {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < min || number > max || (min > 0 && number <= 0)) {
    throw new CliError(`--${name} must be a number from ${min} to ${max}, not "${printable(value)}".`, EXIT.usage);
  }
  return number;
}
