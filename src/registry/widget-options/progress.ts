/**
 * The progress widget's own options (see ../options.ts for what each field means). A
 * module of its own, so only the progress widget's code carries it.
 */
import type { OptionSpec } from '../shared-options.js';
import { TARGET_SAMPLES } from '../campaign.js';
import { HEADING_LEVEL } from '../heading-level.js';

export const PROGRESS_OPTIONS = {
  src: { attr: 'src', type: 'url', fromUrl: 'same-origin' },
  columns: { attr: 'columns', type: 'text' },
  target: { attr: 'target', type: 'integer', min: 1, max: 100000, default: TARGET_SAMPLES },
  month: { attr: 'month', type: 'month' },
  ranking: { attr: 'ranking', type: 'integer', min: 0, max: 100, default: 0 },
  timeout: { attr: 'timeout', type: 'integer', min: 500, max: 30000, default: 5000 },
  headingLevel: HEADING_LEVEL,
} as const satisfies Record<string, OptionSpec>;
