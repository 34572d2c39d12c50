/**
 * dist/print.js: the poster page (print.html) renders one widget from its
 * URL parameters, as a poster, and opens the print dialog once it has drawn.
 * Parameters are passed on as attributes, where the widget checks them.
 */
import type {} from '../core/api.js';
import { pageOptions } from './page-options.js';

/** What a poster may carry: the QR card's own settings. */
const ALLOWED = ['href', 'level', 'paper', 'lang', 'unit', 'unit-name', 'theme', 'links-android', 'links-ios', 'links-qr'];

async function renderPoster(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const options = pageOptions(params, ALLOWED);
  const paper = params.get('paper') === 'a5' ? 'a5' : 'a4';
  document.documentElement.classList.add(paper);
  if (options.lang) document.documentElement.lang = options.lang;
  const element = window.ISpeed?.render('#poster', { widget: params.get('widget') ?? 'qr-card', size: 'poster', actions: 'none', ...options });
  if (!element) return;
  await customElements.whenDefined(element.localName);
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  if (params.get('autoprint') !== '0') requestAnimationFrame(() => window.print());
}

void renderPoster();
