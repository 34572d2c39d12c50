import { css } from 'lit';

/**
 * Layout follows the box the banner has: container queries on the frame pick a
 * row (leaderboards, mobile banners, wide fluid), a box (300x250, narrow
 * fluid) or a tower (300x600, 160x600), so each size reads well without
 * per-size code. Parts flow in DOM order (which is the reading order), so a
 * part that is hidden leaves no empty track behind. What still does not fit
 * (text spacing, text-only zoom, a narrower box, long slotted text) is shed
 * by content-fit.ts, through the card's data-fit tokens at the end.
 *
 * One visual system: type 13/14/15/17/20/24 px, spacing in steps of 4 px,
 * the mark, and the theme's accent for the button, the ticks and the
 * reminder's edge.
 */
const rowLayout = css`
  .card {
    padding: 10px 20px;
    gap: 2px 16px;
    grid-template-columns: auto minmax(0, 1fr) auto;
    grid-template-rows: auto auto;
    /* safe: content taller than the frame starts at its top, not above it. */
    align-content: center;
    align-content: safe center;
  }
  .card:has(.code) { grid-template-columns: auto minmax(0, 1fr) auto auto; }
  .card > .icon { grid-area: 1 / 1 / span 2 / 2; width: 60px; height: 60px; align-self: center; }
  .card > .headline { grid-area: 1 / 2; font-size: 20px; align-self: end; align-self: safe end; }
  .card > .message { grid-area: 2 / 2; font-size: 14px; align-self: start; }
  .card > .code { grid-area: 1 / 3 / span 2 / 4; }
  .card > .cta { grid-area: 1 / -2 / span 2 / -1; align-self: center; white-space: nowrap; width: auto; }
  .features,
  .reminder,
  .figure { display: none; }
`;

export const bannerStyles = css`
  /* The element's own box is the banner's box, sized by the frame inside:
     an inline-block with hidden overflow has its baseline at its bottom
     edge, as the fallback <img> has, so the page does not shift when the
     widget takes over. It shrinks in a narrower parent rather than
     overflowing, and a webmaster's border, margin, float or display:block
     on the element apply to the banner as they would to the image. */
  :host {
    display: inline-block;
    vertical-align: baseline;
    overflow: hidden;
    width: fit-content;
    max-width: 100%;
  }
  :host([size='fluid' i]) {
    display: block;
    width: auto;
  }
  :host([variant='sticky' i]) {
    display: block;
    position: fixed;
    left: 0;
    right: 0;
    bottom: 0;
    z-index: 2147483000;
    width: auto;
    max-width: none;
    overflow: visible;
  }

  .frame {
    display: block;
    position: relative;
    overflow: hidden;
    max-width: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    container: ispeed-banner / size;
  }
  .s-300x250 { width: 300px; height: 250px; }
  .s-728x90 { width: 728px; height: 90px; }
  .s-300x600 { width: 300px; height: 600px; }
  .s-160x600 { width: 160px; height: 600px; }
  .s-320x100 { width: 320px; height: 100px; }
  .s-fluid {
    display: block;
    width: 100%;
    min-height: 90px;
    container-type: inline-size;
  }
  .frame.image {
    border: 0;
    background: transparent;
  }
  .frame.sticky {
    display: block;
    width: 100%;
    border-width: 1px 0 0;
    border-radius: 0;
    padding-bottom: env(safe-area-inset-bottom, 0px);
    box-shadow: 0 -2px 12px rgb(0 0 0 / 18%);
    container-type: inline-size;
  }

  /* Box: the default. The mark beside the headline, then one column. */
  .card {
    position: relative;
    display: grid;
    width: 100%;
    height: 100%;
    padding: 16px;
    gap: 8px 12px;
    grid-template-columns: auto minmax(0, 1fr);
    grid-auto-rows: auto;
    align-content: space-between;
    align-items: center;
  }
  .card > :not(.icon, .headline) {
    grid-column: 1 / -1;
  }
  .icon {
    width: 56px;
    height: 56px;
  }
  .headline {
    font-size: 20px;
    font-weight: 700;
    line-height: 1.22;
    overflow-wrap: anywhere;
  }
  .message {
    font-size: 15px;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .features {
    display: none;
    list-style: none;
    font-size: 15px;
  }
  .app-name {
    white-space: nowrap;
  }
  .features li {
    position: relative;
    padding-left: 22px;
  }
  /* A tick in the accent colour: decoration, the words carry the meaning. */
  .features li::before {
    content: '';
    position: absolute;
    left: 2px;
    top: 0.2em;
    width: 6px;
    height: 11px;
    border: solid var(--_accent);
    border-width: 0 3px 3px 0;
    transform: rotate(45deg);
  }
  /* The campaign's ask, set apart: an accent edge, not a second button. */
  .reminder {
    padding: 6px 10px;
    border-inline-start: 4px solid var(--_accent);
    border-radius: 2px;
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
    font-size: 14px;
    font-weight: 700;
  }
  .cta {
    width: 100%;
  }
  /* The whole card is clickable; the link stays the one accessible target. */
  .cta::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  /* The unit's figure (src + unit): in the box and the tower; rows keep to their one message. */
  .figure {
    font-size: 14px;
    font-weight: 700;
  }

  /* The QR code of a tall desktop banner: a white square, whole pixels per
     module, with its caption; it sits above the card's full-card link so
     a click on it does not open the dialog. */
  .code {
    position: relative;
    z-index: 1;
    display: grid;
    justify-items: center;
    gap: 6px;
    margin: 0;
  }
  .code svg {
    display: block;
  }
  .code-caption {
    font-size: 13px;
    text-align: center;
    color: var(--_muted);
  }

  /* Row: 728x90, 320x100 (by height) and wide fluid (by width: a fluid
     frame contains only its inline size, so a height query never matches it). */
  @container ispeed-banner (max-height: 140px) {
    ${rowLayout}
  }
  @container ispeed-banner (min-width: 560px) {
    ${rowLayout}
  }
  /* A wide fluid banner: the code between the words and the button, its
     caption beside it once there is room for both. */
  .s-fluid .code { grid-auto-flow: column; align-items: center; gap: 12px; }
  .s-fluid .code-caption { max-width: 150px; text-align: start; }
  @container ispeed-banner (max-width: 799px) {
    .s-fluid .code-caption { display: none; }
  }
  @container ispeed-banner (max-height: 140px) and (max-width: 420px) {
    .card {
      padding: 8px 10px;
      gap: 10px;
    }
    .card > .icon { grid-row: 1 / span 2; width: 44px; height: 44px; }
    .card > .headline { grid-row: 1 / span 2; font-size: 15px; align-self: center; align-self: safe center; }
    .message { display: none; }
    .cta { min-height: 36px; padding: 6px 10px; font-size: 14px; }
  }

  /* Tower: 300x600, 160x600. One column, spread over the height: the
     features say what the message says, and more. */
  @container ispeed-banner (min-height: 400px) {
    .card {
      padding: 24px 20px;
      gap: 12px;
      grid-template-columns: minmax(0, 1fr);
    }
    .icon { width: 88px; height: 88px; }
    .headline { font-size: 28px; }
    .message { display: none; }
    .features { display: grid; gap: 12px; }
  }
  /* A tower on a desktop carries the code: the mark moves beside the headline. */
  @container ispeed-banner (min-height: 400px) and (min-width: 201px) {
    .card:has(.code) { grid-template-columns: auto minmax(0, 1fr); padding: 20px; }
    .card:has(.code) > :not(.icon, .headline) { grid-column: 1 / -1; }
    .card:has(.code) .icon { grid-column: 1; width: 56px; height: 56px; }
    .card:has(.code) .headline { grid-column: 2; font-size: 22px; }
    .card:has(.code) .features { font-size: 14px; gap: 8px; }
  }
  @container ispeed-banner (min-height: 400px) and (max-width: 200px) {
    .card { padding: 18px 12px; gap: 12px; }
    .icon { width: 64px; height: 64px; }
    .headline { font-size: 20px; }
    .features { font-size: 14px; gap: 10px; }
    .reminder { padding: 6px 8px; font-size: 13px; }
    .cta { padding: 8px 10px; font-size: 15px; }
    .card:has(.code) { padding-inline: 10px; }
    .card:has(.code) .icon { width: 48px; height: 48px; }
    /* A 160 px column holds the code or the features, not both: the code. */
    .card:has(.code) .features { display: none; }
  }

  /* What content-fit.ts sheds, step by step, when the content would leave the frame.
     Words leave the screen, not the accessibility tree: a reader still hears them. */
  .card[data-fit~='message'] .message,
  .card[data-fit~='features'] .features,
  .card[data-fit~='reminder'] .reminder,
  .card[data-fit~='figure'] .figure {
    position: absolute;
    grid-area: auto;
    top: 0;
    left: 0;
    width: 1px;
    height: 1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .card[data-fit~='icon'] .icon,
  .card[data-fit~='code'] .code,
  .sticky .card[data-fit~='headline'] .headline {
    display: none;
  }
  /* The sticky bar without its headline: the call to action takes its room, and wraps last. */
  .sticky .card[data-fit~='headline'] .cta { grid-area: headline; justify-self: start; }
  .sticky .card[data-fit~='tight'] .cta { white-space: normal; }
  .card:is([data-fit~='lines-3'], [data-fit~='tight']) .headline {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  .card[data-fit~='name'] .app-name { white-space: normal; }
  .card[data-fit~='lines-2'] .headline { -webkit-line-clamp: 2; }
  .card[data-fit~='lines-1'] .headline { -webkit-line-clamp: 1; }
  .card[data-fit~='tight'] .cta { white-space: normal; max-width: 45cqw; padding-inline: 8px; }

  /* Sticky bar: one row on any phone, at most 72 px tall from 320 px wide
     (the headline takes up to three lines beside the call to action). */
  .sticky .icon { grid-area: icon; }
  .sticky .headline { grid-area: headline; }
  .sticky .message { grid-area: message; }
  .sticky .cta { grid-area: cta; width: auto; }
  .sticky .features,
  .sticky .reminder,
  .sticky .figure { display: none; }
  .sticky .card {
    padding: 8px 6px 8px 12px;
    gap: 8px;
    grid-template-columns: auto minmax(0, 1fr) auto auto;
    grid-template-rows: auto;
    grid-template-areas: 'icon headline cta close';
  }
  .sticky .icon { width: 36px; height: 36px; }
  .sticky .headline { font-size: 14px; line-height: 1.25; }
  .sticky .message { display: none; }
  .sticky .cta { min-height: 40px; padding: 6px 10px; font-size: 14px; white-space: nowrap; }
  /* The narrowest phones: the mark gives its room to the words. */
  @container ispeed-banner (max-width: 359px) {
    .sticky .card { grid-template-columns: minmax(0, 1fr) auto auto; grid-template-areas: 'headline cta close'; }
    .sticky .icon { display: none; }
  }
  @container ispeed-banner (min-width: 640px) {
    .sticky .card {
      grid-template-rows: auto auto;
      grid-template-areas:
        'icon headline cta close'
        'icon message cta close';
      gap: 2px 16px;
    }
    .sticky .icon { width: 40px; height: 40px; }
    .sticky .headline { font-size: 17px; }
    .sticky .message { display: block; font-size: 14px; }
    .sticky .cta { font-size: 15px; padding: 6px 12px; }
  }

  /* The collapsed bar: a small tab in the bottom corner, clear of most of the page. */
  .expand {
    position: fixed;
    right: 8px;
    bottom: calc(8px + env(safe-area-inset-bottom, 0px));
    display: grid;
    place-items: center;
    width: 48px;
    height: 48px;
    padding: 4px;
    border: 1px solid var(--_border);
    border-radius: 12px;
    box-shadow: 0 2px 10px rgb(0 0 0 / 25%);
    cursor: pointer;
  }
  .expand .icon {
    width: 38px;
    height: 38px;
  }
  /* Moved off the focused element: the other corner, or out of sight until the tab itself has focus. */
  .expand.start { right: auto; left: 8px; }
  .expand.folded:not(:focus) { transform: translateY(200%); }
  /* Drawn over the page, whatever its colour: the theme's focus colour with a halo of the other tone around it. */
  .expand:focus-visible {
    box-shadow: 0 0 0 8px var(--_halo);
  }
  .sticky .close {
    grid-area: close;
  }

  /* Image variant: the webmaster's fallback shows until the artwork has loaded. */
  .image-link {
    position: absolute;
    inset: 0;
    visibility: hidden;
  }
  .image-link img {
    display: block;
    width: 100%;
    height: 100%;
    border: 0;
    /* A box narrower than its size scales the artwork down whole, never stretched. */
    object-fit: contain;
  }
  .image-link .narrow-art { display: none; }
  /* Below 468 px the leaderboard's message would be a few px tall: show the mobile banner's artwork. */
  @container ispeed-banner (width < 468px) {
    .image-link .wide-art { display: none; }
    .image-link .narrow-art { display: block; }
  }
  .loaded .image-link { visibility: visible; }
  /* The frame clips overflow, so the focus ring is drawn inside the image,
     white and dark together so it shows on any artwork. */
  .image-link:focus-visible {
    outline: none;
  }
  .image-link:focus-visible::after {
    content: '';
    position: absolute;
    inset: 2px;
    border: 3px solid #fff;
    box-shadow: 0 0 0 2px #1a2433, inset 0 0 0 2px #1a2433;
  }
  .loaded .fallback { visibility: hidden; }


  @media (prefers-reduced-motion: no-preference) {
    .frame.sticky {
      animation: ispeed-rise 0.25s ease-out;
    }
    .cta,
    .close {
      transition: filter 0.15s, background-color 0.15s;
    }
  }
  @keyframes ispeed-rise {
    from { transform: translateY(100%); }
    to { transform: none; }
  }

  @media (forced-colors: active) {
    .frame { border: 1px solid CanvasText; }
    .cta, .expand { border: 1px solid ButtonBorder; }
  }
`;
