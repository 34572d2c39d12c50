import { css, html, svg } from 'lit';
import MARK from './mark.json';

/**
 * The project's own i-Speed mark (a speedometer), drawn inline so a card needs
 * no network request, from the geometry in mark.json. Colours come from CSS so
 * themes apply. The banner's icon, the QR card's centre and the guide's
 * drawings all use these shapes, in an <svg> with the mark's viewBox.
 */
export const markShapes = svg`<rect class="mark-bg" width="64" height="64" rx=${MARK.radius}></rect>
  <path class="mark-line" d=${MARK.arc} stroke-width="6"></path>
  <path class="mark-line mark-ticks" d=${MARK.ticks} stroke-width="3"></path>
  <path class="mark-line" d=${MARK.needle} stroke-width="5"></path>
  <circle class="mark-hub" cx=${MARK.hub.cx} cy=${MARK.hub.cy} r=${MARK.hub.r}></circle>`;

export const markIcon = html`<svg class="mark" viewBox=${MARK.viewBox} aria-hidden="true" focusable="false">${markShapes}</svg>`;

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
