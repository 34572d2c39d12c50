/**
 * The guide's own options (see ../options.ts for what each field means). A
 * module of its own, so only the guide's code carries it.
 */
import type { OptionSpec } from '../shared-options.js';
import { HEADING_LEVEL } from '../heading-level.js';

export const GUIDE_OPTIONS = {
  layout: { attr: 'layout', type: 'enum', values: ['steps', 'carousel', 'compact'], default: 'steps' },
  src: { attr: 'src', type: 'url', fromUrl: 'same-origin' },
  timeout: { attr: 'timeout', type: 'integer', min: 100, max: 30000, default: 3000 },
  headingLevel: HEADING_LEVEL,
} as const satisfies Record<string, OptionSpec>;
