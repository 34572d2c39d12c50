/**
 * The Department's own pages and the demo pages, as built in dist/: titles in
 * the page's language, reflow at 320 px (WCAG 1.4.10), the demo portal's
 * small text at 4.5:1, and landmarks a screen reader can tell apart.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import en from '../../src/tools/pages/locales/en.json';
import vi from '../../src/tools/pages/locales/vi.json';
import { backgroundOf, composite, contrast } from '../helpers/colour.js';
import { closePages, openPage, type FrameWindow } from '../helpers/frame.js';

type Violation = { id: string; targets: string[] };

async function axeIn(url: string, rules?: string[]): Promise<Violation[]> {
  const result = await executeServerCommand<Violation[] | false, { url: string; rules?: string[] }>('frame-axe', {
    url,
    rules,
  });
  if (result === false) throw new Error(`no frame at ${url}`);
  return result;
}

async function posterPage(query: string, width = 800): Promise<FrameWindow> {
  const win = await openPage(`/dist/print.html?widget=qr-card&autoprint=0${query}`, width, 700);
  await waitUntil(() => win.document.documentElement.hasAttribute('data-ready'), 'the poster is drawn', {
    timeout: 8000,
  });
  return win;
}

/** How far the page reaches past the screen's right edge, in px (0 when it reflows). */
const overflow = (win: FrameWindow) =>
  win.document.documentElement.scrollWidth - win.document.documentElement.clientWidth;

describe("the Department's pages and the demo pages", () => {
  afterEach(closePages);

  it("print.html is titled in the poster's language", async () => {
    const english = await posterPage('&lang=en');
    expect(english.document.documentElement.lang).to.equal('en');
    expect(english.document.title).to.equal(en.titles.poster);
    const vietnamese = await posterPage('');
    expect(vietnamese.document.title).to.equal(vi.titles.poster);
    // The page's own <title>, before its script runs, is the Vietnamese one.
    expect(vi.titles.poster).to.equal('i-Speed: áp phích mã QR');
  });

  it('print.html reflows at 320 px: nothing past the screen', async () => {
    for (const lang of ['vi', 'en']) {
      const win = await posterPage(`&lang=${lang}&unit=xa-ea-kao`, 320);
      await waitUntil(() => win.document.querySelector('ispeed-qr-card')?.shadowRoot?.querySelector('svg'), 'drawn');
      expect(overflow(win), `${lang}: px past the right edge`).to.equal(0);
      closePages();
    }
  });

  it('the demo index reflows at 320 px', async () => {
    const win = await openPage('/dist/demo/index.html', 320, 640);
    await waitUntil(
      () => {
        const guides = [...win.document.querySelectorAll('ispeed-guide')];
        return guides.length > 0 && guides.every((guide) => guide.shadowRoot?.querySelector('.frame'));
      },
      'the guides render',
      { timeout: 10000 },
    );
    expect(overflow(win), 'px past the right edge').to.equal(0);
  });

  it("the demo portal's article dates are 4.5:1 or more", async () => {
    const win = await openPage('/dist/demo/portal.html', 1100, 900);
    const metas = [...win.document.querySelectorAll('.news .meta')];
    expect(metas.length).to.be.greaterThan(0);
    for (const meta of metas) {
      const ratio = contrast(composite(win.getComputedStyle(meta).color), backgroundOf(meta));
      expect(ratio, meta.textContent!).to.be.at.least(4.5);
    }
  });

  it('the gallery: landmarks with different names, and its English words marked as English', async function () {
    this.timeout(60000);
    const win = await openPage('/dist/demo/gallery.html', 1280, 900);
    const english = [...win.document.querySelectorAll('.gallery-en')];
    expect(english.length).to.be.greaterThan(0);
    for (const words of english)
      expect(words.closest('[lang]')!.getAttribute('lang'), words.textContent!).to.equal('en');
    expect(await axeIn('/dist/demo/gallery.html', ['landmark-unique', 'valid-lang', 'html-has-lang'])).to.deep.equal(
      [],
    );
  });

  for (const page of ['index', 'portal', 'gallery']) {
    it(`demo/${page}.html passes axe's landmark, language and contrast rules`, async function () {
      this.timeout(60000);
      const win = await openPage(`/dist/demo/${page}.html`, 1280, 900);
      await waitUntil(
        () => win.document.querySelector('ispeed-banner')?.shadowRoot?.querySelector('.frame'),
        'a widget renders',
        {
          timeout: 10000,
        },
      );
      const violations = await axeIn(`/dist/demo/${page}.html`, [
        'landmark-unique',
        'landmark-no-duplicate-main',
        'region',
        'valid-lang',
        'color-contrast',
        'heading-order',
      ]);
      expect(violations).to.deep.equal([]);
    });
  }
});
