import { css } from 'lit';

/**
 * frame="none": the container draws the frame and the title (the QR dialog
 * does). The code and what to do sit side by side where there is room, what
 * to do under the code where there is not, all starting at the container's
 * edge under its title. Flex wrapping, not a container query, so the card
 * keeps its own width in a page's flex row or float. A long word in 200% text
 * breaks rather than widen the column past a narrow dialog, and a code wider
 * than a very narrow container shrinks rather than overflow.
 */
const framelessStyles = css`
  .frameless {
    display: block;
    max-width: none;
    padding: 0;
    border: 0;
    border-radius: 0;
    overflow-wrap: anywhere;
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 20px 28px;
    text-align: start;
  }
  .layout > .stores { flex-basis: 100%; }
  .frameless .code { min-width: 0; }
  .frameless .qr { max-width: 100%; height: auto; }
  .how {
    flex: 1 1 300px;
    min-width: 0;
    display: grid;
    justify-items: start;
    gap: 14px;
  }
  .how .stores { justify-content: flex-start; }
  .frameless .caption { font-size: 18px; font-weight: 700; line-height: 1.3; text-wrap: balance; }
  .frameless .steps { font-size: 16px; }
  .frameless .steps li::marker { color: var(--_accent); font-weight: 700; }
`;

/**
 * Screen: a card in three sizes, or frameless for a container with its own
 * frame; on a phone the store button leads and the code is smaller. Print:
 * a poster card fills an A4 or A5 page (set by the page's @page rule) with a
 * QR code of at least 8 cm.
 */
export const qrCardStyles = css`
  :host {
    display: block;
  }
  .frame {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 12px;
    width: 100%;
    max-width: 420px;
    padding: 20px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  .title {
    margin: 0;
    font-size: 22px;
    font-weight: 700;
    line-height: 1.25;
  }
  .code {
    margin: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 8px;
  }
  /* The code stays black on white in every theme: scanners need the contrast. */
  /* Its size on screen is set in whole pixels per module by the element. */
  .qr {
    display: block;
    background: #fff;
    border-radius: 4px;
  }
  .caption {
    font-size: 17px;
    font-weight: 600;
  }
  .target {
    font-size: 15px;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .app-name {
    white-space: nowrap;
  }
  .target a {
    color: inherit;
    font-weight: 600;
  }
  .no-code {
    font-size: 15px;
    color: var(--_muted);
  }
  .stores,
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 8px;
    width: 100%;
  }
  .store {
    padding: 8px 14px;
    font-size: 15px;
  }
  .steps-block,
  .unit-name,
  .note {
    display: none;
  }

  /* compact: a 300 px sidebar. */
  .size-compact {
    max-width: 300px;
    padding: 14px;
    gap: 10px;
  }
  .size-compact .title { font-size: 18px; }
  .size-compact .caption { font-size: 15px; }
  .size-compact .target { font-size: 14px; }
  .size-compact .store { font-size: 14px; padding: 6px 10px; }

  /* On a phone the visitor installs here: the store button first (first in the DOM too), the code smaller. */
  .phone .store.mine { flex-basis: 100%; font-size: 17px; min-height: 48px; }
  .phone .store:not(.mine) { background: transparent; color: var(--_text); text-decoration: underline; }

  ${framelessStyles}

  /* The frame a poster prints from where no poster page is at hand: never seen, never printed with the page. */
  .print-frame {
    position: fixed;
    width: 0;
    height: 0;
    border: 0;
    visibility: hidden;
  }

  /* poster: the printable layout, previewed on screen at A4 proportions. */
  .size-poster {
    max-width: 640px;
    aspect-ratio: 210 / 297;
    justify-content: center;
    padding: 48px 40px;
    gap: 20px;
  }
  .size-poster .title { font-size: 36px; }
  .size-poster .caption { font-size: 22px; }
  .size-poster .steps-block,
  .size-poster .unit-name,
  .size-poster .note { display: block; }
  .steps-title {
    font-size: 18px;
    font-weight: 700;
    margin-bottom: 6px;
  }
  .steps {
    margin: 0;
    padding-left: 1.6em;
    text-align: start;
    font-size: 17px;
  }
  .steps li + li {
    margin-top: 4px;
  }
  .unit-name {
    font-size: 20px;
    font-weight: 700;
  }
  .note {
    font-size: 15px;
    color: var(--_muted);
  }

  /* Printed, a poster card fills the page (the page's @page rule sets A4
     or A5); any other card prints as it is, without its buttons, so a
     portal page that prints keeps its own layout. */
  @media print {
    .stores,
    .actions { display: none; }
    .size-poster {
      max-width: none;
      width: 100%;
      min-height: 92vh;
      aspect-ratio: auto;
      justify-content: center;
      padding: 0;
      border: 0;
      gap: 0.7cm;
      color: #000;
      background: #fff;
      break-inside: avoid;
    }
    .size-poster .title { font-size: 32pt; }
    .size-poster .qr { width: 10cm; height: 10cm; }
    .size-poster.paper-a5 .qr { width: 8cm; height: 8cm; }
    .size-poster.paper-a5 .title { font-size: 22pt; }
    .size-poster .caption { font-size: 16pt; }
    .size-poster .target { font-size: 13pt; color: #000; }
    .size-poster .steps-title { font-size: 15pt; }
    .size-poster .steps { font-size: 14pt; }
    .size-poster .unit-name { font-size: 16pt; }
    .size-poster .note { font-size: 12pt; color: #000; }
  }
`;
