import { html, type TemplateResult } from 'lit';
import { aroundAppName } from './app-name-text.js';

/**
 * Keeps "i-Speed" on one line: browsers may break after its hyphen, which
 * leaves "i-" alone at a line end in narrow banners.
 */
export function keepAppName(text: string): (string | TemplateResult)[] {
  return aroundAppName(text).map((part, index) => (index % 2 ? html`<span class="app-name">${part}</span>` : part));
}
