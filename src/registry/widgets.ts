import { LINK_NAMES } from './config-types.js';

/**
 * The widgets the loader knows, by widget name (`data-widget`, `ISpeed.render`)
 * and tag. This module is part of the loader: keep it small.
 */
export const WIDGET_NAMES = ['banner', 'qr-card', 'guide', 'progress'] as const;
export type WidgetName = (typeof WIDGET_NAMES)[number];
export const WIDGET_TAGS: readonly string[] = WIDGET_NAMES.map((name) => `ispeed-${name}`);

/** The settings every widget takes, as attributes (and `data-*` on the script tag). */
export const CONFIG_ATTRIBUTES: readonly string[] = [
  'lang',
  'unit',
  'theme',
  'platform',
  'asset-base',
  'dismiss-days',
  ...LINK_NAMES.map((name) => `links-${name}`),
  'progress-src',
];

/**
 * The widgets' own attributes (besides the shared config ones): the only
 * data-* a one-tag script passes on to its widget. Anything else, such as a
 * data-onclick, is dropped rather than becoming an attribute.
 */
export const ELEMENT_ATTRIBUTES: readonly string[] = [
  'size',
  'variant',
  'href',
  'level',
  'actions',
  'paper',
  'unit-name',
  'layout',
  'src',
  'columns',
  'timeout',
  'target',
  'month',
  'ranking',
  'heading-level',
];

/** `data-widget="banner"` and `ISpeed.render(el, {widget: 'banner'})` name widgets without the prefix. */
export function tagForWidget(widget: string): string | undefined {
  const tag = `ispeed-${widget.trim().toLowerCase()}`;
  return WIDGET_TAGS.includes(tag) ? tag : undefined;
}

export const BANNER_SIZES = ['300x250', '728x90', '300x600', '160x600', '320x100', 'fluid'] as const;
export type BannerSize = (typeof BANNER_SIZES)[number];
export const DEFAULT_BANNER_SIZE: BannerSize = '300x250';

export const BANNER_VARIANTS = ['card', 'image', 'sticky'] as const;
export type BannerVariant = (typeof BANNER_VARIANTS)[number];

/** Width and height in px of a fixed banner size; undefined for `fluid`. */
export function fixedSize(size: string): [number, number] | undefined {
  const match = /^(\d+)x(\d+)$/.exec(size);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}
