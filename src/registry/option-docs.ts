/**
 * What each option of the registry (options.ts) means, for people: the
 * README's attribute tables and custom-elements.json are written from these
 * words and the registry's values, defaults and limits (build/option-tables.mjs).
 * Apart from options.ts so that no widget carries its documentation.
 */
import type { SHARED_OPTIONS, WidgetName, WIDGET_OPTIONS } from './options.js';

export interface OptionDoc {
  /** What it does; the values and limits are added from the registry. */
  text: string;
  /** A word on some of an enum's values. */
  values?: Record<string, string>;
  /** Where the default is not one value of the registry (detected, configured elsewhere, …). */
  default?: string;
}

type Docs<Options> = { [Key in keyof Options]: OptionDoc };

const headingLevel: OptionDoc = {
  text: "the title's heading level, to sit under the page's own headings (e.g. `3` under a section's `<h2>`)",
};

export const SHARED_DOCS: Docs<typeof SHARED_OPTIONS> = {
  lang: {
    text: '`vi`, `en`, or a language added with `ISpeed.addTranslations`',
    default: "the page's language, else `vi`",
  },
  unit: {
    text: 'the unit\'s code, added to every link for attribution; a name such as "Xã Ea Kao" is turned into `xa-ea-kao` (with a console note)',
  },
  theme: { text: '', values: { auto: "follows the visitor's light or dark setting" } },
  platform: { text: 'overrides detection (for previews)', default: 'detected' },
  assetBase: { text: 'folder with artwork and `manifest.json`', default: '`assets/` beside the script' },
  dismissDays: { text: 'days a closed sticky bar stays closed; `0` remembers nothing' },
  'links-web': { text: 'the i-Speed website', default: '`https://speedtest.vn`' },
  'links-android': { text: 'the app in Google Play', default: 'a Google Play search for "i-Speed by VNNIC"' },
  'links-ios': { text: 'the app in the App Store', default: '`https://speedtest.vn`' },
  'links-qr': {
    text: 'the link QR codes open; when set, it wins over the smart link',
    default: 'the smart link (`go.html`) when known, else `https://speedtest.vn`',
  },
  'links-materials': { text: 'the official communication materials', default: '`https://speedtest.vn/tai-lieu`' },
  progressSrc: { text: "the Department's progress file, for every widget that shows a figure from it" },
  smartLink: {
    text: "the smart link page on the Department's host, which sends each phone to its store; QR codes encode it with the unit",
    default: '`go.html` beside the script, unless loaded from a public CDN (jsDelivr, unpkg) or as an npm module',
  },
};

export const WIDGET_DOCS: { [Name in WidgetName]: Docs<(typeof WIDGET_OPTIONS)[Name]> } = {
  banner: {
    size: { text: '' },
    variant: {
      text: '',
      values: {
        card: 'HTML text',
        image: 'artwork from the asset base',
        sticky: 'bottom bar with a close button, shown on phones only',
      },
    },
    src: {
      text: 'the Department\'s progress file (as for `<ispeed-progress>`): with a `unit`, the card adds one line, e.g. "Xã Ea Kao: 124/300 mẫu tháng 11", in the sizes that have room (300x250, 300x600, 160x600)',
      default: 'the configured `progress-src`',
    },
  },
  'qr-card': {
    href: {
      text: 'the link the code opens',
      default: 'the `qr` link: the smart link for the unit when known, else `https://speedtest.vn`',
    },
    level: { text: 'error correction; at `H` the i-Speed mark sits in the centre' },
    size: { text: '', values: { compact: 'fits a 300 px sidebar' } },
    actions: { text: '', values: { all: 'Save PNG, Save SVG, Print' } },
    frame: {
      text: 'frameless, the code stands beside the caption, the three steps, the link and the store buttons where there is room (about 600 px), above them where there is not, and is at least 240 px on a desktop. A poster is always a card.',
      values: {
        card: 'its own border, padding and title',
        none: 'no border, padding or title, for a dialog or panel that has its own heading',
      },
    },
    paper: { text: 'for the printed poster' },
    unitName: { text: "the unit's name printed on the poster, e.g. `Xã Ea Kao`" },
    headingLevel,
  },
  guide: {
    layout: {
      text: '',
      values: { steps: 'all visible', carousel: 'one at a time, for small sidebars', compact: 'folding steps' },
    },
    src: {
      text: "a Department's own guide JSON; `{lang}` in it becomes the language code",
      default: 'the built-in steps',
    },
    timeout: { text: 'milliseconds to wait for `src` before keeping the built-in steps' },
    headingLevel,
  },
  progress: {
    src: { text: 'the data file, JSON or CSV (required)', default: 'the configured `progress-src`' },
    columns: {
      text: "the file's own column names: `unit:Mã ĐV,name:Tên đơn vị,samples:Tổng số mẫu` (fields `unit`, `name`, `month`, `samples`, `type`)",
      default: 'the built-in names below',
    },
    target: { text: 'samples a unit should reach each month', default: "{default}, or the file's own `target`" },
    month: {
      text: '`2026-11` or `11/2026`: the month to show, and the month of a file without a month column',
      default: 'the latest month in the file',
    },
    ranking: { text: 'how many units to rank. The unit itself is always shown.', default: '{default} (no ranking)' },
    timeout: { text: 'milliseconds to wait for the whole file, body included' },
    headingLevel,
  },
};
