/**
 * The banner's own options (see ../options.ts for what each field means). A
 * module of its own, so only the banner's code carries it.
 */
import type { OptionSpec } from '../shared-options.js';
import { BANNER_SIZES, DEFAULT_BANNER_SIZE } from '../campaign.js';

export const BANNER_OPTIONS = {
  size: { attr: 'size', type: 'enum', values: BANNER_SIZES, default: DEFAULT_BANNER_SIZE },
  variant: { attr: 'variant', type: 'enum', values: ['card', 'image', 'sticky'], default: 'card' },
  src: { attr: 'src', type: 'url', fromUrl: 'same-origin' },
} as const satisfies Record<string, OptionSpec>;

export type BannerVariant = (typeof BANNER_OPTIONS.variant.values)[number];
