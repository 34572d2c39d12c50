/**
 * The QR card's own options (see ../options.ts for what each field means). A
 * module of its own, so only the QR card's code carries it.
 */
import type { OptionSpec } from '../shared-options.js';
import { HEADING_LEVEL } from '../heading-level.js';

export const QR_CARD_OPTIONS = {
  href: { attr: 'href', type: 'url', fromUrl: 'configured-link' },
  level: { attr: 'level', type: 'enum', values: ['L', 'M', 'Q', 'H'], default: 'M' },
  size: { attr: 'size', type: 'enum', values: ['default', 'compact', 'poster'], default: 'default' },
  actions: { attr: 'actions', type: 'enum', values: ['all', 'none'], default: 'all' },
  frame: { attr: 'frame', type: 'enum', values: ['card', 'none'], default: 'card' },
  paper: { attr: 'paper', type: 'enum', values: ['a4', 'a5'], default: 'a4' },
  unitName: { attr: 'unit-name', type: 'text', fromUrl: 'unit-name' },
  headingLevel: HEADING_LEVEL,
} as const satisfies Record<string, OptionSpec>;
