import { BANNER_SIZES, fixedSize, type BannerSize } from '../../src/registry/widgets.js';

/** Every banner size with a fixed box (all but `fluid`), as the library lists them. */
export const FIXED_SIZES = BANNER_SIZES.filter((size) => fixedSize(size) !== undefined) as Exclude<
  BannerSize,
  'fluid'
>[];
