import { css } from 'lit';

/**
 * Layout follows the box the banner has: container queries on the frame pick a
 * row (leaderboards, mobile banners, wide fluid), a box (300x250, narrow
 * fluid) or a tower (300x600, 160x600), so each size reads well without
 * per-size code.
 */
const rowLayout = css`
  .card {
    padding: 10px 20px;
    gap: 2px 16px;
    grid-template-columns: auto 1fr auto;
    grid-template-rows: auto auto;
    grid-template-areas:
      'icon headline cta'
      'icon message cta';
    align-content: center;
  }
  .icon { width: 60px; height: 60px; }
  .headline { font-size: 20px; align-self: end; }
  .message { font-size: 14px; }
  .cta { align-self: center; white-space: nowrap; }
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

  /* Box: the default, a column. */
  .card {
    position: relative;
    display: grid;
    width: 100%;
    height: 100%;
    padding: 16px;
    gap: 10px 12px;
    grid-template-columns: auto 1fr;
    grid-template-rows: auto auto 1fr;
    grid-template-areas:
      'icon headline'
      'message message'
      'cta cta';
    align-items: center;
  }
  .icon {
    grid-area: icon;
    width: 56px;
    height: 56px;
  }
  .headline {
    grid-area: headline;
    font-size: 21px;
    font-weight: 700;
    line-height: 1.22;
  }
  .message {
    grid-area: message;
    align-self: start;
    font-size: 15px;
    color: var(--_muted);
  }
  .features {
    grid-area: features;
    display: none;
    list-style: none;
    font-size: 15px;
  }
  .app-name {
    white-space: nowrap;
  }
  .features li {
    position: relative;
    padding-left: 18px;
  }
  .features li::before {
    content: '';
    position: absolute;
    left: 0;
    top: 0.45em;
    width: 9px;
    height: 9px;
    border-radius: 50%;
    background: var(--_accent);
  }
  .cta {
    grid-area: cta;
    align-self: end;
  }
  /* The whole card is clickable; the link stays the one accessible target. */
  .cta::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  /* Row: 728x90, 320x100 (by height) and wide fluid (by width: a fluid
     frame contains only its inline size, so a height query never matches it). */
  @container ispeed-banner (max-height: 140px) {
    ${rowLayout}
  }
  @container ispeed-banner (min-width: 560px) {
    ${rowLayout}
  }
  @container ispeed-banner (max-height: 140px) and (max-width: 420px) {
    .card {
      padding: 8px 10px;
      gap: 10px;
      grid-template-columns: auto 1fr auto;
      grid-template-rows: 1fr;
      grid-template-areas: 'icon headline cta';
    }
    .icon { width: 44px; height: 44px; }
    .headline { font-size: 15px; align-self: center; }
    .message { display: none; }
    .cta { min-height: 36px; padding: 6px 10px; font-size: 14px; }
  }

  /* Tower: 300x600, 160x600. The features list says what the message says, and more. */
  @container ispeed-banner (min-height: 400px) {
    .card {
      padding: 24px 20px;
      gap: 16px;
      grid-template-columns: 1fr;
      grid-template-rows: auto auto auto 1fr auto;
      grid-template-areas: 'icon' 'headline' 'features' '.' 'cta';
      align-items: start;
    }
    .icon { width: 96px; height: 96px; }
    .headline { font-size: 28px; }
    .message { display: none; }
    .features { display: grid; gap: 12px; }
  }
  @container ispeed-banner (min-height: 400px) and (max-width: 200px) {
    .card { padding: 18px 12px; gap: 14px; }
    .icon { width: 72px; height: 72px; }
    .headline { font-size: 20px; }
    .features { font-size: 14px; gap: 10px; }
    .cta { padding: 8px 10px; font-size: 15px; }
  }

  /* The unit's figure (src + unit): a line of its own where there is room,
     the box and the tower; rows and the sticky bar leave it out. */
  .figure {
    grid-area: figure;
    display: none;
    font-size: 14px;
    font-weight: 700;
  }
  @container ispeed-banner (min-height: 141px) and (max-height: 399px) and (max-width: 559px) {
    .card.has-figure {
      grid-template-rows: auto auto auto 1fr;
      grid-template-areas:
        'icon headline'
        'message message'
        'figure figure'
        'cta cta';
    }
    .has-figure .figure { display: block; }
  }
  @container ispeed-banner (min-height: 400px) {
    .card.has-figure {
      grid-template-rows: auto auto auto auto 1fr auto;
      grid-template-areas: 'icon' 'headline' 'features' 'figure' '.' 'cta';
    }
    .has-figure .figure { display: block; }
  }

  /* Sticky bar: one row on any phone, at most 72 px tall from 320 px wide
     (the headline takes up to three lines beside the call to action). */
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
    inset-inline-end: 8px;
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
  .close {
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
