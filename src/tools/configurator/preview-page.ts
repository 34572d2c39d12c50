/**
 * dist/configurator/preview.js: the page inside the configurator's preview
 * frame (preview.html). It renders exactly the attributes of the snippet
 * being copied, links and files included, so what the editor sees is what
 * the portal gets.
 *
 * Because it shows whatever it is given, it takes nothing from its address:
 * only messages from the configurator that frames it, on this same origin.
 * Opened any other way it stays empty.
 *
 *   configurator → preview: { type: 'ispeed-widgets:preview', widget, attributes: [name, value][], centred?: boolean }
 *   preview → configurator: { type: 'ispeed-widgets:preview-ready' }, then
 *                           { type: 'ispeed-widgets:height', height: <px> } as the widget grows
 */
import type {} from '../../loader/api.js';

const WIDGETS = ['banner', 'qr-card', 'guide', 'progress'];
const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]{0,40}$/;

interface PreviewMessage {
  type: 'ispeed-widgets:preview';
  widget: string;
  attributes: [string, string][];
  /** Whether the copied code centres the widget in its column (`<div align="center">`): the preview does the same. */
  centred?: boolean;
}

function isPreviewMessage(data: unknown): data is PreviewMessage {
  const message = data as Partial<PreviewMessage> | null;
  return (
    message?.type === 'ispeed-widgets:preview' &&
    typeof message.widget === 'string' &&
    WIDGETS.includes(message.widget) &&
    Array.isArray(message.attributes) &&
    message.attributes.every(
      (pair) =>
        Array.isArray(pair) &&
        typeof pair[0] === 'string' &&
        ATTRIBUTE_NAME.test(pair[0]) &&
        typeof pair[1] === 'string',
    )
  );
}

const framedBySameOrigin = (() => {
  try {
    return window.parent !== window && window.parent.location.origin === location.origin;
  } catch {
    return false;
  }
})();

if (framedBySameOrigin) {
  const box = document.getElementById('widget')!;
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || event.origin !== location.origin || !isPreviewMessage(event.data)) return;
    const { widget, attributes, centred } = event.data;
    // The same presentational hint as the copied code, so the preview places the widget where the portal will.
    if (centred === true) box.setAttribute('align', 'center');
    else box.removeAttribute('align');
    window.ISpeed?.render(box, { widget, ...Object.fromEntries(attributes) });
  });

  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(box.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'ispeed-widgets:height', height }, location.origin);
    }
  }).observe(box);
  window.parent.postMessage({ type: 'ispeed-widgets:preview-ready' }, location.origin);
}
