/**
 * End to end: the built dist/ files on real pages, in iframes served with a
 * strict Content-Security-Policy and Trusted Types (see web-test-runner.config.mjs).
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { addScriptAfterPaint, closePages, openPage, rendered, shadowPart, type FrameWindow } from '../helpers/frame.js';

function resources(win: FrameWindow, part: string): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes(part));
}

describe('dist/ on real pages', () => {
  afterEach(closePages);

  it('renders pasted elements under a strict CSP with Trusted Types, without errors or violations', async () => {
    const win = await openPage('/test/pages/elements.html');
    await rendered(win, 6);
    expect(win.__record.violations).to.deep.equal([]);
    expect(win.__record.errors).to.deep.equal([]);
    expect(win.__record.warnings).to.deep.equal([]);
    expect(typeof win.ISpeed?.version).to.equal('string');
  });

  it("keeps each banner in its fallback image's place and size, in a flex row and in a paragraph", async () => {
    const win = await openPage('/test/pages/image-fallbacks.html');
    const box = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return [Math.round(rect.left), Math.round(rect.width), Math.round(rect.height)];
    };
    const places = () =>
      [...win.document.querySelectorAll('ispeed-banner')].map((banner) => box(banner.querySelector('img') ?? banner));
    const before = places();
    await addScriptAfterPaint(win, '/dist/ispeed.js');
    const banners = await rendered(win, 7);
    await waitUntil(() => banners[5].shadowRoot!.querySelector('.loaded'), 'artwork loads');
    // (Whole-page shifts are measured in delivery.test.ts: zero in paragraphs, blocks and
    // table cells. A flex item's fallback also holds the line's descender below the
    // image, which the element's exact box does not: the row below moves up by it.)
    expect(banners.map(box), "each element now has its image's box").to.deep.equal(before);
  });

  it('measures a shift where the fallback is only a text link (the control for the test above)', async () => {
    const win = await openPage('/test/pages/text-fallback.html');
    await addScriptAfterPaint(win, '/dist/ispeed.js');
    await rendered(win, 1);
    await waitUntil(() => win.__record.shifts.length > 0, 'a layout shift is reported', { timeout: 3000 });
    expect(win.__record.shifts.reduce((sum, value) => sum + value, 0)).to.be.greaterThan(0);
  });

  it('leaves the fallback link in place when the script cannot load', async () => {
    const win = await openPage('/test/pages/no-script.html');
    await aTimeout(200);
    const banner = win.document.querySelector('ispeed-banner')!;
    expect(win.customElements.get('ispeed-banner')).to.equal(undefined);
    const image = banner.querySelector('img')!;
    await waitUntil(() => image.complete);
    expect(image.getBoundingClientRect().width).to.equal(300);
    expect(banner.querySelector('a')!.href).to.equal('https://speedtest.vn/');
  });

  it("inserts the one-tag widget where its script tag stands, with the tag's data-*", async () => {
    const win = await openPage('/test/pages/one-tag.html');
    const [first, second] = await rendered(win, 2);
    const before = win.document.getElementById('before')!;
    expect(before.nextElementSibling).to.equal(first);
    expect(first.getAttribute('size')).to.equal('728x90');
    expect(shadowPart(first, '.frame').getBoundingClientRect().width).to.equal(728);
    expect(shadowPart(first, '.frame').classList.contains('dark')).to.equal(true);
    expect((shadowPart(first, '.cta') as HTMLAnchorElement).href).to.contain('utm_content=xa-ea-kao');

    expect(shadowPart(second, '.frame').getBoundingClientRect().height).to.equal(100);
    expect(shadowPart(second, '.cta').textContent).to.contain('Get the app');
    expect(second.getAttribute('links-android')).to.equal('https://play.google.com/store/apps/details?id=example');
    expect(win.__record.warnings.join('\n')).to.contain('data-widget="carousel" on the script tag is not a widget');
    expect(second.hasAttribute('onclick'), 'a data-onclick never becomes a handler').to.equal(false);
    expect(win.__record.warnings.join('\n')).to.contain('data-onclick on the script tag is not a setting');
    expect(win.__record.errors).to.deep.equal([]);
  });

  it('survives the loader twice and the bundle on the same page: one definition, no errors', async () => {
    const win = await openPage('/test/pages/double.html');
    const banners = await rendered(win, 3);
    expect(banners.map((banner) => shadowPart(banner, '.frame').getBoundingClientRect().height)).to.deep.equal([
      250, 100, 90,
    ]);
    expect(win.__record.errors).to.deep.equal([]);
    // The first loader fetched the chunk before the bundle arrived; its late
    // definition is refused with a warning, not an error.
    await waitUntil(() => resources(win, '/chunks/ispeed-banner-').length === 1);
    await waitUntil(
      () => win.__record.warnings.some((text) => text.includes('already defined')),
      'the second definition warns',
    );
  });

  it('runs the single-file bundle with no other request for code', async () => {
    const win = await openPage('/test/pages/bundle.html');
    const [image, oneTag] = await rendered(win, 2);
    await waitUntil(() => image.shadowRoot!.querySelector('.loaded'), 'the bundle finds the artwork beside it');
    expect(new URL((shadowPart(image, 'img') as HTMLImageElement).src).pathname).to.equal(
      '/dist/assets/banner-300x250-vi.svg',
    );
    expect(shadowPart(oneTag, '.cta').textContent).to.contain('Get the app');
    expect(resources(win, '/chunks/')).to.deep.equal([]);
    expect(win.__record.violations).to.deep.equal([]);
    expect(win.__record.errors).to.deep.equal([]);
  });

  it('loads widget code only when a widget appears, and upgrades widgets added later', async () => {
    const win = await openPage('/test/pages/empty.html');
    await waitUntil(() => win.ISpeed, 'the loader runs');
    await aTimeout(100);
    expect(resources(win, '/chunks/'), 'no widget, no widget code').to.deep.equal([]);

    const banner = win.document.createElement('ispeed-banner');
    banner.setAttribute('size', '320x100');
    banner.setAttribute('platform', 'android');
    win.document.getElementById('content')!.append(banner);
    await rendered(win, 1);
    expect(resources(win, '/chunks/ispeed-banner-')).to.have.length(1);
    expect((shadowPart(banner, '.cta') as HTMLAnchorElement).href).to.contain('utm_content=from-script');
  });

  it('offers ISpeed.render, discover and config on the page', async () => {
    const win = await openPage('/test/pages/empty.html');
    await waitUntil(() => win.ISpeed, 'the loader runs');
    const content = win.document.getElementById('content')!;
    const element = win.ISpeed!.render(content, {
      widget: 'banner',
      size: '728x90',
      lang: 'en',
      platform: 'ios',
      links: { ios: 'https://i-speed.vn' },
    })!;
    await rendered(win, 1);
    expect(content.children).to.have.length(1);
    expect(shadowPart(element, '.frame').getBoundingClientRect().width).to.equal(728);
    expect((shadowPart(element, '.cta') as HTMLAnchorElement).href).to.match(/^https:\/\/i-speed\.vn\//);

    win.ISpeed!.config({ theme: 'brand' });
    await waitUntil(() => shadowPart(element, '.frame').classList.contains('brand'), 'config() re-renders');

    expect(win.ISpeed!.render('#nowhere', { widget: 'banner' })).to.equal(undefined);
    expect(win.ISpeed!.render('<<not a selector', { widget: 'banner' })).to.equal(undefined);
    win.ISpeed!.discover('#content' as unknown as ParentNode);
    expect(win.__record.warnings.join('\n')).to.contain('ISpeed.discover: #content is not an element');
    expect(win.ISpeed!.render(content, { widget: 'slideshow' })).to.equal(undefined);
    expect(win.__record.warnings.join('\n'))
      .to.contain('no element "#nowhere"')
      .and.contain('unknown widget "slideshow"');
    expect(win.__record.errors).to.deep.equal([]);
  });

  it('turns ISpeed.render options into attributes by the registry names, older names included, and refuses others', async () => {
    const win = await openPage('/test/pages/empty.html');
    await waitUntil(() => win.ISpeed, 'the loader runs');
    const content = win.document.getElementById('content')!;
    const options = {
      widget: 'progress',
      progress: '/data.json',
      headingLevel: 3,
      links: { qr: 'https://i-speed.vn' },
      colour: 'red',
      onclick: 'x',
      constructor: 'x',
    };
    const element = win.ISpeed!.render(content, options)!;
    expect(element.getAttribute('progress-src')).to.equal('/data.json');
    expect(element.getAttribute('heading-level')).to.equal('3');
    expect(element.getAttribute('links-qr')).to.equal('https://i-speed.vn');
    for (const dropped of ['progress', 'colour', 'onclick'])
      expect(element.hasAttribute(dropped), dropped).to.equal(false);
    const warnings = win.__record.warnings.join('\n');
    expect(warnings).to.contain('"progress" is now "progress-src"');
    expect(warnings)
      .to.contain('"colour" is not an option')
      .and.contain('"onclick" is not an option')
      .and.contain('"constructor" is not an option');
    expect(warnings, 'an inherited name is no older name').to.not.contain('function Object');
  });

  it('keeps its API and ignores a window.ISpeedConfig that is really page markup (DOM clobbering)', async () => {
    const win = await openPage('/test/pages/clobber.html');
    const [banner] = await rendered(win, 1);
    expect(typeof win.ISpeed?.render, 'the API replaced <img name="ISpeed">').to.equal('function');
    expect(win.ISpeed!.version).to.be.a('string');
    expect((shadowPart(banner, '.cta') as HTMLAnchorElement).href).to.not.contain('from-form');
    const warnings = win.__record.warnings.join('\n');
    expect(warnings).to.contain('window.ISpeed was <img>');
    expect(warnings).to.contain('window.ISpeedConfig must be an object');
    expect(win.__record.errors).to.deep.equal([]);
  });

  it("adds the unit's figure to a banner with a progress file, reading the file once for the page", async () => {
    const win = await openPage('/test/pages/banner-figure.html');
    const [box, tower, row, unknown, broken] = await rendered(win, 5);
    await waitUntil(
      () => box.shadowRoot!.querySelector('.figure') && tower.shadowRoot!.querySelector('.figure'),
      'the figures arrive',
      { timeout: 8000 },
    );
    expect(shadowPart(box, '.figure').textContent).to.equal('Xã Ea Kao: 124/300 mẫu tháng 11');
    expect(shadowPart(tower, '.figure').textContent).to.equal('Xã Ea Kao: 124/300 samples in November');
    for (const banner of [box, tower]) {
      const frame = shadowPart(banner, '.frame').getBoundingClientRect();
      const figure = shadowPart(banner, '.figure').getBoundingClientRect();
      expect(figure.height, 'shown').to.be.greaterThan(0);
      expect(figure.bottom, 'inside the frame').to.be.at.most(shadowPart(banner, '.cta').getBoundingClientRect().top);
      expect(figure.top).to.be.at.least(frame.top);
    }
    // A row has no room for it; a unit missing from the file and a file that fails show none, and say so once.
    await waitUntil(
      () => win.__record.warnings.some((text) => text.includes('no row for the unit "xa-khong-co"')),
      'the missing unit is named',
    );
    await waitUntil(
      () => win.__record.warnings.some((text) => text.includes('nowhere.json could not be read')),
      'the failed file is named',
    );
    const figure = row.shadowRoot!.querySelector<HTMLElement>('.figure');
    expect(figure === null || figure.getBoundingClientRect().height === 0, 'no figure in a 320x100 row').to.equal(true);
    expect(unknown.shadowRoot!.querySelector('.figure')).to.equal(null);
    expect(broken.shadowRoot!.querySelector('.figure')).to.equal(null);
    expect(shadowPart(broken, '.cta').textContent).to.contain('Tải ứng dụng');
    const fetches = win.performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('/thang-11.json'));
    expect(fetches, 'one request for three banners and the progress widget').to.have.length(1);
    expect(win.__record.errors).to.deep.equal([]);
  });

  it('loads no figure code for a banner without a progress file', async () => {
    const win = await openPage('/test/pages/elements.html');
    await rendered(win, 6);
    expect(resources(win, '/chunks/unit-figure-')).to.deep.equal([]);
    expect(resources(win, '/chunks/load-progress-')).to.deep.equal([]);
  });

  it('ranks window.ISpeedConfig < script data-* < element attributes on a real page', async () => {
    const win = await openPage('/test/pages/config.html');
    const [fromLayers, fromElement] = await rendered(win, 2);
    const layered = new URL((shadowPart(fromLayers, '.cta') as HTMLAnchorElement).href);
    expect(layered.origin + layered.pathname).to.equal('https://apps.apple.com/vn/app/id1');
    expect(layered.searchParams.get('utm_content')).to.equal('from-script');
    expect(shadowPart(fromLayers, '.frame').classList.contains('dark')).to.equal(true);
    expect(shadowPart(fromLayers, '.frame').getAttribute('lang')).to.equal('en');

    expect((shadowPart(fromElement, '.cta') as HTMLAnchorElement).href).to.contain('utm_content=from-element');
    expect(shadowPart(fromElement, '.frame').classList.contains('light')).to.equal(true);
    expect(shadowPart(fromElement, '.frame').getAttribute('lang')).to.equal('vi');
  });

  it('loads the QR code only when a desktop visitor asks for it', async () => {
    const win = await openPage('/test/pages/elements.html');
    const banners = await rendered(win, 6);
    await aTimeout(200);
    expect(resources(win, '/chunks/ispeed-qr-card'), 'a banner-only page does not download the QR code').to.deep.equal(
      [],
    );
    shadowPart(banners[1], 'button.cta').click();
    await waitUntil(() => banners[1].shadowRoot!.querySelector('dialog[open] ispeed-qr-card'), 'the QR dialog opens');
    const qrCard = banners[1].shadowRoot!.querySelector('ispeed-qr-card')!;
    await waitUntil(() => qrCard.shadowRoot?.querySelector('svg.qr'), 'the QR code draws');
    expect(resources(win, '/chunks/ispeed-qr-card-')).to.have.length(1);
    expect(win.__record.violations).to.deep.equal([]);
    expect(win.__record.errors).to.deep.equal([]);
  });

  it("draws the tall desktop banners' QR code from its own chunk, fetched once the banner has rendered", async () => {
    const win = await openPage('/test/pages/elements.html');
    const banners = await rendered(win, 6);
    const tall = banners.filter((banner) => ['300x600', '160x600'].includes(banner.getAttribute('size')!));
    for (const banner of tall)
      await waitUntil(
        () => banner.shadowRoot!.querySelector('.code svg.qr'),
        `the ${banner.getAttribute('size')} draws its code`,
      );
    const entry = (part: string) =>
      win.performance
        .getEntriesByType('resource')
        .find((candidate) => candidate.name.includes(part)) as PerformanceResourceTiming;
    expect(resources(win, '/chunks/scan-code-'), 'one request for both banners').to.have.length(1);
    expect(entry('/chunks/scan-code-').startTime, 'asked for after the banner code had arrived').to.be.at.least(
      entry('/chunks/ispeed-banner-').responseEnd,
    );
    expect(resources(win, '/chunks/ispeed-qr-card-'), 'not the QR card').to.deep.equal([]);
    expect(win.__record.errors).to.deep.equal([]);
    expect(win.__record.violations).to.deep.equal([]);
  });

  it('fetches no QR encoder for a desktop page of box and row banners, nor a fluid one under 600 px', async () => {
    const win = await openPage('/test/pages/short-banners.html', 560);
    await rendered(win, 4);
    expect(win.innerWidth, 'a frame narrower than 600 px').to.be.below(600);
    expect(resources(win, '/chunks/scan-code-')).to.deep.equal([]);
    expect(resources(win, '/chunks/qr-')).to.deep.equal([]);
    // The same page gets the code in its fluid banner once the frame is 700 px wide, and only then.
    (win.frameElement as HTMLIFrameElement).width = '700';
    await waitUntil(
      () => resources(win, '/chunks/scan-code-').length === 1,
      'the fluid banner asks for its code at 700 px',
    );
    const fluid = win.document.querySelector('ispeed-banner[size="fluid"]')!;
    await waitUntil(() => fluid.shadowRoot!.querySelector('.code svg.qr'), 'and draws it');
    expect(win.document.querySelectorAll('ispeed-banner').length).to.equal(4);
    expect(
      [...win.document.querySelectorAll('ispeed-banner:not([size="fluid"])')].every(
        (banner) => !banner.shadowRoot!.querySelector('.code'),
      ),
    ).to.equal(true);
  });

  it('prints the poster page from URL parameters, under the strict CSP', async () => {
    // A unit name prints from the Department's published list only (department.json, here named on the tag).
    const html = encodeURIComponent(
      '<main id="poster"></main><script src="/dist/ispeed.bundle.js"></script><script src="/dist/print.js" data-department="/test/fixtures/department/department.json"></script>',
    );
    const win = await openPage(
      `/__paste?widget=qr-card&unit=xa-ea-kao&unit-name=X%C3%A3%20Ea%20Kao&paper=a5&level=H&autoprint=0&html=${html}`,
    );
    await waitUntil(
      () => win.document.querySelector('ispeed-qr-card')?.shadowRoot?.querySelector('svg.qr'),
      'the poster draws',
    );
    const poster = win.document.querySelector('ispeed-qr-card')!;
    expect(shadowPart(poster, '.frame').className).to.contain('size-poster').and.contain('paper-a5');
    expect(shadowPart(poster, '.unit-name').textContent).to.equal('Đơn vị: Xã Ea Kao');
    expect(shadowPart(poster, 'svg.qr').dataset.level).to.equal('H');
    expect(win.document.documentElement.classList.contains('a5')).to.equal(true);
    expect(poster.shadowRoot!.querySelector('.actions')).to.equal(null);
    expect(win.__record.violations).to.deep.equal([]);
    expect(win.__record.errors).to.deep.equal([]);
  });

  it('will not print a poster whose code opens a foreign site', async () => {
    const win = await openPage('/dist/print.html?widget=qr-card&href=https%3A%2F%2Fevil.example%2Fphish&autoprint=0');
    await waitUntil(
      () => win.document.querySelector('ispeed-qr-card')?.shadowRoot?.querySelector('svg.qr'),
      'the poster draws',
    );
    const link = shadowPart(win.document.querySelector('ispeed-qr-card')!, '.target a') as HTMLAnchorElement;
    // The Department's own smart link page instead.
    expect(new URL(link.href).pathname).to.equal('/dist/go.html');
    expect(new URL(link.href).origin).to.equal(location.origin);
    expect(win.__record.warnings.join('\n')).to.contain('href: this page shows links to speedtest.vn');
  });

  it("will not let the poster or embed page's address point its links or files elsewhere", async () => {
    const poster = await openPage('/dist/print.html?widget=qr-card&links-qr=https%3A%2F%2Fevil.example%2F&autoprint=0');
    await waitUntil(
      () => poster.document.querySelector('ispeed-qr-card')?.shadowRoot?.querySelector('svg.qr'),
      'the poster draws',
    );
    expect(shadowPart(poster.document.querySelector('ispeed-qr-card')!, '.target a').textContent).to.contain(
      `${location.host}/dist/go.html`,
    );
    closePages();
    const embed = await openPage(
      '/dist/embed.html?widget=guide&platform=android&links-android=https%3A%2F%2Fevil.example%2Fapp.apk&src=https%3A%2F%2Fevil.example%2Fguide.json',
    );
    await waitUntil(
      () => embed.document.querySelector('ispeed-guide')?.shadowRoot?.querySelector('a.cta'),
      'the guide draws',
    );
    const cta = shadowPart(embed.document.querySelector('ispeed-guide')!, 'a.cta') as HTMLAnchorElement;
    expect(new URL(cta.href).hostname).to.equal('play.google.com');
    expect(embed.__record.warnings.join('\n'))
      .to.contain('links-android: this page shows links')
      .and.contain('src: this page');
    expect(
      embed.performance.getEntriesByType('resource').some((entry) => entry.name.includes('evil.example')),
    ).to.equal(false);
  });

  it("loads the guide's code for a page with a guide, under the strict CSP", async () => {
    const win = await openPage('/test/pages/guide.html');
    await waitUntil(
      () => win.document.querySelector('ispeed-guide')?.shadowRoot?.querySelector('.position'),
      'the guide renders',
    );
    const guide = win.document.querySelector('ispeed-guide')!;
    expect(shadowPart(guide, '.position').textContent).to.equal('Bước 1 trên 6');
    expect(resources(win, '/chunks/ispeed-guide-')).to.have.length(1);
    expect(resources(win, '/chunks/ispeed-banner-')).to.deep.equal([]);
    expect(win.__record.violations).to.deep.equal([]);
    expect(win.__record.errors).to.deep.equal([]);
  });
});
