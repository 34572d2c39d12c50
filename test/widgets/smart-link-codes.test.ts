/**
 * Where the Department's host is known, every QR code opens the smart link
 * for its unit and language: the QR card (on screen, PNG, SVG, its poster),
 * the banner's desktop dialog and the tall banners' own codes, 160x600's
 * small one included. All decode as painted.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/npm/banner.js';
import '../../src/npm/qr-card.js';
import type { IspeedQrCard } from '../../src/widgets/qr-card/qr-card.js';
import { withAttribution } from '../../src/runtime/links.js';
import { QUIET_ZONE, buildMatrix } from '../../src/runtime/qr.js';
import { decodeInlineSvg, decodeOnScreen, decodePng, decodeSvgText } from '../helpers/qr-decode.js';
import { part } from '../helpers/shadow.js';

/** A long, real-looking Department address and unit code: the worst case for a small code. */
const GO = 'https://sokhoahocvacongnghe.daklak.gov.vn/ispeed-widgets/go.html';
const UNIT = 'phuong-tan-loi-tp-buon-ma-thuot';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

describe('QR codes open the smart link', () => {
  before(() => setViewport({ width: 1280, height: 900 }));

  it('the QR card: on screen, inline, PNG and SVG, and its poster page carries the same link', async () => {
    const card = await fixture<IspeedQrCard>(
      html`<ispeed-qr-card smart-link=${GO} unit="xa-ea-kao" lang="en" platform="desktop"></ispeed-qr-card>`,
    );
    await card.updateComplete;
    const expected = `${GO}?widget=qr-card&unit=xa-ea-kao&lang=en`;
    const svg = part(card, 'svg.qr') as unknown as SVGSVGElement;
    expect(await decodeOnScreen(svg), 'on screen').to.equal(expected);
    expect(await decodeInlineSvg(svg), 'inline').to.equal(expected);
    expect(await decodePng((await card.pngFile())!), 'PNG').to.equal(expected);
    expect(await decodeSvgText(card.svgFile()!), 'SVG').to.equal(expected);
    expect((part(card, '.target a') as HTMLAnchorElement).href).to.equal(expected);
    expect(new URL(card.posterUrl()!).searchParams.get('href')).to.equal(expected);
  });

  it('an explicitly set links-qr wins over the smart link', async () => {
    const card = await fixture<IspeedQrCard>(
      html`<ispeed-qr-card smart-link=${GO} links-qr="https://i-speed.vn/" unit="xa-ea-kao"></ispeed-qr-card>`,
    );
    await card.updateComplete;
    const decoded = await decodeInlineSvg(part(card, 'svg.qr') as unknown as SVGSVGElement);
    expect(decoded).to.equal(withAttribution('https://i-speed.vn/', { unit: 'xa-ea-kao', host: location.hostname }));
  });

  it("the banner's desktop dialog: the banner's own smart link", async () => {
    const banner = await fixture<Widget>(
      html`<ispeed-banner smart-link=${GO} platform="desktop" unit="xa-ea-kao"></ispeed-banner>`,
    );
    await banner.updateComplete;
    part(banner, 'button.cta').click();
    await waitUntil(
      () => banner.shadowRoot!.querySelector('dialog[open] ispeed-qr-card')?.shadowRoot?.querySelector('svg.qr'),
      'the dialog shows the code',
      { timeout: 8000 },
    );
    const card = banner.shadowRoot!.querySelector<IspeedQrCard>('ispeed-qr-card')!;
    await card.updateComplete;
    expect(await decodeOnScreen(part(card, 'svg.qr'))).to.equal(`${GO}?widget=banner&unit=xa-ea-kao&lang=vi`);
    (part(banner, 'dialog') as HTMLDialogElement).close();
  });

  for (const size of ['300x600', '160x600']) {
    it(`${size}: the tall banner's code decodes from the screen at its size, with a long address and unit`, async () => {
      const banner = await fixture<Widget>(
        html`<ispeed-banner size=${size} smart-link=${GO} platform="desktop" unit=${UNIT}></ispeed-banner>`,
      );
      await waitUntil(() => banner.shadowRoot!.querySelector('.code svg.qr'), 'the code is drawn', { timeout: 8000 });
      const svg = part(banner, '.code svg.qr');
      const expected = `${GO}?widget=banner&unit=${UNIT}&lang=vi`;
      expect(await decodeOnScreen(svg)).to.equal(expected);
      // The code the same banner drew before (the web link with the campaign parameters), for comparison.
      const before = withAttribution('https://speedtest.vn', { unit: UNIT, host: 'xaeakao.buonmathuot.daklak.gov.vn' });
      const withQuietZone = (url: string) => buildMatrix(url, 'L').size + 2 * QUIET_ZONE;
      const drawn = Number(svg.dataset.modules);
      expect(drawn).to.equal(withQuietZone(expected));
      const inner = svg.querySelector('svg')!.getBoundingClientRect().width;
      expect(inner % drawn, 'whole pixels per module').to.equal(0);
      // Kept in the test's output: the modules (with the quiet zone) and pixels per module.
      console.log(
        `${size}: ${withQuietZone(before)} modules before (${before.length} characters), ${drawn} now (${expected.length} characters), ${inner / drawn} px each`,
      );
      expect(drawn).to.be.at.most(withQuietZone(before));
    });
  }
});
