/**
 * The progress data on a portal of another host, as Departments really
 * publish it: dist/ on a second origin that sends no CORS headers
 * (test/helpers/cdn-server.mjs), under a strict CSP with the Trusted Types
 * allowlist. progress.js reaches the widgets there; JSON does not, and a
 * data script from any host but the loader's is refused.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { closePages, openPage, rendered, type FrameWindow } from '../helpers/frame.js';

const CDN_PAGES = '/test/pages/cdn';
const DATA_SCRIPT = '/demo/data/tien-do-mau.js';

const shown = (element: Element, selector: string) =>
  element.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The widget once it has read its file (or given up): no longer busy, and showing `part`. */
async function settled(win: FrameWindow, selector: string, part: string): Promise<HTMLElement> {
  const element = () => win.document.querySelector(selector)!;
  await waitUntil(
    () => element().shadowRoot?.querySelector('[aria-busy="false"]') && shown(element(), part),
    `${selector} shows ${part}`,
    { timeout: 8000 },
  );
  return win.document.querySelector<HTMLElement>(selector)!;
}

/** The Department's host: where the pasted tag loads ispeed.js from. */
const loaderOrigin = (win: FrameWindow) =>
  new URL(win.document.querySelector<HTMLScriptElement>('script[src*="ispeed.js"]')!.src).origin;

const dataScripts = (win: FrameWindow) => win.__record.scripts.filter((script) => script.src.endsWith(DATA_SCRIPT));

function expectClean(win: FrameWindow) {
  const violations = win.__record.violations.filter((violation) => !violation.includes('__web-dev-server__'));
  expect(violations, 'CSP violations').to.deep.equal([]);
  expect(win.__record.errors, 'errors').to.deep.equal([]);
}

describe('progress data on a portal of another host, the Department sending no CORS', () => {
  afterEach(closePages);

  for (const csp of ['', 'strict-dynamic']) {
    it(`shows the unit's real figures from progress.js, in the progress widget and the banner's unit line${csp ? ` (${csp})` : ''}`, async () => {
      const win = await openPage(`${CDN_PAGES}/progress-script.html${csp ? `?csp=${csp}` : ''}`);
      const progress = await settled(win, 'ispeed-progress', '.count');
      expect(shown(progress, '.count')).to.equal('182 / 300 mẫu');
      expect(shown(progress, '.unit-name')).to.equal('Đơn vị mẫu 3');
      expect(shown(progress, '.updated')).to.equal('Số liệu tháng 11/2026, cập nhật 20/11/2026.');
      const [banner] = await rendered(win, 1);
      await waitUntil(() => shown(banner, '.figure'), "the banner's unit line", { timeout: 8000 });
      expect(shown(banner, '.figure')).to.equal('Đơn vị mẫu 3: 182/300 mẫu tháng 11');
      // One classic script for both widgets, from the loader's own host, with no CORS mode.
      const scripts = dataScripts(win);
      expect(scripts).to.have.length(1);
      expect(new URL(scripts[0].src).origin).to.equal(loaderOrigin(win));
      expect(scripts[0].crossOrigin).to.equal(null);
      if (csp) expect(scripts[0].nonce, 'the nonce of the pasted tag').to.not.equal('');
      expect(win.document.querySelector(`script[src$="${DATA_SCRIPT}"]`), 'removed once read').to.equal(null);
      expectClean(win);
      expect(win.__record.warnings).to.deep.equal([]);
    });
  }

  it('refuses progress.js from any other host, never running it, and says why', async () => {
    const win = await openPage(`${CDN_PAGES}/progress-elsewhere.html?csp=connect`);
    const third = await settled(win, '#third', '.message');
    expect(shown(third, '.message')).to.equal('Chưa có số liệu.');
    const refused = `a data script runs only from the widgets' own host (${loaderOrigin(win)}), not ${win.location.origin}: publish it beside ispeed.js`;
    expect(win.__record.warnings.filter((warning) => warning.includes(refused))).to.have.length(1);
    const [banner] = await rendered(win, 1);
    expect(shown(banner, '.figure'), 'no unit line').to.equal('');
    expect(dataScripts(win), 'no script element for it').to.deep.equal([]);
  });

  it('cannot read progress.json there, and says that CORS is missing and progress.js is the way', async () => {
    const win = await openPage(`${CDN_PAGES}/progress-elsewhere.html?csp=connect`);
    const json = await settled(win, '#json', '.message');
    expect(shown(json, '.message')).to.equal('Chưa có số liệu.');
    const warning = win.__record.warnings.find((text) =>
      text.includes('/demo/data/tien-do-mau.json could not be read'),
    );
    expect(warning).to.contain(
      '(a file on another host needs CORS from that host; progress.js beside ispeed.js needs none)',
    );
    // The same file from a host that sends CORS is read: it was CORS, not the file.
    const control = await settled(win, '#json-cors', '.count');
    expect(shown(control, '.count')).to.equal('182 / 300 mẫu');
    expect(win.__record.violations.filter((violation) => !violation.includes('__web-dev-server__'))).to.deep.equal([]);
  });

  it('with the loader pinned by integrity, reads progress.js as data through CORS and never runs it', async () => {
    const win = await openPage(`${CDN_PAGES}/progress-sri.html?csp=connect`);
    const progress = await settled(win, 'ispeed-progress', '.count');
    expect(shown(progress, '.count')).to.equal('182 / 300 mẫu');
    expect(dataScripts(win)).to.deep.equal([]);
    expect(
      win.__record.scripts.filter((script) => script.src.includes('/chunks/')).every((script) => script.integrity),
    ).to.equal(true);
    expectClean(win);
  });
});
