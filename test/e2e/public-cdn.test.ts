/**
 * The library from a public CDN (jsDelivr, unpkg), which serves print.html as
 * text/plain: the QR card's Print button draws the poster in a frame of its
 * own and prints that, under the portal's strict CSP and Trusted Types.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { closePages, openPage } from '../helpers/frame.js';

const q = encodeURIComponent;

describe('the QR card loaded from a public CDN', () => {
  afterEach(closePages);

  it('prints its poster in place, with nothing blocked by the CSP or Trusted Types', async () => {
    // The card comes after the scripts: it reads the library's folder (now the CDN's) when it connects.
    const page =
      '<script src="/dist/ispeed.bundle.js"></script><script src="/test/pages/public-cdn.js"></script>' +
      '<ispeed-qr-card unit="xa-ea-kao" unit-name="Xã Ea Kao"></ispeed-qr-card>';
    const win = await openPage(`/__paste?html=${q(page)}`);
    const card = await (async () => {
      await waitUntil(
        () => win.document.querySelector('ispeed-qr-card')?.shadowRoot?.querySelector('.action'),
        'the card renders',
        { timeout: 8000 },
      );
      return win.document.querySelector('ispeed-qr-card')!;
    })();
    const opened: unknown[] = [];
    win.open = (...args: unknown[]) => (opened.push(args), null);
    const printed = new Promise<HTMLIFrameElement>((resolve) => {
      const observer = new MutationObserver(() => {
        const frame = card.shadowRoot!.querySelector<HTMLIFrameElement>('iframe.print-frame');
        if (!frame) return;
        observer.disconnect();
        frame.contentWindow!.addEventListener('beforeprint', () => resolve(frame), { once: true });
      });
      observer.observe(card.shadowRoot!, { childList: true });
    });
    card.shadowRoot!.querySelectorAll<HTMLButtonElement>('.action')[2].click();
    const frame = await printed;
    expect(opened).to.deep.equal([]);
    const poster = frame.contentDocument!.body.firstElementChild!.shadowRoot!;
    expect(poster.querySelector('svg.qr path')).to.not.equal(null);
    expect(poster.querySelector('.unit-name')!.textContent).to.equal('Đơn vị: Xã Ea Kao');
    expect(getComputedStyle(poster.querySelector('.title')!).fontSize, "the poster's own styles").to.equal('36px');
    const violations = win.__record.violations.filter((violation) => !violation.includes('__web-dev-server__'));
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(win.__record.errors).to.deep.equal([]);
    expect(win.__record.warnings).to.deep.equal([]);
  });
});
