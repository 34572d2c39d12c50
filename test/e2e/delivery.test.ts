/**
 * The real deployment: dist/ on the Department's host, a second origin that
 * sends no CORS headers (test/helpers/cdn-server.mjs), pasted into portal
 * pages with strict CSPs and Trusted Types allowlists (test/pages/cdn/).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { addScriptAfterPaint, closePages, openPage, rendered, shadowPart, type FrameWindow } from '../helpers/frame.js';

const CDN_PAGES = '/test/pages/cdn';

/** The scripts the loader added for widget code (chunks/), as the page saw them. */
function chunkScripts(win: FrameWindow) {
  return win.__record.scripts.filter((script) => script.src.includes('/chunks/'));
}

function expectClean(win: FrameWindow) {
  // The test server's own live-reload script is not part of the portal.
  const violations = win.__record.violations.filter((violation) => !violation.includes('__web-dev-server__'));
  expect(violations, 'CSP violations').to.deep.equal([]);
  expect(win.__record.errors, 'errors').to.deep.equal([]);
}

async function definedAndRendered(win: FrameWindow, selector: string, ready: string): Promise<HTMLElement> {
  await waitUntil(() => win.document.querySelector(selector)?.shadowRoot?.querySelector(ready), `${selector} renders`, {
    timeout: 8000,
  });
  return win.document.querySelector<HTMLElement>(selector)!;
}

describe('the tag pasted on a portal of another host, dist/ served without CORS', () => {
  afterEach(closePages);

  it('renders every widget, both forms, with classic scripts and no console error', async () => {
    const win = await openPage(`${CDN_PAGES}/every-widget.html`);
    const banners = await rendered(win, 3);
    await definedAndRendered(win, 'ispeed-qr-card', 'svg');
    await definedAndRendered(win, 'ispeed-guide', '[role="tablist"]');
    const progress = await definedAndRendered(win, 'ispeed-progress', '[role="progressbar"]');
    expect(progress.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
    // The image variant shows the library's own artwork without fetching a manifest (which would need CORS).
    await waitUntil(() => banners[1].shadowRoot!.querySelector('.loaded'), 'the artwork shows');
    expect(win.performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('manifest.json'))).to.equal(
      false,
    );
    expect(shadowPart(banners[2], '.frame').getBoundingClientRect().width, 'the one-tag banner').to.equal(728);

    const scripts = chunkScripts(win);
    expect(scripts.length).to.be.greaterThan(1);
    for (const script of scripts) {
      expect(script.type, script.src).to.equal('');
      expect(script.crossOrigin, script.src).to.equal(null);
      expect(script.integrity, script.src).to.equal('');
    }
    expectClean(win);
    expect(win.__record.warnings).to.deep.equal([]);
  });

  it('asks for all the files a widget needs at once, and no chunk asks for another', async () => {
    const win = await openPage(`${CDN_PAGES}/strict-dynamic.html?csp=strict-dynamic`);
    await rendered(win, 2);
    const scripts = chunkScripts(win);
    const core = scripts.filter((script) => /\/chunks\/core-/.test(script.src));
    const banner = scripts.filter((script) => /\/chunks\/ispeed-banner-/.test(script.src));
    expect(core).to.have.length(1);
    expect(banner).to.have.length(1);
    expect(core[0].batch, 'requested together').to.equal(banner[0].batch);
    // The banner's QR dialog code is not fetched until a desktop visitor asks.
    expect(scripts.some((script) => script.src.includes('qr-card'))).to.equal(false);
  });

  it('works under strict-dynamic with a nonce on the pasted tag', async () => {
    const win = await openPage(`${CDN_PAGES}/strict-dynamic.html?csp=strict-dynamic`);
    const [, oneTag] = await rendered(win, 2);
    expect(shadowPart(oneTag, '.frame').getBoundingClientRect().height).to.equal(100);
    for (const script of chunkScripts(win)) expect(script.nonce, script.src).to.not.equal('');
    expectClean(win);
  });

  it('works beside the page\'s own Lit, which took the "lit-html" policy first', async () => {
    const win = await openPage(`${CDN_PAGES}/own-lit.html?csp=own-lit`);
    await rendered(win, 1);
    const greeting = win.document.querySelector('page-greeting')!;
    expect(greeting.shadowRoot?.textContent).to.contain('Lit của cổng thông tin');
    expectClean(win);
  });

  it('survives the loader twice and the bundle under an allowlist without allow-duplicates', async () => {
    const win = await openPage(`${CDN_PAGES}/with-bundle.html`);
    const banners = await rendered(win, 3);
    expect(banners.map((banner) => banner.getBoundingClientRect().height)).to.deep.equal([250, 100, 90]);
    expectClean(win);
  });

  it('loads its code from its own folder when the page has a <base href> elsewhere', async () => {
    const win = await openPage(`${CDN_PAGES}/base-href.html?csp=base`);
    await rendered(win, 1);
    const origin = win.document.documentElement
      .querySelector('script[src*="ispeed.js"]')!
      .getAttribute('src')!
      .replace(/\/ispeed\.js$/, '');
    for (const script of chunkScripts(win))
      expect(script.src.startsWith(`${origin}/chunks/`), script.src).to.equal(true);
    expectClean(win);
  });

  it('inserts the one-tag form written by document.write where it was written', async () => {
    const win = await openPage(`${CDN_PAGES}/document-write.html`);
    const [banner] = await rendered(win, 1);
    expect(win.document.getElementById('before')!.nextElementSibling!.nextElementSibling).to.equal(banner);
    expect(banner.getBoundingClientRect().width).to.equal(728);
    expectClean(win);
  });

  describe('with integrity on the pasted tag (the SRI form, which needs CORS)', () => {
    it("pins every chunk by its own sha384, with the tag's crossorigin", async () => {
      const win = await openPage(`${CDN_PAGES}/sri.html`);
      await rendered(win, 1);
      await definedAndRendered(win, 'ispeed-guide', '[role="tablist"]');
      const scripts = chunkScripts(win);
      expect(scripts.length).to.be.greaterThan(2);
      for (const script of scripts) {
        expect(script.integrity, script.src).to.match(/^sha384-[\w+/]{64}$/);
        expect(script.crossOrigin, script.src).to.equal('anonymous');
      }
      expectClean(win);
    });

    it('stops the widget whose chunk changed, and its fallback stays', async () => {
      const win = await openPage(`${CDN_PAGES}/sri.html?tampered=1`);
      await definedAndRendered(win, 'ispeed-guide', '[role="tablist"]');
      await waitUntil(
        () => win.__record.warnings.some((text) => text.includes('<ispeed-banner> could not load')),
        'the banner reports its code',
      );
      const banner = win.document.querySelector('ispeed-banner')!;
      expect(win.customElements.get('ispeed-banner')).to.equal(undefined);
      const image = banner.querySelector('img')!;
      await waitUntil(() => image.complete && image.naturalWidth > 0, 'the fallback image shows');
      expect(image.getBoundingClientRect().width).to.equal(300);
    });
  });
});

describe("the banner element's own box", () => {
  afterEach(closePages);

  async function layoutsPage(width = 1100): Promise<{ win: FrameWindow; banners: Record<string, HTMLElement> }> {
    const win = await openPage(`${CDN_PAGES}/layouts.html`, width);
    const cdn = win.document.documentElement.dataset.cdn!;
    await Promise.all([...win.document.images].map((image) => image.decode().catch(() => {})));
    await addScriptAfterPaint(win, `${cdn}/ispeed.js`);
    const all = await rendered(win, 9);
    const byPlace = (selector: string) =>
      win.document.querySelector<HTMLElement>(`${selector} ispeed-banner, ispeed-banner${selector}`)!;
    return {
      win,
      banners: {
        paragraph: byPlace('#paragraph'),
        flex: byPlace('#flex'),
        grid: byPlace('#grid'),
        table: byPlace('#table'),
        narrowFlex: byPlace('#narrow-flex'),
        narrowGrid: byPlace('#narrow-grid'),
        bordered: byPlace('.bordered'),
        block: byPlace('.block'),
        floated: byPlace('.floated'),
        count: all[0],
      },
    };
  }

  const size = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return [rect.width, rect.height];
  };

  it('measures exactly its size on the element, in a paragraph, a flex row, a grid cell and a table cell', async () => {
    const { banners } = await layoutsPage();
    expect(size(banners.paragraph)).to.deep.equal([300, 250]);
    expect(size(banners.flex)).to.deep.equal([728, 90]);
    expect(size(banners.grid)).to.deep.equal([160, 600]);
    expect(size(banners.table)).to.deep.equal([320, 100]);
  });

  it('takes over the image fallback without any layout shift, in a paragraph, a block and a table cell', async () => {
    const win = await openPage(`${CDN_PAGES}/layouts-inline.html`);
    const cdn = win.document.documentElement.dataset.cdn!;
    await Promise.all([...win.document.images].map((image) => image.decode().catch(() => {})));
    await addScriptAfterPaint(win, `${cdn}/ispeed.js`);
    await rendered(win, 3);
    // A shift made on purpose: once it is reported, any shift from the takeover would have been.
    win.document.getElementById('sentinel')!.classList.add('moved');
    await waitUntil(() => win.__record.shiftSources.includes('div#sentinel'), 'the sentinel shift is reported');
    expect(win.__record.shiftSources.filter((source) => source !== 'div#sentinel')).to.deep.equal([]);
  });

  it('shrinks in a narrower flex or grid parent instead of overflowing the page', async () => {
    const { win, banners } = await layoutsPage(360);
    expect(size(banners.narrowFlex)).to.deep.equal([320, 90]);
    expect(size(banners.narrowGrid)).to.deep.equal([200, 600]);
    expect(shadowPart(banners.narrowFlex, '.frame').getBoundingClientRect().width).to.equal(320);
    for (const id of ['flex', 'narrow-flex', 'narrow-grid']) {
      const parent = win.document.getElementById(id)!;
      expect(parent.scrollWidth, id).to.be.at.most(parent.clientWidth);
    }
  });

  it("takes a webmaster's border, padding, margin, display:block and float as an image would", async () => {
    const { win, banners } = await layoutsPage();
    expect(size(banners.bordered), 'border and padding go around the banner').to.deep.equal([310, 260]);
    const frame = shadowPart(banners.bordered, '.frame').getBoundingClientRect();
    const outer = banners.bordered.getBoundingClientRect();
    expect([frame.left - outer.left, frame.top - outer.top, frame.width, frame.height]).to.deep.equal([5, 5, 300, 250]);
    const body = win.document.body.getBoundingClientRect();
    const block = banners.block.getBoundingClientRect();
    expect(block.width, 'display:block keeps its width').to.equal(300);
    expect(Math.round(block.left - body.left), 'and margin:auto centres it').to.equal(
      Math.round(body.right - block.right),
    );
    expect(Math.round(banners.floated.getBoundingClientRect().right), 'float:right').to.equal(Math.round(body.right));
  });
});
