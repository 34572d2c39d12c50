/**
 * Run twice, in browsers that present themselves as an iPhone and as an
 * Android phone (see the device groups in web-test-runner.config.mjs): the
 * widgets read the real navigator, with no platform attribute.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/npm/index.js';
import vi from '../../src/runtime/locales/vi.json';
import { ariaSnapshot } from '../helpers/aria.js';
import { isInside, overlaps, visibleParts } from '../helpers/layout.js';
import { part } from '../helpers/shadow.js';

const expected = /iPhone/.test(navigator.userAgent)
  ? 'ios'
  : /Android/.test(navigator.userAgent)
    ? 'android'
    : 'desktop';
const UNIT = 'xa-ea-kao';
/** The phones' screens, as the device groups in web-test-runner.config.mjs describe them (CSS px). */
const SCREEN: Record<string, { width: number; height: number }> = {
  android: { width: 360, height: 800 },
  ios: { width: 390, height: 844 },
};

/**
 * The call to action is a link to the visitor's own store, carrying the
 * portal and unit that sent them: Google Play's search for the app with its
 * install referrer on Android, the official site (which links to the App
 * Store) on an iPhone.
 */
function expectStoreLink(link: HTMLElement): void {
  expect(link.localName, 'a link, not the desktop QR button').to.equal('a');
  const url = new URL((link as HTMLAnchorElement).href);
  const campaign = {
    utm_source: location.hostname,
    utm_medium: 'ispeed-widget',
    utm_campaign: 'ispeed',
    utm_content: UNIT,
  };
  if (expected === 'android') {
    expect(`${url.origin}${url.pathname}`).to.equal('https://play.google.com/store/search');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      q: 'i-Speed by VNNIC',
      c: 'apps',
      ...campaign,
      referrer: new URLSearchParams(campaign).toString(),
    });
  } else {
    expect(`${url.origin}${url.pathname}`).to.equal('https://speedtest.vn/');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal(campaign);
  }
  expect(link.getAttribute('target')).to.equal('_blank');
  expect(link.getAttribute('rel')).to.equal('noopener');
}

describe(`a visitor on ${expected} (${navigator.userAgent.slice(0, 60)}…)`, () => {
  it('runs in a phone browser', () => {
    expect(expected).to.not.equal('desktop');
  });

  it("the guide opens on their platform's tab", async () => {
    const guide = await fixture<LitElement>(html`<ispeed-guide></ispeed-guide>`);
    await guide.updateComplete;
    expect(part(guide, '[aria-selected="true"]').id).to.equal(`tab-${expected}`);
  });

  it('the banner sends them to their store', async () => {
    const banner = await fixture<LitElement>(html`<ispeed-banner unit="xa-ea-kao"></ispeed-banner>`);
    await banner.updateComplete;
    const link = part(banner, 'a.cta') as HTMLAnchorElement;
    expect(
      link.href.startsWith(expected === 'android' ? 'https://play.google.com/' : 'https://speedtest.vn/'),
    ).to.equal(true);
    expectStoreLink(link);
  });

  it('the QR card leads with their store button', async () => {
    const card = await fixture(html`<ispeed-qr-card></ispeed-qr-card>`);
    await waitUntil(() => card.shadowRoot?.querySelector('.store'));
    expect(part(card, '.store').classList.contains('mine')).to.equal(true);
    expect(part(card, '.store').textContent).to.contain(expected === 'android' ? 'Android' : 'iPhone');
  });

  describe('on a mobile-friendly page as wide as the phone', () => {
    // The runner opens every page at 800 x 600, whatever the group's context says: give the page the phone's
    // screen, laid out as a mobile-friendly portal is (without this meta, a phone lays pages out 980 px wide).
    const viewport = Object.assign(document.createElement('meta'), {
      name: 'viewport',
      content: 'width=device-width, initial-scale=1',
    });
    before(async () => {
      await setViewport(SCREEN[expected]);
      document.head.append(viewport);
      await waitUntil(() => innerWidth === SCREEN[expected].width, `the page is ${SCREEN[expected].width} px wide`);
    });
    after(async () => {
      viewport.remove();
      await setViewport({ width: 800, height: 600 });
    });

    it('a sticky bar shows, with a link to their store and no QR code, all inside the screen', async () => {
      const banner = await fixture<LitElement>(
        html`<ispeed-banner variant="sticky" unit=${UNIT} dismiss-days="0"></ispeed-banner>`,
      );
      await banner.updateComplete;
      expect(banner.shadowRoot!.querySelector('.frame')).to.not.equal(null);
      const frame = part(banner, '.frame.sticky');
      // The bar rises into view: measure where it settles.
      await Promise.all(frame.getAnimations().map((animation) => animation.finished));

      const link = part(banner, '.cta');
      expectStoreLink(link);
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${vi.banner.cta} ${vi.banner.ctaSuffix}`);
      const tree = await ariaSnapshot(banner);
      expect(tree, 'the link named with its visible words').to.contain(
        `link "${vi.banner.cta} ${vi.banner.ctaSuffix}"`,
      );
      expect(tree, 'the close button named').to.contain(`button "${vi.banner.close}"`);

      // A phone installs from its store: no dialog, no button that would open one.
      expect(banner.shadowRoot!.querySelectorAll('dialog, [aria-haspopup]').length, 'no QR dialog on a phone').to.equal(
        0,
      );

      const screen = new DOMRect(0, 0, innerWidth, innerHeight);
      const bar = frame.getBoundingClientRect();
      expect([bar.left, bar.width, bar.bottom], "the bar spans the screen's width at its bottom").to.deep.equal([
        0,
        innerWidth,
        innerHeight,
      ]);
      expect(bar.height, 'one row, at most 72 px tall').to.be.at.most(72);
      const pieces = visibleParts(banner.shadowRoot!, '.icon, .headline, .message, .cta, .close');
      expect(pieces.map((piece) => piece.name.split(' ')[0])).to.include.members(['headline', 'cta', 'close']);
      for (const piece of pieces) {
        expect(isInside(piece.rect, screen), `${piece.name} inside the ${innerWidth} px screen`).to.equal(true);
        expect(isInside(piece.rect, bar), `${piece.name} inside the bar`).to.equal(true);
      }
      for (let i = 0; i < pieces.length; i++) {
        for (let j = i + 1; j < pieces.length; j++) {
          expect(overlaps(pieces[i].rect, pieces[j].rect), `${pieces[i].name} overlaps ${pieces[j].name}`).to.equal(
            false,
          );
        }
      }
      for (const text of banner.shadowRoot!.querySelectorAll<HTMLElement>('.headline, .cta')) {
        expect(text.scrollWidth, `${text.className} text fits its width`).to.be.at.most(text.clientWidth + 1);
      }
      expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(innerWidth);
    });
  });
});
