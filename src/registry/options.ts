/**
 * The option registry: every widget and every option it takes, declared once
 * (the vocabulary and the shared options in shared-options.ts, each widget's
 * own in widget-options/). Read this module for the whole of it.
 */
import { BANNER_SIZES, type BannerSize } from './campaign.js';
import { SHARED_OPTIONS, type OptionSpec } from './shared-options.js';
import { BANNER_OPTIONS } from './widget-options/banner.js';
import { GUIDE_OPTIONS } from './widget-options/guide.js';
import { PROGRESS_OPTIONS } from './widget-options/progress.js';
import { QR_CARD_OPTIONS } from './widget-options/qr-card.js';

export * from './shared-options.js';
export { BANNER_OPTIONS, type BannerVariant } from './widget-options/banner.js';
export { GUIDE_OPTIONS } from './widget-options/guide.js';
export { HEADING_LEVEL } from './heading-level.js';
export { PROGRESS_OPTIONS } from './widget-options/progress.js';
export { QR_CARD_OPTIONS } from './widget-options/qr-card.js';

/** Every widget by its name (`data-widget`, `ISpeed.render`, `?widget=`), with its own options. */
export const WIDGET_OPTIONS = {
  banner: BANNER_OPTIONS,
  'qr-card': QR_CARD_OPTIONS,
  guide: GUIDE_OPTIONS,
  progress: PROGRESS_OPTIONS,
} as const satisfies Record<string, Record<string, OptionSpec>>;

export type WidgetName = keyof typeof WIDGET_OPTIONS;

/** The options a widget takes: the shared ones, then its own. */
export function optionsOf(widget: WidgetName): OptionSpec[] {
  return [...Object.values(SHARED_OPTIONS), ...Object.values(WIDGET_OPTIONS[widget])];
}

/**
 * What the loader needs, and nothing more: the widget names, the shared
 * attributes and the widgets' own. The build bakes these lists into
 * dist/ispeed.js (see loader-facts.ts).
 */
export function loaderFacts(): [WidgetName[], string[], string[], Record<string, string>, readonly BannerSize[]] {
  const all: OptionSpec[] = [
    ...Object.values(SHARED_OPTIONS),
    ...Object.values(WIDGET_OPTIONS).flatMap((options) => Object.values(options)),
  ];
  const own = new Set(
    Object.values(WIDGET_OPTIONS).flatMap((options) => Object.values(options).map((spec: OptionSpec) => spec.attr)),
  );
  // An older spelling by its attribute form (`progress`) to the current attribute (`progress-src`).
  const aliases = Object.fromEntries(
    all.flatMap((spec) =>
      (spec.aliases ?? []).map((alias) => [alias.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`), spec.attr]),
    ),
  );
  const shared = Object.values(SHARED_OPTIONS).map((spec: OptionSpec) => spec.attr);
  return [Object.keys(WIDGET_OPTIONS) as WidgetName[], shared, [...own], aliases, BANNER_SIZES];
}
