import { preview, warnOnce } from './log.js';
import { CONFIG_ATTRIBUTES, ELEMENT_ATTRIBUTES, WIDGET_NAMES, tagForWidget } from '../registry/widgets.js';

/**
 * A new widget element from settings written elsewhere: the one-tag form's
 * `data-*` and a smart link's query string. Only the option registry's
 * attributes are copied; any other name (a `data-onclick`, say) gets a note
 * and is dropped. A name that is no widget gets a note and no element, so
 * what stood there stays. `place` and `prefix` say where the settings were
 * found, for the note.
 */
export function createWidget(
  widget: string,
  settings: Iterable<[string, string]>,
  place: string,
  prefix = '',
): HTMLElement | undefined {
  const tag = tagForWidget(widget);
  if (!tag) {
    warnOnce(
      `${prefix}widget="${preview(widget, 40)}" on ${place} is not a widget; known: ${WIDGET_NAMES.join(', ')}.`,
    );
    return undefined;
  }
  const element = document.createElement(tag);
  for (const [name, value] of settings) {
    if (name === 'widget') continue;
    if (CONFIG_ATTRIBUTES.includes(name) || ELEMENT_ATTRIBUTES.includes(name)) element.setAttribute(name, value);
    else warnOnce(`${prefix}${preview(name, 40)} on ${place} is not a setting; ignoring it.`);
  }
  return element;
}
