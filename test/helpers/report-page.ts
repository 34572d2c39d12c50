/**
 * The report page's tests share these: the element and its shadow root, the
 * example file opened as a person would, files chosen in an input, and the
 * files an export button makes.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/tools/report/define.js';
import type { IspeedReport } from '../../src/tools/report/report.js';

export const EXAMPLE = '/demo/data/vi-du-so-lieu.csv';
export const DEPARTMENT = '/test/fixtures/report/department.json';

export const root = (element: IspeedReport) => element.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(element: IspeedReport, selector: string) => {
  const found = root(element).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the report`);
  return found;
};
export const clean = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
export const names = (element: IspeedReport) => [...root(element).querySelectorAll('tbody th .name')].map(clean);

/** The page in `lang` with the example file open; `now` fixes the clock the month rule reads. */
export async function openReport(
  lang = 'vi',
  department = '/test/fixtures/report/none.json',
  now?: Date,
): Promise<IspeedReport> {
  history.replaceState(null, '', `${location.pathname}?lang=${lang}`);
  const element = await fixture<IspeedReport>(
    html`<ispeed-report example=${EXAMPLE} department=${department}></ispeed-report>`,
  );
  if (now) element.now = now;
  $(element, 'button.secondary').click();
  await waitUntil(() => root(element).querySelector('tbody tr'), 'the example file is read');
  return element;
}

/** Chooses files in an input (`#file`, `#previous`, `#portals`, `#clicks`), as a person would, and waits for the page to say it read them. */
export async function pickFiles(
  element: IspeedReport,
  input: string,
  files: { name: string; content: BlobPart; type?: string; lastModified?: Date }[],
): Promise<void> {
  const field = $<HTMLInputElement>(element, input);
  const status = input === '#file' ? '#file-status' : `${input}-status`;
  const before = clean($(element, status));
  const list = new DataTransfer();
  for (const { name, content, type, lastModified } of files)
    list.items.add(new File([content], name, { type, lastModified: lastModified?.getTime() }));
  field.files = list.files;
  field.dispatchEvent(new Event('change'));
  await waitUntil(() => clean($(element, status)) !== before, `${files.map((file) => file.name).join(', ')} read`);
  await element.updateComplete;
}

/** The file an export button makes, caught from its `ispeed-download` event. */
export async function exported(
  element: IspeedReport,
  label: RegExp,
): Promise<{ filename: string; bytes: Uint8Array; text: string }> {
  const caught = new Promise<{ filename: string; blob: Blob }>((resolve) =>
    element.addEventListener(
      'ispeed-download',
      (event) => {
        event.preventDefault();
        resolve((event as CustomEvent).detail);
      },
      { once: true },
    ),
  );
  [...root(element).querySelectorAll<HTMLButtonElement>('.exports button')]
    .find((button) => label.test(button.textContent!))!
    .click();
  const { filename, blob } = await caught;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return { filename, bytes, text: new TextDecoder().decode(bytes) };
}
