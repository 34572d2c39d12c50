/**
 * dist/print.js: the poster page (print.html) renders one widget from its
 * URL parameters, as a poster, and opens the print dialog once it has drawn.
 * Parameters are passed on as attributes, where the widget checks them.
 */
import type {} from '../core/api.js';

/**
 * This page sits on a Department's (often official) host and prints itself:
 * it must not become a way to print an official-looking poster whose code
 * opens any site. The code may open only the i-Speed sites, the app stores,
 * or this host.
 */
const POSTER_HOSTS = ['speedtest.vn', 'i-speed.vn', 'play.google.com', 'apps.apple.com', location.hostname];

function allowedTarget(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && POSTER_HOSTS.includes(url.hostname);
  } catch {
    return false;
  }
}

const ALLOWED = ['href', 'level', 'paper', 'lang', 'unit', 'unit-name', 'theme', 'links-android', 'links-ios', 'links-qr'];

async function renderPoster(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const options: Record<string, string> = {};
  for (const name of ALLOWED) {
    const value = params.get(name);
    if (value) options[name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value.slice(0, 2048);
  }
  if (options.href && !allowedTarget(options.href)) {
    console.warn(`[ispeed-widgets] the poster page prints codes for ${POSTER_HOSTS.join(', ')} only; using the default link instead of ${options.href.slice(0, 80)}.`);
    delete options.href;
  }
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
