import { warnOnce } from '../loader/log.js';
import { sharedState } from '../loader/shared-state.js';
import { VERSION } from '../loader/version.js';

/**
 * Registers a custom element once. A second definition (the script pasted
 * twice, the loader and the bundle together, two versions of the library)
 * warns instead of throwing into the host page.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const { versions } = sharedState();
  versions.add(VERSION);
  if (versions.size > 1) {
    warnOnce(
      `several versions of ispeed-widgets are on this page (${[...versions].join(', ')}); the first one loaded is used.`,
    );
  }
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor)
      warnOnce(`<${tag}> was already defined by another copy of ispeed-widgets; keeping that one.`);
    return;
  }
  try {
    customElements.define(tag, constructor);
  } catch (error) {
    // Another copy won a race between the check above and define().
    if (error instanceof DOMException && error.name === 'NotSupportedError') {
      warnOnce(`<${tag}> was already defined by another copy of ispeed-widgets; keeping that one.`);
      return;
    }
    throw error;
  }
}
