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
  .bar {
    position: relative;
    height: 14px;
    overflow: hidden;
    border-radius: 7px;
    background: color-mix(in srgb, var(--_border) 70%, transparent);
  }
  .fill {
    display: block;
    height: 100%;
    border-radius: inherit;
    background: var(--_accent);
    transform-origin: left center;
  }
  .reached .fill {
    background: var(--ispeed-color-success, #1e7b34);
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
  .ranking li {
    display: grid;
    grid-template-columns: 2.2em 1fr auto;
    gap: 8px;
    padding: 4px 6px;
    border-radius: 4px;
  }
  .ranking li[aria-current='true'] {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
    font-weight: 700;
  }
  .ranking .done::after {
    content: ' ✓';
    color: var(--ispeed-color-success, #1e7b34);
  }
  .theme.dark .reached .fill,
  .theme.dark .ranking .done::after {
    background-color: #6fd08c;
    color: #6fd08c;
  }
  .theme.dark .ranking .done::after {
    background: none;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 10px;
  }
  @media (prefers-reduced-motion: no-preference) {
    .fill {
      transition: transform 0.4s ease-out;
    }
  }
`;
