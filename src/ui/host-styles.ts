import { css } from 'lit';

/**
 * The dark palette, used by theme="dark" and by theme="auto" when the
 * visitor's device asks for dark. `color-scheme` makes scrollbars and form
 * controls dark too.
 */
const darkTheme = css`
  color-scheme: dark;
  --_background: var(--ispeed-color-background, #0f1a2a);
  --_text: var(--ispeed-color-text, #f1f5fb);
  --_muted: var(--ispeed-color-muted, #c3cddb);
  --_accent: var(--ispeed-color-accent, #7cc0ff);
  --_on-accent: var(--ispeed-color-on-accent, #08203a);
  --_border: var(--ispeed-color-border, #33465f);
  --_focus: var(--ispeed-color-focus, #ffd54a);
  --_halo: var(--ispeed-color-focus-halo, #0f1a2a);
  --_success: var(--ispeed-color-success, #6fd08c);
`;

/**
 * Shared by every widget. `all: initial` on the host stops the page's
 * inherited font, colour, line-height, letter-spacing, text-align and the
 * like from leaking in, and `.theme` sets them again; sizes are px because hosts often set
 * `html { font-size: 62.5% }`. Fonts are the device's own (full Vietnamese
 * coverage on every current OS), so nothing is downloaded.
 */
export const hostStyles = css`
  /* The host keeps the page's font and line-height only so that its line box
     matches the fallback <img> it replaces (no layout shift); .theme sets the
     widget's own typography for everything inside. */
  :host {
    all: initial;
    font: inherit;
    line-height: inherit;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  p,
  ul,
  li {
    margin: 0;
    padding: 0;
  }
  /* Typography is set here, not only on the host: a page rule such as
     * { font-family: serif !important } reaches the host element itself. */
  .theme {
    font-family: var(
      --ispeed-font-family,
      -apple-system,
      BlinkMacSystemFont,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    font-size: 16px;
    font-style: normal;
    font-weight: 400;
    line-height: 1.35;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
    --_background: var(--ispeed-color-background, #ffffff);
    --_text: var(--ispeed-color-text, #1a2433);
    --_muted: var(--ispeed-color-muted, #4a5566);
    --_accent: var(--ispeed-color-accent, #0b5cad);
    --_on-accent: var(--ispeed-color-on-accent, #ffffff);
    --_border: var(--ispeed-color-border, #c9d3e0);
    --_focus: var(--ispeed-color-focus, #0b5cad);
    /* Around a focus ring drawn over the page (which may be any colour): the other tone. */
    --_halo: var(--ispeed-color-focus-halo, #ffffff);
    --_radius: var(--ispeed-radius, 8px);
    /* "Done" marks (a reached target): 3:1 or more on the background in every theme. */
    --_success: var(--ispeed-color-success, #1e7b34);
    color: var(--_text);
    background: var(--_background);
  }
  .theme.dark {
    ${darkTheme}
  }
  .theme.auto {
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    .theme.auto {
      ${darkTheme}
    }
  }
  .theme.brand {
    --_background: var(--ispeed-color-background, #0b5cad);
    --_text: var(--ispeed-color-text, #ffffff);
    --_muted: var(--ispeed-color-muted, #e3eefb);
    --_accent: var(--ispeed-color-accent, #ffcc29);
    --_on-accent: var(--ispeed-color-on-accent, #1a1a1a);
    --_border: var(--ispeed-color-border, #0b5cad);
    --_focus: var(--ispeed-color-focus, #ffffff);
    --_halo: var(--ispeed-color-focus-halo, #0b5cad);
    --_success: var(--ispeed-color-success, #a6f0bb);
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The two button looks every widget shares. */
  .button-accent {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    padding: 8px 16px;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-family: inherit;
    font-size: 16px;
    font-weight: 700;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
  }
  .button-accent:hover {
    text-decoration: underline;
  }
  /* Its border is the muted text colour: 3:1 or more on the background in every theme (WCAG 1.4.11). */
  .button-plain {
    min-height: 36px;
    padding: 6px 12px;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    font-size: 14px;
    cursor: pointer;
  }
  .button-plain:hover:not(:disabled) {
    border-color: var(--_accent);
  }
  /* Disabled shows by its dashed border too, not by faintness alone. */
  .button-plain:disabled {
    border-style: dashed;
    opacity: 0.6;
    cursor: not-allowed;
  }
  /* Windows High Contrast and other forced colours: backgrounds go, so every
     button keeps a visible edge in the system's button border colour. */
  @media (forced-colors: active) {
    button,
    .button-accent,
    .button-plain {
      border: 1px solid ButtonBorder;
    }
    .button-plain:disabled {
      border-style: dashed;
      color: GrayText;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
