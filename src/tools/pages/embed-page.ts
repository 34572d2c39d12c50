/**
 * dist/embed.js: the page behind the <iframe> embed (embed.html). It renders
 * the widget named by ?widget= with the other parameters as its attributes,
 * and tells the host page its height for widgets without a fixed size:
 *
 *   { type: 'ispeed-widgets:height', height: <px> }   (window.postMessage)
 *
 * A host that cannot run scripts keeps the height it set on the iframe; one
 * that can listens and resizes (see the README). Links credit the portal
 * that framed the page, and a unit name shows only from the Department's
 * published list (see page-department.ts). The page is titled for the
 * widget, in its language. In a frame that runs no script, the page shows
 * the static artwork the build put in its <main> (build/embed-page.mjs).
 */
import { unitNames } from '../department-file.js';
import { applyDepartment } from './page-department.js';
import { pageOptions } from './page-options.js';
import { widgetTitle } from './page-title.js';

const script = document.currentScript;

async function renderEmbed(): Promise<void> {
  const department = await applyDepartment(script);
  const params = new URLSearchParams(location.search);
  const options = pageOptions(params, undefined, { units: unitNames(department) });
  if (options.lang) document.documentElement.lang = options.lang;
  const widget = params.get('widget') ?? 'banner';
  document.title = widgetTitle(widget, document.documentElement.lang);

  const element = window.ISpeed?.render('#widget', { widget, ...options });

  if (element && window.parent !== window) {
    let last = 0;
    const box = document.getElementById('widget')!;
    new ResizeObserver(() => {
      const height = Math.ceil(box.getBoundingClientRect().height);
      if (height !== last) {
        last = height;
        window.parent.postMessage({ type: 'ispeed-widgets:height', height }, '*');
      }
    }).observe(box);
  }
}

// `data-ready` on <html> once the widget is rendered (or refused), for tests and the Department's own checks.
void renderEmbed().finally(() => (document.documentElement.dataset.ready = ''));
