/**
 * The campaign's own numbers, declared once for the widgets, the tools, the
 * build and the command line. No DOM: this module runs anywhere.
 */

/** Samples each unit should reach every month (the provincial campaign's target). */
export const TARGET_SAMPLES = 300;

/**
 * Units report a month's figures to the Department by this day of the next
 * month (the seed letter: "before the 15th"). Until then, a file that names no
 * month is the month just ended; from the day after, the month now running.
 */
export const REPORT_BY_DAY = 15;

/** Months and days are counted as Vietnam counts them (UTC+7 all year). */
export const CAMPAIGN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A month as files, attributes and addresses write it: `2026-11`. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The banner's sizes: the standard fixed boxes (width x height, px) and `fluid`. */
export const BANNER_SIZES = ['300x250', '728x90', '300x600', '160x600', '320x100', 'fluid'] as const;
export type BannerSize = (typeof BANNER_SIZES)[number];
export const DEFAULT_BANNER_SIZE: BannerSize = '300x250';

/** The fixed sizes only: the static artwork is drawn for each of them. */
export const FIXED_BANNER_SIZES = /* @__PURE__ */ BANNER_SIZES.filter((size) => size !== 'fluid') as Exclude<
  BannerSize,
  'fluid'
>[];
