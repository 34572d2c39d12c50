/**
 * The option registry's vocabulary and the options every widget shares. The
 * whole registry, with each widget's own options (widget-options/), is
 * options.ts; this part stands apart so that the widgets' shared code carries
 * no widget's own options. No DOM: this module runs anywhere.
 *
 * The config reader, the elements, `ISpeed.render`, the one-tag script, the
 * embed and print pages, the configurator, the build's docs and the tests all
 * read the registry.
 *
 * An option's names:
 *  - `attr`: the element's attribute, `data-<attr>` on the script tag, and the
 *    query parameter of the embed and print pages;
 *  - `key`: its name in `window.ISpeedConfig`, `ISpeed.config()` and
 *    `ISpeed.render()` (camelCase of `attr`);
 *  - `aliases`: older spellings, still read, with a console note.
 *
 * `fromUrl` says what a page on the Department's host may take from its own
 * address (see src/tools/pages/page-options.ts):
 *  - `yes`: any value the option accepts;
 *  - `same-origin`: a file on the page's own origin only;
 *  - `configured-link`: only a link the Department configured, or the smart link page;
 *  - `unit-name`: a unit name from the Department's published list (`department.json`); none without a list;
 *  - `never`: not from the address: the page works it out itself.
 */
import { LINK_NAMES, PLATFORMS, THEMES, type LinkName } from './config-types.js';

export type UrlRule = 'yes' | 'same-origin' | 'configured-link' | 'unit-name' | 'never';

interface OptionBase {
  attr: string;
  aliases?: readonly string[];
  /** `yes` when left out (see urlRule). */
  fromUrl?: UrlRule;
}

export type OptionSpec = OptionBase &
  (
    | { type: 'enum'; values: readonly string[]; default: string }
    | { type: 'integer'; min: number; max: number; default?: number }
    /** An http(s) address; `folder` ones always end with `/`. */
    | { type: 'url' | 'folder' }
    | { type: 'lang' | 'unit' | 'month' | 'text' }
  );

/**
 * Its name in config and `ISpeed.render`: `links.android` for `links-android`
 * (links nest in config), else the camelCase of `attr`.
 */
export function optionKey(spec: OptionSpec): string {
  if (spec.attr.startsWith('links-')) return `links.${spec.attr.slice(6)}`;
  return spec.attr.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** What a page may take from its address: `yes` unless the option says otherwise. */
export function urlRule(spec: OptionSpec): UrlRule {
  return spec.fromUrl ?? 'yes';
}

/** The settings every widget takes, at every configuration layer. */
export const SHARED_OPTIONS = {
  lang: { attr: 'lang', type: 'lang' },
  unit: { attr: 'unit', type: 'unit' },
  theme: { attr: 'theme', type: 'enum', values: THEMES, default: 'light' },
  /** Detected from the visitor's device unless set; `auto` means detect. */
  platform: { attr: 'platform', type: 'enum', values: PLATFORMS, default: 'auto' },
  assetBase: { attr: 'asset-base', type: 'folder', fromUrl: 'same-origin' },
  dismissDays: { attr: 'dismiss-days', type: 'integer', min: 0, max: 3650, default: 14 },
  // One per link in LINK_NAMES; nested in config as `links: { android: '…' }`.
  ...(Object.fromEntries(
    LINK_NAMES.map((name) => [`links-${name}`, { attr: `links-${name}`, type: 'url', fromUrl: 'configured-link' }]),
  ) as Record<`links-${LinkName}`, { attr: `links-${LinkName}`; type: 'url'; fromUrl: 'configured-link' }>),
  progressSrc: { attr: 'progress-src', type: 'url', aliases: ['progress'], fromUrl: 'same-origin' },
  /**
   * The smart link page (`go.html`) on the Department's host, which QR codes
   * encode; by default `go.html` beside the script when that is not a public
   * CDN (see src/runtime/smart-link.ts). A page on the Department's host uses
   * its own, never one from its address.
   */
  smartLink: { attr: 'smart-link', type: 'url', fromUrl: 'never' },
} as const satisfies Record<string, OptionSpec>;
