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
/** A fixture on a host that sends CORS (the test server's /__cors/ prefix), which a portal of another host can fetch. */
const fixture = (name: string) => new URL(`/__cors/test/fixtures/progress/${name}`, location.href).href;
/** The same host without CORS, as most Departments' servers are. */
const withoutCors = (name: string) => new URL(`/test/fixtures/progress/${name}`, location.href).href;

async function checked(root: ShadowRoot, selector: string): Promise<string> {
  const settled = () => text(root, selector) && text(root, selector) !== 'Đang đọc tệp số liệu…';
  await waitUntil(settled, `the file is checked (${selector})`, { timeout: 5000 });
  return text(root, selector);
}

/** Waits until the preview's widget shows `expected` in `selector` (the preview follows the check, so it may show the file first). */
async function previewShows(root: ShadowRoot, selector: string, expected: string): Promise<void> {
  const frame = root.querySelector<HTMLIFrameElement>('iframe.preview')!;
  const shown = () =>
    (frame.contentDocument?.querySelector('ispeed-progress')?.shadowRoot?.querySelector(selector)?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  await waitUntil(() => shown().includes(expected), `the preview shows "${expected}" (it shows "${shown()}")`, {
    timeout: 8000,
  });
}

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
      'Chưa dùng được tệp này: tệp không có cột số mẫu (các cột tìm thấy: unit, month).',
    ],
    [
      'duplicate columns',
      'cot-trung-ma.csv',
      'Chưa dùng được tệp này: dòng 1: các cột 1 ("unit") và 2 ("code") đều được hiểu là cột mã đơn vị.',
    ],
    ['a missing file', 'khong-co.csv', 'Chưa dùng được tệp này: không đọc được (HTTP 404).'],
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

  describe('run as a portal of another host would', () => {
    it('fails a JSON or CSV file on a host without CORS, with the reason and the fix, and so does the preview', async () => {
      const { app, root } = await openProgress();
      await typeDataSrc(app, withoutCors('tieu-de.csv'));
      expect(await checked(root, '#field-dataSrc-error')).to.equal(
        'Chưa dùng được tệp này: cổng thông tin ở tên miền khác không đọc được tệp này vì máy chủ của tệp không gửi tiêu đề CORS (Access-Control-Allow-Origin). Hãy dùng địa chỉ tệp progress.js đặt cùng thư mục với ispeed.js (trang báo cáo và lệnh ispeed-widgets report tạo tệp này), hoặc cấu hình máy chủ gửi CORS.',
      );
      await previewShows(root, '.message', 'Chưa có số liệu.');
    });

    it('reads progress.js from the host of ispeed.js, and the preview runs it as a portal would', async () => {
      const { app, root } = await openProgress();
      const script = new URL('/dist/demo/data/tien-do-mau.js', location.href).href;
      await typeDataSrc(app, script);
      expect(await checked(root, '#field-dataSrc-ok')).to.equal('Đọc được 6 đơn vị, tháng 11/2026.');
      await previewShows(root, '.ranking li', 'Đơn vị mẫu 1');
      expect(root.querySelector('[data-form="element"] pre')!.textContent).to.contain(`src="${script}"`);
    });

    it('refuses progress.js from any other host', async () => {
      const { app, root } = await openProgress();
      const elsewhere = new URL('/dist/demo/data/tien-do-mau.js', location.href);
      elsewhere.hostname = elsewhere.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      await typeDataSrc(app, elsewhere.href);
      expect(await checked(root, '#field-dataSrc-error')).to.equal(
        `Chưa dùng được tệp này: tệp số liệu dạng script chỉ được chạy từ máy chủ của ispeed.js (${location.origin}), còn tệp này ở ${elsewhere.origin}: hãy đặt progress.js cùng thư mục với ispeed.js.`,
      );
    });
  });
});
