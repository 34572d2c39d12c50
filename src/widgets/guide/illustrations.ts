import { css, svg, type SVGTemplateResult } from 'lit';
import MARK from '../../ui/mark.json';
import { markShapes } from '../../ui/mark.js';
import DATA from './illustrations.json';

/**
 * The guide's drawings: a simple phone screen for each step, the project's
 * own artwork (no screenshots of other apps), coloured by the theme. The
 * shapes are data (illustrations.json), so build/artwork/artwork.mjs draws the
 * same pictures into assets/guide/ for Departments to print or reuse.
 */
type Shape =
  | { type: 'rect'; class: string; x: number; y: number; width: number; height: number; rx?: number }
  | { type: 'circle'; class: string; cx: number; cy: number; r: number }
  | { type: 'path'; class: string; d: string }
  | { type: 'mark'; x: number; y: number; size: number };

const DRAWINGS = DATA as unknown as { viewBox: string; phone: Shape[]; illustrations: Record<string, Shape[]> };

export const ILLUSTRATION_VIEWBOX = DRAWINGS.viewBox;

function shape(item: Shape): SVGTemplateResult {
  switch (item.type) {
    case 'rect':
      return svg`<rect class=${item.class} x=${item.x} y=${item.y} width=${item.width} height=${item.height} rx=${item.rx ?? 0}></rect>`;
    case 'circle':
      return svg`<circle class=${item.class} cx=${item.cx} cy=${item.cy} r=${item.r}></circle>`;
    case 'path':
      return svg`<path class=${item.class} d=${item.d}></path>`;
    case 'mark':
      return svg`<svg x=${item.x} y=${item.y} width=${item.size} height=${item.size} viewBox=${MARK.viewBox}>${markShapes}</svg>`;
  }
}

export const ILLUSTRATIONS: Record<string, SVGTemplateResult> = Object.fromEntries(
  Object.entries(DRAWINGS.illustrations).map(([name, shapes]) => [
    name,
    svg`${DRAWINGS.phone.map(shape)}${shapes.map(shape)}`,
  ]),
);

export type IllustrationName = string;

/**
 * The phone follows the text colour; its screen is always light, like a
 * phone's, so the drawings read on every theme.
 */
export const illustrationStyles = css`
  .illustration {
    display: block;
    width: 100%;
    height: 100%;
    --_ill-accent: var(--ispeed-illustration-accent, #0b5cad);
    --_ill-line: #c9d3e0;
  }
  .ill-phone { fill: var(--_text); }
  .ill-screen { fill: #fff; }
  .ill-field, .ill-card { fill: #fff; stroke: var(--_ill-line); stroke-width: 1.5; }
  .ill-muted { fill: var(--_ill-line); }
  .ill-accent { fill: var(--_ill-accent); }
  .ill-knob { fill: #fff; stroke: var(--_ill-line); }
  .ill-on-accent-stroke { fill: none; stroke: #fff; stroke-width: 2.5; stroke-linecap: round; stroke-linejoin: round; }
  /* The mark in the theme's drawing colours; at this size it leaves out the ticks and draws the needle as bold as the dial. */
  .illustration .mark-bg { fill: var(--_ill-accent); }
  .illustration .mark-line { fill: none; stroke: #fff; stroke-width: 6; stroke-linecap: round; stroke-linejoin: round; }
  .illustration .mark-ticks { display: none; }
  .illustration .mark-hub { fill: #fff; }
  .ill-stroke { fill: none; stroke: #4a5566; stroke-width: 2; stroke-linecap: round; }
  .ill-ring { fill: none; stroke: var(--_ill-accent); stroke-width: 2.5; stroke-dasharray: 4 3; }
  .ill-accent-stroke { fill: none; stroke: var(--_ill-accent); stroke-width: 4; stroke-linecap: round; stroke-linejoin: round; }
`;
