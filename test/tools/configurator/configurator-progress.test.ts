/**
 * The configurator's progress data file, as built in dist/configurator/: required, read as it is
 * typed, and the preview shows the marked example file until the editor gives theirs.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { closePages, openPage, type FrameWindow } from '../../helpers/frame.js';

type Configurator = HTMLElement & { updateComplete: Promise<unknown> };

async function openProgress(): Promise<{ win: FrameWindow; app: Configurator; root: ShadowRoot }> {
  const win = await openPage('/dist/configurator/?widget=progress&ranking=5', 1280, 1000);
  await waitUntil(
    () => win.document.querySelector('ispeed-configurator')?.shadowRoot?.querySelector('#field-dataSrc'),
    'the configurator renders',
  );
  const app = win.document.querySelector('ispeed-configurator') as Configurator;
  return { win, app, root: app.shadowRoot! };
}

async function typeDataSrc(app: Configurator, value: string): Promise<void> {
  const input = app.shadowRoot!.querySelector<HTMLInputElement>('#field-dataSrc')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await app.updateComplete;
}

const text = (root: ShadowRoot, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const fixture = (name: string) => new URL(`/test/fixtures/progress/${name}`, location.href).href;

describe('configurator: the progress data file', () => {
  afterEach(closePages);

  it('is required: no embed code without it, and the preview shows the marked example file', async () => {
    const { win, root } = await openProgress();
    const input = root.querySelector<HTMLInputElement>('#field-dataSrc')!;
    expect(input.required).to.equal(true);
    expect(text(root, '#field-dataSrc-error')).to.equal(
      'Cần địa chỉ tệp số liệu: không có tệp, tiện ích chỉ hiện "Chưa có số liệu".',
    );
    expect(root.querySelector('.code-block pre')).to.equal(null);
    expect(text(root, '.code-missing')).to.equal(
      'Nhập địa chỉ tệp số liệu ở mục Tuỳ chọn để có mã nhúng của tiện ích tiến độ.',
    );
    expect(text(root, '.example-data')).to.contain('tệp ví dụ (vi-du-so-lieu.csv, các đơn vị giả định)');
    const frame = root.querySelector<HTMLIFrameElement>('iframe.preview')!;
    await waitUntil(
      () => frame.contentDocument?.querySelector('ispeed-progress')?.shadowRoot?.querySelector('.ranking li'),
      'the preview renders the example',
      { timeout: 8000 },
    );
    expect(frame.contentDocument!.querySelector('ispeed-progress')!.getAttribute('src')).to.equal(
      new URL('/dist/demo/data/vi-du-so-lieu.csv', win.location.href).href,
    );
    const first = frame
      .contentDocument!.querySelector('ispeed-progress')!
      .shadowRoot!.querySelector('.ranking li')!.textContent!;
    expect(first).to.contain('(ví dụ)');
  });

  it('reads the file as it is typed and says how many units and which month', async () => {
    const { app, root } = await openProgress();
    await typeDataSrc(app, fixture('tieu-de.csv'));
    await waitUntil(() => text(root, '#field-dataSrc-ok'), 'the file is read', { timeout: 5000 });
    expect(text(root, '#field-dataSrc-ok')).to.equal('Đọc được 2 đơn vị, tháng 11/2026.');
    expect(text(root, '#field-dataSrc-error')).to.equal('');
    expect(root.querySelector('[data-form="element"] pre')!.textContent).to.contain(`src="${fixture('tieu-de.csv')}"`);
    expect(root.querySelector('.example-data')).to.equal(null);
  });

  const problems: [string, string, string][] = [
    [
      'a file without a samples column',
      'no-samples-column.csv',
      'Chưa dùng được tệp này: the header has no "samples" column',
    ],
    [
      'duplicate columns',
      'cot-trung-ma.csv',
      'Chưa dùng được tệp này: line 1: columns 1 ("unit") and 2 ("code") are all read as "unit"',
    ],
    ['a missing file', 'khong-co.csv', 'Chưa dùng được tệp này: HTTP 404.'],
  ];
  for (const [what, name, message] of problems) {
    it(`names the exact problem of ${what}`, async () => {
      const { app, root } = await openProgress();
      await typeDataSrc(app, fixture(name));
      await waitUntil(
        () => text(root, '#field-dataSrc-error').startsWith('Chưa dùng được'),
        `the file is checked: ${text(root, '#field-dataSrc-error')}`,
        { timeout: 5000 },
      );
      expect(text(root, '#field-dataSrc-error')).to.contain(message);
      expect(root.querySelector('#field-dataSrc')!.getAttribute('aria-invalid')).to.equal('true');
    });
  }
});
