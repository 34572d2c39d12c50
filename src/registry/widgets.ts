/**
 * What the loader (dist/ispeed.js) knows of the widgets: their names and tags,
 * the attributes a one-tag script may pass on, and the banner sizes whose box
 * it reserves. All of it comes from the option registry (options.ts) and the
 * campaign's numbers (campaign.ts), through loader-facts.ts: the loader has a
 * 4 KB budget, so its build bakes these lists in as plain data.
 */
import type { BannerSize } from './campaign.js';
import { LOADER_FACTS } from './loader-facts.js';
import type { WidgetName } from './options.js';

export type { BannerSize } from './campaign.js';
export type { WidgetName } from './options.js';

const [widgetNames, configAttributes, elementAttributes, optionAliases, bannerSizes] = LOADER_FACTS;

/** The banner's sizes, whose boxes the loader reserves before the widget code arrives. */
export const BANNER_SIZES: readonly BannerSize[] = bannerSizes;

/** Width and height in px of a fixed banner size; undefined for `fluid`. */
export function fixedSize(size: string): [number, number] | undefined {
  const match = /^(\d+)x(\d+)$/.exec(size);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** The widgets by name (`data-widget`, `ISpeed.render`, `?widget=`). */
export const WIDGET_NAMES: readonly WidgetName[] = widgetNames;
export const WIDGET_TAGS: readonly string[] = WIDGET_NAMES.map((name) => `ispeed-${name}`);

/** The settings every widget takes, as attributes (and `data-*` on the script tag). */
export const CONFIG_ATTRIBUTES: readonly string[] = configAttributes;

/**
 * The widgets' own attributes (besides the shared ones): the only other data-*
 * a one-tag script passes on to its widget. Anything else, such as a
 * data-onclick, is dropped rather than becoming an attribute.
 */
export const ELEMENT_ATTRIBUTES: readonly string[] = elementAttributes;

/** Older attribute spellings (`progress`) to the current ones (`progress-src`), for `ISpeed.render`. */
export const OPTION_ALIASES: Readonly<Record<string, string>> = optionAliases;

/** `data-widget="banner"` and `ISpeed.render(el, {widget: 'banner'})` name widgets without the prefix. */
export function tagForWidget(widget: string): string | undefined {
  const tag = `ispeed-${widget.trim().toLowerCase()}`;
  return WIDGET_TAGS.includes(tag) ? tag : undefined;
}

/**
 * The smart link page's file name, beside ispeed.js in the Department's
 * folder: src/runtime/smart-link.ts builds and reads its addresses, the
 * loader recognises links to it (src/loader/smart-links.ts), and
 * `ispeed-widgets clicks` counts its visits.
 */
export const SMART_LINK_PAGE = 'go.html';
