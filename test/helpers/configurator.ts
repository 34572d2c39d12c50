import { waitUntil } from '@open-wc/testing';
import { openPage, type FrameWindow } from './frame.js';

/** The configurator element, as the tests drive it. */
export type Configurator = HTMLElement & { updateComplete: Promise<unknown>; posterUrl(): string };

/** Opens the built configurator (dist/configurator/) with the given query, in a desktop-sized frame unless told. */
export async function openConfigurator(
  query = '',
  width = 1280,
  height = 1000,
): Promise<{ win: FrameWindow; app: Configurator; root: ShadowRoot }> {
  const win = await openPage(`/dist/configurator/${query}`, width, height);
  // The configurator's own readiness: the snippets are complete (integrity.json read) once it sets `ready`.
  await waitUntil(
    () => win.document.querySelector('ispeed-configurator')?.hasAttribute('ready'),
    'the configurator is ready',
    { timeout: 8000 },
  );
  const app = win.document.querySelector('ispeed-configurator') as Configurator;
  return { win, app, root: app.shadowRoot! };
}

/** The code one form shows (`link`, `siteScript`, `element`, `oneTag`, `iframe` or `sri`); '' when it is not offered. */
export const snippet = (root: ShadowRoot, form: string) =>
  root.querySelector(`[data-form="${form}"] pre`)?.textContent ?? '';

/**
 * What `/dist/department.json` answers to this test page and its frames from now on: the given object,
 * or, with none, the server's own answer (no file: 404). Call it before opening the configurator.
 */
export async function setDepartment(json?: object): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  await executeServerCommand('department-json', json === undefined ? {} : { json });
}

/** A department.json whose host sends CORS: the SRI form is offered. */
export const CORS_DEPARTMENT = { name: 'Sở Khoa học và Công nghệ tỉnh Đắk Lắk', cors: true };
