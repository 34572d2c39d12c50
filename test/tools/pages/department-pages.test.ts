/**
 * embed.html and print.html read the Department's department.json: its links
 * become the widgets' own, and a unit name shows only as a whole entry of its
 * published list of units. Both credit the portal that showed them (the host
 * of document.referrer), and the poster takes the QR card's attributed link.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { closePages, openPage, shadowPart, type FrameWindow } from '../../helpers/frame.js';
import { decodeInlineSvg } from '../../helpers/qr-decode.js';

const q = encodeURIComponent;
const DEPARTMENT = '/test/fixtures/department/department.json';
/** The order and fine the security review printed under the Department's heading. */
const FAKE_ORDER = 'Xã Ea Kao. BẮT BUỘC cài trước 30.11.2026, không cài bị phạt 5.000.000 đồng';
/** The same test server under its other name: another origin, standing for a portal. */
const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const otherOrigin = `${location.protocol}//${otherHost}:${location.port}`;

/** A Department page (print.html or embed.html's script) on a pasted page, with a department.json named on its tag. */
function withDepartment(page: 'print' | 'embed', query: string, file = DEPARTMENT): string {
  const box = page === 'print' ? '<main id="poster"></main>' : '<main><div id="widget"></div></main>';
  const tag = `<script src="/dist/${page}.js"${file ? ` data-department="${file}"` : ''}></script>`;
  return `/__paste?autoprint=0&${query}&html=${q(`${box}<script src="/dist/ispeed.bundle.js"></script>${tag}`)}`;
}

async function drawn(win: FrameWindow, tag: string, selector: string): Promise<HTMLElement> {
  await waitUntil(() => win.document.querySelector(tag)?.shadowRoot?.querySelector(selector), `${tag} draws`, {
    timeout: 8000,
  });
  return win.document.querySelector<HTMLElement>(tag)!;
}

const ours = (win: FrameWindow) => win.__record.warnings.filter((line) => line.startsWith('[ispeed-widgets]'));

describe('embed.html and print.html: unit names only from department.json', () => {
  afterEach(closePages);

  for (const page of ['/dist/print.html?widget=qr-card', '/dist/embed.html?widget=qr-card&size=poster']) {
    it(`${page.split('?')[0]}: refuses any unit name when the Department published no list`, async () => {
      const win = await openPage(`${page}&autoprint=0&unit-name=${q('Xã Ea Kao')}`);
      const card = await drawn(win, 'ispeed-qr-card', 'svg.qr');
      expect(card.shadowRoot!.querySelector('.unit-name')).to.equal(null);
      const lines = ours(win).filter((line) => line.includes('unit-name:'));
      expect(lines).to.have.length(1);
      expect(lines[0]).to.contain('department.json');
    });
  }

  for (const page of ['print', 'embed'] as const) {
    it(`${page}.html: prints a whole entry of the list, and refuses the fake order that starts with one`, async () => {
      const query = page === 'embed' ? 'widget=qr-card&size=poster&' : '';
      const listed = await openPage(withDepartment(page, `${query}unit-name=${q('Xã Ea Kao')}`));
      const card = await drawn(listed, 'ispeed-qr-card', '.unit-name');
      expect(shadowPart(card, '.unit-name').textContent).to.contain('Xã Ea Kao');
      expect(ours(listed)).to.deep.equal([]);
      closePages();

      for (const name of [FAKE_ORDER, 'Xã Ea', 'xã ea kao ']) {
        const win = await openPage(withDepartment(page, `${query}unit-name=${q(name)}`));
        const refused = await drawn(win, 'ispeed-qr-card', 'svg.qr');
        expect(refused.shadowRoot!.querySelector('.unit-name'), name).to.equal(null);
        expect(ours(win).join('\n'), name).to.contain("one of the Department's units (department.json), in full");
        closePages();
      }
    });
  }
});

describe("embed.html and print.html: the Department's links", () => {
  afterEach(closePages);

  it('gives the widgets the links of department.json, and accepts them from the address', async () => {
    const android = 'https://play.google.com/store/apps/details?id=example.test.ispeed';
    const win = await openPage(
      withDepartment('embed', `widget=banner&platform=android&unit=xa-ea-kao&links-android=${q(android)}`),
    );
    const banner = await drawn(win, 'ispeed-banner', 'a.cta');
    const cta = new URL((shadowPart(banner, 'a.cta') as HTMLAnchorElement).href);
    expect(cta.origin + cta.pathname + `?id=${cta.searchParams.get('id')}`).to.equal(android);
    expect(ours(win)).to.deep.equal([]);
  });

  it('a broken department.json: one console message naming the file, then the defaults', async () => {
    const win = await openPage(
      withDepartment('embed', 'widget=banner&platform=android', '/test/fixtures/department/broken.json'),
    );
    const banner = await drawn(win, 'ispeed-banner', 'a.cta');
    expect(new URL((shadowPart(banner, 'a.cta') as HTMLAnchorElement).href).pathname).to.equal('/store/search');
    const lines = ours(win);
    expect(lines, lines.join('\n')).to.have.length(1);
    expect(lines[0]).to.contain('broken.json could not be used: it is not valid JSON');
  });

  it('no department.json (404): nothing said, the defaults', async () => {
    const win = await openPage('/dist/embed.html?widget=banner&platform=android');
    await drawn(win, 'ispeed-banner', 'a.cta');
    expect(ours(win)).to.deep.equal([]);
  });
});

describe('embed.html and print.html credit the portal', () => {
  afterEach(closePages);

  /** The Department's page framed by a portal on another origin; the frame is on this origin, so the test reads it. */
  async function framedByPortal(page: string, tag: string, selector: string): Promise<HTMLElement> {
    const framed = new URL(page, location.href).href;
    const portal = await openPage(`${otherOrigin}/test/fixtures/department/portal.html?frame=${q(framed)}`);
    let inner: FrameWindow | undefined;
    await waitUntil(
      () => {
        try {
          inner = portal.frames[0] as FrameWindow;
          return inner?.document.querySelector(tag)?.shadowRoot?.querySelector(selector);
        } catch {
          return false;
        }
      },
      `the framed ${tag} draws`,
      { timeout: 8000 },
    );
    return inner!.document.querySelector<HTMLElement>(tag)!;
  }

  it("embed.html: the banner's links name the portal's host, not the Department's", async () => {
    const banner = await framedByPortal(
      '/dist/embed.html?widget=banner&platform=android&unit=xa-ea-kao',
      'ispeed-banner',
      'a.cta',
    );
    const cta = new URL((shadowPart(banner, 'a.cta') as HTMLAnchorElement).href);
    expect(cta.searchParams.get('utm_source')).to.equal(otherHost);
    expect(new URLSearchParams(cta.searchParams.get('referrer')!).get('utm_source')).to.equal(otherHost);
  });

  it("print.html: a poster of the qr link names the portal's host", async () => {
    const card = await framedByPortal(
      '/dist/print.html?widget=qr-card&autoprint=0&unit=xa-ea-kao&links-qr=https%3A%2F%2Fspeedtest.vn',
      'ispeed-qr-card',
      'svg.qr',
    );
    const target = new URL((shadowPart(card, '.target a') as HTMLAnchorElement).href);
    expect(target.origin).to.equal('https://speedtest.vn');
    expect(target.searchParams.get('utm_source')).to.equal(otherHost);
  });
});

describe("print.html takes the QR card's attributed link", () => {
  afterEach(closePages);

  it("the card's smart link: the poster's code decodes to the same link, with the unit", async () => {
    const portal = await openPage(
      `/__paste?html=${q('<ispeed-qr-card unit="xa-ea-kao" platform="desktop"></ispeed-qr-card><script src="/dist/ispeed.bundle.js"></script>')}`,
    );
    const card = (await drawn(portal, 'ispeed-qr-card', 'svg.qr')) as HTMLElement & { posterUrl(): string };
    const smartLink = new URL('/dist/go.html?widget=qr-card&unit=xa-ea-kao&lang=vi', location.href).href;
    expect(await decodeInlineSvg(shadowPart(card, 'svg.qr') as unknown as SVGSVGElement)).to.equal(smartLink);
    const posterUrl = new URL(card.posterUrl());
    expect(posterUrl.searchParams.get('href')).to.equal(smartLink);
    posterUrl.searchParams.set('autoprint', '0');
    closePages();

    const win = await openPage(posterUrl.href);
    const poster = await drawn(win, 'ispeed-qr-card', 'svg.qr');
    expect(await decodeInlineSvg(shadowPart(poster, 'svg.qr') as unknown as SVGSVGElement)).to.equal(smartLink);
    expect(ours(win)).to.deep.equal([]);
  });

  it('a configured link with the portal in its utm_* parameters: kept as it came, not credited to the Department', async () => {
    const attributed =
      'https://speedtest.vn/?utm_source=eakao.example.gov.vn&utm_medium=ispeed-widget&utm_campaign=ispeed&utm_content=xa-ea-kao';
    const win = await openPage(`/dist/print.html?widget=qr-card&autoprint=0&unit=xa-ea-kao&href=${q(attributed)}`);
    const poster = await drawn(win, 'ispeed-qr-card', 'svg.qr');
    expect(await decodeInlineSvg(shadowPart(poster, 'svg.qr') as unknown as SVGSVGElement)).to.equal(attributed);
    expect(ours(win)).to.deep.equal([]);
  });

  it('still refuses another page of a configured host, with campaign parameters or without', async () => {
    const win = await openPage(
      `/dist/print.html?widget=qr-card&autoprint=0&href=${q('https://speedtest.vn/phish?utm_source=x')}`,
    );
    const poster = await drawn(win, 'ispeed-qr-card', 'svg.qr');
    expect(new URL((shadowPart(poster, '.target a') as HTMLAnchorElement).href).pathname).to.equal('/dist/go.html');
    expect(ours(win).filter((line) => line.includes('href:'))).to.have.length(1);
  });
});
