/**
 * dist/embed.js: the page behind the <iframe> embed (embed.html). It renders
 * the widget named by ?widget= with the other parameters as its attributes,
 * and tells the host page its height for widgets without a fixed size:
 *
 *   { type: 'ispeed-widgets:height', height: <px> }   (window.postMessage)
 *
 * A host that cannot run scripts keeps the height it set on the iframe; one
 * that can listens and resizes (see the README).
 */
import { CONFIG_ATTRIBUTES } from '../core/config.js';
import { ELEMENT_ATTRIBUTES } from '../core/widgets.js';

const params = new URLSearchParams(location.search);
const allowed = new Set([...CONFIG_ATTRIBUTES, ...ELEMENT_ATTRIBUTES]);
const options: Record<string, string> = {};
for (const [name, value] of params) {
  if (allowed.has(name)) options[name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value.slice(0, 2048);
}
if (options.lang) document.documentElement.lang = options.lang;

const element = window.ISpeed?.render('#widget', { widget: params.get('widget') ?? 'banner', ...options });

if (element && window.parent !== window) {
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.getElementById('widget')!.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'ispeed-widgets:height', height }, '*');
    }
  }).observe(document.getElementById('widget')!);
}
