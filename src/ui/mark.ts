import { css, html } from 'lit';
import MARK from './mark.json';

/**
 * The project's own i-Speed mark (a speedometer), drawn inline so a card needs
 * no network request. Colours come from CSS so themes apply; the same
 * geometry draws assets/ispeed-mark.svg.
 */
export const markIcon = html`<svg class="mark" viewBox=${MARK.viewBox} aria-hidden="true" focusable="false">
  <rect class="mark-bg" width="64" height="64" rx=${MARK.radius}></rect>
  <path class="mark-line" d=${MARK.arc} stroke-width="6"></path>
  <path class="mark-line" d=${MARK.ticks} stroke-width="3"></path>
  <path class="mark-line" d=${MARK.needle} stroke-width="5"></path>
  <circle class="mark-hub" cx=${MARK.hub.cx} cy=${MARK.hub.cy} r=${MARK.hub.r}></circle>
</svg>`;

export const markStyles = css`
  .mark {
    display: block;
    width: 100%;
    height: 100%;
  }
  .mark-bg {
    fill: var(--ispeed-mark-background, var(--_accent));
  }
  .mark-line {
    fill: none;
    stroke: var(--ispeed-mark-foreground, var(--_on-accent));
    stroke-linecap: round;
  }
  .mark-hub {
    fill: var(--ispeed-mark-foreground, var(--_on-accent));
  }
`;
