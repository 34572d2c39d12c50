/** A language code such as `vi`, `en`, `ede` or `en-US`. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/** `auto` follows the visitor's `prefers-color-scheme`. */
export const THEMES = ['light', 'dark', 'brand', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export const PLATFORMS = ['android', 'ios', 'desktop'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const LINK_NAMES = ['web', 'android', 'ios', 'qr', 'materials'] as const;
export type LinkName = (typeof LINK_NAMES)[number];
export type Links = Record<LinkName, string>;

/** What a webmaster can set at any configuration layer. All keys optional. */
export interface WidgetConfig {
  lang?: string;
  unit?: string;
  theme?: Theme;
  assetBase?: string;
  platform?: Platform;
  links?: Partial<Links>;
  /** Days a dismissed sticky banner stays hidden; 0 forgets at once. */
  dismissDays?: number;
  /** The Department's progress file, for every widget that shows a figure from it. */
  progressSrc?: string;
  /** @deprecated The older name of `progressSrc`, still read (with a console note). */
  progress?: string;
  /** The smart link page (`go.html`) on the Department's host, which QR codes encode. */
  smartLink?: string;
}

/** The fully resolved options a widget renders from. */
export interface ResolvedConfig {
  lang: string;
  unit: string;
  theme: Theme;
  assetBase: string;
  platform: Platform;
  links: Links;
  dismissDays: number;
  progressSrc: string;
  /**
   * The smart link page (`go.html`) on the Department's host; empty when not
   * known. Unless `links.qr` was set, `links.qr` is this page too, and QR
   * codes encode it with the widget, unit and language (see codeLink).
   */
  smartLink: string;
}
