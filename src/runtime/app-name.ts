import { html, type TemplateResult } from 'lit';

const APP_NAME = 'i-Speed';

/**
 * Keeps "i-Speed" on one line: browsers may break after its hyphen, which
 * leaves "i-" alone at a line end in narrow banners.
 */
export function keepAppName(text: string): (string | TemplateResult)[] {
  const parts = text.split(APP_NAME);
  return parts.flatMap((part, index) =>
    index === 0 ? [part] : [html`<span class="app-name">${APP_NAME}</span>`, part],
  );
}
