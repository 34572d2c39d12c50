import { fixture, waitUntil, type html } from '@open-wc/testing';
import type { IspeedProgress } from '../../src/widgets/progress/progress.js';

/** Renders an `<ispeed-progress>` and waits until it has read its data (it drops aria-busy then). */
export async function progress(template: ReturnType<typeof html>, timeout = 6000): Promise<IspeedProgress> {
  const element = await fixture<IspeedProgress>(template);
  await waitUntil(() => element.shadowRoot?.querySelector('[aria-busy="false"]'), 'the data loads', { timeout });
  await element.updateComplete;
  return element;
}
