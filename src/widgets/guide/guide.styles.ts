import { css } from 'lit';

export const guideStyles = css`
  :host {
    display: block;
  }
  .frame {
    display: flex;
    flex-direction: column;
    gap: 14px;
    padding: 20px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .title {
    margin: 0;
    font-size: 22px;
    font-weight: 700;
    line-height: 1.25;
  }
  .intro {
    color: var(--_muted);
  }
  .app-name {
    white-space: nowrap;
  }

  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    border-bottom: 2px solid var(--_border);
  }
  [role='tab'] {
    min-height: 44px;
    margin-bottom: -2px;
    padding: 8px 16px;
    border: 0;
    border-bottom: 3px solid transparent;
    background: transparent;
    color: var(--_muted);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    border-bottom-color: var(--_accent);
    color: var(--_text);
  }
  [role='tab']:focus-visible,
  [role='tabpanel']:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [role='tabpanel'] {
    border-radius: 4px;
  }

  .steps {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 14px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* minmax(0, …): a long word at large text sizes wraps instead of pushing out of the widget. */
  .step {
    display: grid;
    grid-template-columns: 64px minmax(0, 1fr);
    gap: 4px 14px;
    align-items: start;
  }
  .picture {
    grid-row: span 3;
    width: 64px;
    height: 86px;
  }
  .step-title {
    display: flex;
    align-items: baseline;
    gap: 8px;
    font-weight: 700;
    font-size: 17px;
    line-height: 1.3;
  }
  .step-title > span:last-child {
    min-width: 0;
  }
  .number {
    flex: none;
    display: inline-grid;
    place-items: center;
    min-width: 26px;
    height: 26px;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 14px;
    font-weight: 700;
  }
  .step-text {
    font-size: 15px;
  }
  .note {
    font-size: 14px;
    color: var(--_muted);
  }

  /* Carousel: one step at a time. */
  .carousel .step {
    grid-template-columns: 1fr;
    justify-items: center;
    text-align: center;
  }
  .carousel .picture {
    grid-row: auto;
    width: 96px;
    height: 128px;
  }
  .carousel .step-title {
    justify-content: center;
  }
  /* Previous, position, Next in a row; with large text the position takes its own line. */
  .carousel-nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 8px;
    margin-top: 10px;
  }
  .position {
    flex: 1 1 0;
    text-align: center;
    font-size: 14px;
    color: var(--_muted);
  }
  .nav {
    min-width: 44px;
    min-height: 44px;
  }

  /* Compact: every step folds. */
  .compact-steps {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A flex summary loses the disclosure triangle: the chevron says "opens", and turns when open. */
  summary {
    display: flex;
    align-items: center;
    gap: 8px;
    min-height: 40px;
    padding: 4px 6px;
    border-radius: 4px;
    font-weight: 600;
    cursor: pointer;
  }
  .summary-title {
    flex: 1;
    min-width: 0;
  }
  .expand-cue {
    flex: none;
    width: 16px;
    height: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  details[open] > summary .expand-cue {
    transform: rotate(90deg);
  }
  details p {
    padding: 0 6px 8px 40px;
    font-size: 15px;
  }

  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 10px 16px;
  }
  .materials {
    color: var(--_text);
    font-size: 15px;
  }

  /* Forced colours: the selected tab keeps a thick bar under it and heavier text,
     the others only their thin button border, so the choice shows without colour. */
  @media (forced-colors: active) {
    [role='tab'] {
      border: 1px solid ButtonBorder;
      border-bottom-width: 1px;
      font-weight: 400;
    }
    [role='tab'][aria-selected='true'] {
      border-bottom: 5px solid Highlight;
      font-weight: 700;
    }
    .number {
      border: 1px solid CanvasText;
    }
  }

  .print-only {
    display: none;
  }
  @media print {
    .frame {
      border: 0;
      padding: 0;
      gap: 10px;
      color: #000;
      background: #fff;
    }
    .screen-only {
      display: none;
    }
    .print-only {
      display: block;
    }
    .title { font-size: 20pt; }
    .intro { font-size: 11pt; color: #000; }
    .columns {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 0.8cm;
    }
    .columns h3 {
      margin: 0 0 6px;
      font-size: 14pt;
    }
    .columns ol {
      margin: 0;
      padding-left: 1.4em;
      font-size: 11pt;
    }
    .columns li {
      margin-bottom: 6px;
      break-inside: avoid;
    }
    .print-note {
      margin-top: 8px;
      font-size: 11pt;
    }
  }
`;
