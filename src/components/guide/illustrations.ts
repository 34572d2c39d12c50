import { css, svg, type SVGTemplateResult } from 'lit';
import MARK from '../../core/mark.json';

/**
 * The guide's drawings: a simple phone screen for each step, the project's
 * own artwork (no screenshots of other apps), coloured by the theme.
 */
const mark = (x: number, y: number, size: number) => svg`<svg x=${x} y=${y} width=${size} height=${size} viewBox=${MARK.viewBox}>
  <rect class="ill-accent" width="64" height="64" rx=${MARK.radius}></rect>
  <path class="ill-mark-line" d=${MARK.arc} stroke-width="6"></path>
  <path class="ill-mark-line" d=${MARK.needle} stroke-width="5"></path>
  <circle class="ill-on-accent" cx=${MARK.hub.cx} cy=${MARK.hub.cy} r=${MARK.hub.r}></circle>
</svg>`;

const phone = (screen: SVGTemplateResult) => svg`
  <rect class="ill-phone" x="14" y="4" width="92" height="152" rx="14"></rect>
  <rect class="ill-screen" x="20" y="16" width="80" height="128" rx="4"></rect>
  ${screen}`;

const line = (x: number, y: number, width: number) => svg`<rect class="ill-muted" x=${x} y=${y} width=${width} height="5" rx="2.5"></rect>`;

export const ILLUSTRATIONS = {
  'store-search': phone(svg`
    <rect class="ill-field" x="26" y="24" width="68" height="16" rx="8"></rect>
    <circle class="ill-stroke" cx="35" cy="32" r="4"></circle><path class="ill-stroke" d="M38 35l3 3"></path>
    ${line(45, 29.5, 40)}
    ${mark(28, 52, 22)} ${line(56, 56, 34)} ${line(56, 66, 22)}
    ${line(28, 86, 64)} ${line(28, 96, 50)} ${line(28, 112, 64)} ${line(28, 122, 40)}`),
  install: phone(svg`
    ${mark(40, 30, 40)} ${line(36, 78, 48)}
    <rect class="ill-accent" x="32" y="96" width="56" height="20" rx="10"></rect>
    <path class="ill-on-accent-stroke" d="M60 100v10M55 105l5 5 5-5"></path>`),
  'open-app': phone(svg`
    ${[0, 1, 2].map((row) => [0, 1, 2].map((col) =>
      row === 1 && col === 1
        ? mark(28 + col * 24, 30 + row * 26, 18)
        : svg`<rect class="ill-muted" x=${28 + col * 24} y=${30 + row * 26} width="18" height="18" rx="5"></rect>`))}
    <circle class="ill-ring" cx="61" cy="65" r="15"></circle>`),
  permission: phone(svg`
    ${line(28, 28, 40)}
    <rect class="ill-card" x="26" y="50" width="68" height="64" rx="8"></rect>
    ${line(34, 60, 52)} ${line(34, 70, 40)}
    <rect class="ill-muted" x="34" y="90" width="22" height="14" rx="7"></rect>
    <rect class="ill-accent" x="62" y="90" width="24" height="14" rx="7"></rect>
    <path class="ill-on-accent-stroke" d="M69 97l3 3 6-6"></path>`),
  'auto-toggle': phone(svg`
    ${[0, 1, 2].map((row) => svg`${line(28, 34 + row * 30, 36)}
      <rect class=${row === 1 ? 'ill-accent' : 'ill-muted'} x="72" y=${29 + row * 30} width="20" height="12" rx="6"></rect>
      <circle class="ill-knob" cx=${row === 1 ? 86 : 78} cy=${35 + row * 30} r="4.5"></circle>`)}
    <circle class="ill-ring" cx="82" cy="65" r="15"></circle>`),
  'keep-on': phone(svg`
    ${mark(38, 40, 44)}
    <path class="ill-accent-stroke" d="M36 110a28 28 0 0 0 48 0M84 110l1-9M84 110l-9-1"></path>
    ${line(40, 124, 40)}`),
} satisfies Record<string, SVGTemplateResult>;

export type IllustrationName = keyof typeof ILLUSTRATIONS;

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
  .ill-on-accent, .ill-knob { fill: #fff; }
  .ill-knob { stroke: var(--_ill-line); }
  .ill-mark-line, .ill-on-accent-stroke { fill: none; stroke: #fff; stroke-width: 2.5; stroke-linecap: round; stroke-linejoin: round; }
  .ill-mark-line { stroke-width: 6; }
  .ill-stroke { fill: none; stroke: #4a5566; stroke-width: 2; stroke-linecap: round; }
  .ill-ring { fill: none; stroke: var(--_ill-accent); stroke-width: 2.5; stroke-dasharray: 4 3; }
  .ill-accent-stroke { fill: none; stroke: var(--_ill-accent); stroke-width: 4; stroke-linecap: round; stroke-linejoin: round; }
`;
