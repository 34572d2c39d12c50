import { css } from 'lit';

export const progressStyles = css`
  :host {
    display: block;
  }
  .frame {
    display: flex;
    flex-direction: column;
    gap: 12px;
    max-width: 480px;
    padding: 20px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .title {
    margin: 0;
    font-size: 19px;
    font-weight: 700;
    line-height: 1.3;
  }
  .unit-name {
    font-size: 17px;
    font-weight: 600;
  }
  .count {
    font-size: 30px;
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  /* An outlined track (the muted text colour, 3:1 or more on the background)
     holding a fill in the accent colour: both parts meet WCAG 1.4.11 in every theme. */
  .bar {
    position: relative;
    height: 16px;
    overflow: hidden;
    border: 1px solid var(--_muted);
    border-radius: 8px;
    background: var(--_background);
  }
  .fill {
    display: block;
    height: 100%;
    background: var(--_accent);
    transform-origin: left center;
  }
  .reached .fill {
    background: var(--_success);
  }
  .status {
    font-size: 15px;
  }
  .pace {
    margin-top: 4px;
    font-size: 14px;
    color: var(--ispeed-color-muted);
  }
  .summary,
  .updated,
  .message {
    font-size: 14px;
    color: var(--_muted);
  }
  .ranking-title {
    margin: 6px 0 0;
    font-size: 16px;
    font-weight: 700;
  }
  .ranking {
    display: grid;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 15px;
    font-variant-numeric: tabular-nums;
  }
  /* Rank, name, count in a row; with large text or wide spacing the count moves to its own line. */
  .ranking li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 8px;
    padding: 4px 6px;
    border-radius: 4px;
  }
  .ranking li > :first-child {
    min-width: 2.2em;
  }
  .ranking li > :nth-child(2) {
    flex: 1 1 8em;
    min-width: 0;
  }
  .ranking li > :last-child {
    margin-inline-start: auto;
  }
  .ranking li[aria-current='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    font-weight: 700;
  }
  .ranking .mark {
    color: var(--_success);
    font-weight: 700;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 10px;
  }
  /* Forced colours drop backgrounds: the fill keeps the system highlight on an outlined track. */
  @media (forced-colors: active) {
    .bar {
      border-color: CanvasText;
      background: Canvas;
      forced-color-adjust: none;
    }
    .fill,
    .reached .fill {
      background: Highlight;
    }
    .ranking .mark {
      color: CanvasText;
    }
    .ranking li[aria-current='true'] {
      outline: 1px solid CanvasText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .fill {
      transition: transform 0.4s ease-out;
    }
  }
`;
