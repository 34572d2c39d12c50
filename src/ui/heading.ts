import { HEADING_LEVEL } from '../registry/heading-level.js';
import { html, type TemplateResult } from 'lit';
import { preview, warnOnce } from '../loader/log.js';

/** The levels a widget's title may take on a host page (the page's own `<h1>` stays the page's). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Reads a `heading-level` attribute within the registry's limits, else the default with one console warning. */
export function headingLevel(value: string | null | undefined, what: string): HeadingLevel {
  const { min, max, default: fallback } = HEADING_LEVEL;
  if (value === null || value === undefined || value === '') return fallback;
  const level = Number(value.trim());
  if (Number.isInteger(level) && level >= min && level <= max) return level as HeadingLevel;
  warnOnce(`${what}: "${preview(value)}" is not a heading level from ${min} to ${max}; using ${fallback}.`);
  return fallback;
}

/**
 * A widget's title as a real `<h2>`…`<h6>`, so it nests under the host
 * page's own section heading. One template per level: Lit cannot bind a tag name.
 */
export function heading(level: HeadingLevel, content: unknown, part = 'title'): TemplateResult {
  switch (level) {
    case 3:
      return html`<h3 part=${part} class="title">${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class="title">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class="title">${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class="title">${content}</h6>`;
    default:
      return html`<h2 part=${part} class="title">${content}</h2>`;
  }
}
