/** The title's heading level, an option of every widget with a title (see options.ts). */
import type { OptionSpec } from './shared-options.js';

export const HEADING_LEVEL = {
  attr: 'heading-level',
  type: 'integer',
  min: 2,
  max: 6,
  default: 2,
} as const satisfies OptionSpec;
