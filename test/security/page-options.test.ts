/**
 * embed.html and print.html show only what the Department published: a link
 * or store app in the page's address that the Department did not configure
 * is refused, and a unit name is printed as plain text.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { closePages, openPage, shadowPart, type FrameWindow } from '../helpers/frame.js';

const q = encodeURIComponent;

async function poster(query: string): Promise<{ win: FrameWindow; card: HTMLElement }> {
  const win = await openPage(`/dist/print.html?widget=qr-card&autoprint=0&${query}`);
  await waitUntil(
    () => win.document.querySelector('ispeed-qr-card')?.shadowRoot?.querySelector('svg.qr'),
    'the poster draws',
    { timeout: 8000 },
  );
  return { win, card: win.document.querySelector<HTMLElement>('ispeed-qr-card')! };
}

const qrTarget = (card: HTMLElement) => new URL((shadowPart(card, '.target a') as HTMLAnchorElement).href);
/** What a poster's code opens when the address gives it nothing acceptable: the page's own smart link. */
const ownSmartLink = new URL('/dist/go.html?widget=qr-card&lang=vi', location.href).href;
const warnings = (win: FrameWindow) => win.__record.warnings.filter((line) => line.startsWith('[ispeed-widgets]'));

describe('print.html and embed.html: links', () => {
  afterEach(closePages);

  const refused: [string, string][] = [
    ['a Play listing picked from the address', 'https://play.google.com/store/apps/details?id=com.evil.ispeedvn'],
    ['any App Store app', 'https://apps.apple.com/vn/app/evil/id999'],
    ['another port on a trusted host', 'https://speedtest.vn:9999/phish'],
    ["another port on the page's own host", `${location.protocol}//${location.hostname}:9/phish`],
    ['plain http to a trusted host', 'http://speedtest.vn/'],
    ['a user name before a trusted host', 'https://speedtest.vn@evil.example/'],
    ['javascript:', 'javascript:alert(1)'],
    // Any other page of the Department's own host: an open redirect there would carry the poster anywhere.
    ["another page of the page's own host", new URL('/dist/demo/', location.href).href],
    ["an open redirect on the page's own host", new URL('/__redirect?to=https://evil.example/', location.href).href],
  ];
  for (const [what, href] of refused) {
    it(`refuses ${what}, with one warning`, async () => {
      const { win, card } = await poster(`href=${q(href)}`);
      expect(qrTarget(card).href).to.equal(ownSmartLink);
      const lines = warnings(win).filter((line) => line.includes('href:'));
      expect(lines, lines.join('\n')).to.have.length(1);
      expect(lines[0]).to.contain('this page shows links to speedtest.vn');
      expect(lines[0]).to.contain('smart link page only');
    });
  }

  it('takes the smart link page and the links the Department configured', async () => {
    const smart = new URL('/dist/go.html?widget=qr-card&unit=xa-ea-kao', location.href).href;
    const { card } = await poster(`href=${q(smart)}`);
    expect(qrTarget(card).pathname).to.equal('/dist/go.html');
    expect(qrTarget(card).searchParams.get('unit')).to.equal('xa-ea-kao');
    closePages();
    // The Department's own setting (window.ISpeedConfig in a file of its page) is accepted; another app of the same store is not.
    const page = (href: string) =>
      `/__paste?autoprint=0&href=${q(href)}&html=${q('<main id="poster"></main><script src="/test/pages/config.js"></script><script src="/dist/ispeed.bundle.js"></script><script src="/dist/print.js"></script>')}`;
    const configured = await openPage(page('https://apps.apple.com/vn/app/id1'));
    await waitUntil(
      () => configured.document.querySelector('ispeed-qr-card')?.shadowRoot?.querySelector('svg.qr'),
      'the poster draws',
      { timeout: 8000 },
    );
    expect(qrTarget(configured.document.querySelector('ispeed-qr-card')!).pathname).to.equal('/vn/app/id1');
    closePages();
    const other = await openPage(page('https://apps.apple.com/vn/app/id2'));
    await waitUntil(
      () => other.document.querySelector('ispeed-qr-card')?.shadowRoot?.querySelector('svg.qr'),
      'the poster draws',
      { timeout: 8000 },
    );
    const fallback = qrTarget(other.document.querySelector('ispeed-qr-card')!);
    expect(fallback.origin + fallback.pathname).to.equal(ownSmartLink.split('?')[0]);
  });

  it('refuses a store app picked for the embed page', async () => {
    const win = await openPage(
      `/dist/embed.html?widget=banner&platform=android&links-android=${q('https://play.google.com/store/apps/details?id=com.evil.ispeedvn')}`,
    );
    await waitUntil(
      () => win.document.querySelector('ispeed-banner')?.shadowRoot?.querySelector('a.cta'),
      'the banner draws',
      { timeout: 8000 },
    );
    const cta = shadowPart(win.document.querySelector('ispeed-banner')!, 'a.cta') as HTMLAnchorElement;
    expect(cta.href).to.not.contain('com.evil');
    expect(new URL(cta.href).pathname).to.equal('/store/search');
    expect(warnings(win).filter((line) => line.includes('links-android:'))).to.have.length(1);
  });
});

describe('print.html: the unit name', () => {
  afterEach(closePages);

  it('prints a unit name from the published list in the unit-name style, never as a heading', async () => {
    const win = await openPage(
      `/__paste?autoprint=0&unit-name=${q('Phường Tân Lợi (TP. Buôn Ma Thuột)')}&html=${q('<main id="poster"></main><script src="/dist/ispeed.bundle.js"></script><script src="/dist/print.js" data-department="/test/fixtures/department/department.json"></script>')}`,
    );
    await waitUntil(
      () => win.document.querySelector('ispeed-qr-card')?.shadowRoot?.querySelector('.unit-name'),
      'the listed name prints',
      { timeout: 8000 },
    );
    const card = win.document.querySelector<HTMLElement>('ispeed-qr-card')!;
    expect(shadowPart(card, '.unit-name').localName).to.equal('p');
    expect(shadowPart(card, '.unit-name').textContent).to.contain('Phường Tân Lợi (TP. Buôn Ma Thuột)');
    const headings = [...card.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map(
      (h) => h.textContent,
    );
    expect(headings.join(' ')).to.not.contain('Tân Lợi');
    expect(warnings(win)).to.deep.equal([]);
  });

  const refused: [string, string][] = [
    ['free text with a dash and a date', 'UBND xã Ea Kao — bắt buộc cài đặt trước 30/11'],
    ['more than 80 characters', `Xã ${'a'.repeat(80)}`],
    ['an RTL override', 'Xã Ea Kao \u202Eoak aE'],
    ['markup', 'Xã <b>Ea</b> Kao'],
    ['a line break', 'Xã Ea Kao\nBắt buộc'],
  ];
  for (const [what, name] of refused) {
    it(`refuses ${what}, with one warning`, async () => {
      const { win, card } = await poster(`unit-name=${q(name)}`);
      expect(card.shadowRoot!.querySelector('.unit-name')).to.equal(null);
      expect(warnings(win).filter((line) => line.includes('unit-name:'))).to.have.length(1);
    });
  }

  it("accepts only the Department's units where it publishes a list", async () => {
    const page = (name: string) =>
      `/__paste?autoprint=0&unit-name=${q(name)}&html=${q('<main id="poster"></main><script src="/dist/ispeed.bundle.js"></script><script src="/dist/print.js" data-units="/test/fixtures/units/units.json"></script>')}`;
    const listed = await openPage(page('Xã Ea Kao'));
    await waitUntil(
      () => listed.document.querySelector('ispeed-qr-card')?.shadowRoot?.querySelector('.unit-name'),
      'the listed name prints',
      { timeout: 8000 },
    );
    closePages();
    const unlisted = await openPage(page('Xã Không Có'));
    await waitUntil(
      () => unlisted.document.querySelector('ispeed-qr-card')?.shadowRoot?.querySelector('svg.qr'),
      'the poster draws',
      { timeout: 8000 },
    );
    expect(unlisted.document.querySelector('ispeed-qr-card')!.shadowRoot!.querySelector('.unit-name')).to.equal(null);
    expect(unlisted.__record.warnings.join('\n')).to.contain("one of the Department's units");
  });
});
