import { waitUntil } from '@open-wc/testing';
import { openPage, type FrameWindow } from './frame.js';

/** The configurator element, as the tests drive it. */
export type Configurator = HTMLElement & { updateComplete: Promise<unknown>; posterUrl(): string };

/** Opens the built configurator (dist/configurator/) with the given query, in a desktop-sized frame. */
export async function openConfigurator(query = ''): Promise<{ win: FrameWindow; app: Configurator; root: ShadowRoot }> {
  const win = await openPage(`/dist/configurator/${query}`, 1280, 1000);
  // The configurator's own readiness: the snippets are complete (integrity.json read) once it sets `ready`.
  await waitUntil(
    () => win.document.querySelector('ispeed-configurator')?.hasAttribute('ready'),
    'the configurator is ready',
    { timeout: 8000 },
  );
  const app = win.document.querySelector('ispeed-configurator') as Configurator;
  return { win, app, root: app.shadowRoot! };
}

/** The embed code one form shows (`element`, `oneTag`, `iframe` or `sri`). */
export const snippet = (root: ShadowRoot, form: string) =>
  root.querySelector(`[data-form="${form}"] pre`)?.textContent ?? '';
