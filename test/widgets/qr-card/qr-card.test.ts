import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/npm/banner.js';
import '../../../src/npm/qr-card.js';
import type { IspeedQrCard } from '../../../src/widgets/qr-card/qr-card.js';
import { sharedState } from '../../../src/loader/shared-state.js';
import { captureWarnings } from '../../helpers/console.js';
import { part } from '../../helpers/shadow.js';
import { decodeInlineSvg, decodeOnScreen, decodePng, decodeSvgText } from '../../helpers/qr-decode.js';

async function card(template: ReturnType<typeof html>): Promise<IspeedQrCard> {
  const element = await fixture<IspeedQrCard>(template);
  await element.updateComplete;
  return element;
}

function expectedUrl(target: string, unit: string): string {
  const url = new URL(target);
  url.searchParams.set('utm_source', location.hostname);
  url.searchParams.set('utm_medium', 'ispeed-widget');
  url.searchParams.set('utm_campaign', 'ispeed');
  if (unit) url.searchParams.set('utm_content', unit);
  return url.href;
}

describe('<ispeed-qr-card>', () => {
  describe('the code scans', () => {
    for (const [size, theme, level] of [
      ['default', 'dark', 'H'],
      ['compact', 'brand', 'H'],
      ['poster', 'light', 'Q'],
      ['compact', 'light', 'M'],
    ]) {
      it(`on screen as painted: ${size}, ${theme} theme, level ${level}`, async () => {
        const element = await card(
          html`<ispeed-qr-card size=${size} theme=${theme} level=${level} unit="xa-ea-kao"></ispeed-qr-card>`,
        );
        expect(await decodeOnScreen(part(element, 'svg.qr'))).to.equal(
          expectedUrl('https://speedtest.vn', 'xa-ea-kao'),
        );
      });
    }

    for (const level of ['L', 'M', 'Q', 'H']) {
      it(`at level ${level}${level === 'H' ? ', with the centre mark' : ''}: inline, PNG and SVG all decode to the attributed link`, async () => {
        const element = await card(html`<ispeed-qr-card level=${level} unit="xa-ea-kao"></ispeed-qr-card>`);
        const expected = expectedUrl('https://speedtest.vn', 'xa-ea-kao');
        const svg = part(element, 'svg.qr') as unknown as SVGSVGElement;
        expect(svg.dataset.level).to.equal(level);
        expect(Boolean(svg.querySelector('.centre-mark'))).to.equal(level === 'H');
        expect(await decodeOnScreen(svg), 'on screen').to.equal(expected);
        expect(await decodeInlineSvg(svg), 'inline SVG').to.equal(expected);
        expect(await decodePng((await element.pngFile())!), 'PNG export').to.equal(expected);
        expect(await decodeSvgText(element.svgFile()!), 'SVG export').to.equal(expected);
      });
    }

    it("encodes a Department's own link given in href", async () => {
      const element = await card(html`<ispeed-qr-card href="https://i-speed.vn/tai-ung-dung"></ispeed-qr-card>`);
      const decoded = await decodeInlineSvg(part(element, 'svg.qr') as unknown as SVGSVGElement);
      expect(decoded).to.equal(expectedUrl('https://i-speed.vn/tai-ung-dung', ''));
    });

    it('draws crisp modules with a quiet zone of four', async () => {
      const element = await card(html`<ispeed-qr-card></ispeed-qr-card>`);
      const svg = part(element, 'svg.qr');
      expect(svg.getAttribute('shape-rendering')).to.equal('crispEdges');
      const [, , side] = svg.getAttribute('viewBox')!.split(' ').map(Number);
      const path = svg.querySelector('path')!.getAttribute('d')!;
      const xs = [...path.matchAll(/M(\d+) (\d+)/g)].map((match) => Number(match[1]));
      expect(Math.min(...xs)).to.equal(4);
      expect(side - 4 - 1).to.equal(Math.max(...[...path.matchAll(/M(\d+) (\d+)/g)].map((match) => Number(match[2]))));
    });
  });

  describe('exports', () => {
    it('saves a valid PNG at least 1024 px wide named after the unit', async () => {
      const element = await card(html`<ispeed-qr-card unit="xa-ea-kao"></ispeed-qr-card>`);
      const saved = new Promise<CustomEvent>((resolve) =>
        element.addEventListener('ispeed-download', (event) => {
          event.preventDefault();
          resolve(event as CustomEvent);
        }),
      );
      (element.shadowRoot!.querySelectorAll('.action')[0] as HTMLButtonElement).click();
      const { detail } = await saved;
      expect(detail.filename).to.equal('ispeed-qr-xa-ea-kao.png');
      const bytes = new Uint8Array(await detail.blob.arrayBuffer());
      expect([...bytes.slice(0, 8)]).to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const width = new DataView(bytes.buffer).getUint32(16);
      expect(width).to.be.at.least(1024);
      expect(await decodePng(detail.blob)).to.contain('utm_content=xa-ea-kao');
    });

    it('saves a standalone SVG that parses, with the caption and the code', async () => {
      const element = await card(html`<ispeed-qr-card unit-name="Xã Ea Kao"></ispeed-qr-card>`);
      const saved = new Promise<CustomEvent>((resolve) =>
        element.addEventListener('ispeed-download', (event) => {
          event.preventDefault();
          resolve(event as CustomEvent);
        }),
      );
      (element.shadowRoot!.querySelectorAll('.action')[1] as HTMLButtonElement).click();
      const { detail } = await saved;
      expect(detail.filename).to.equal('ispeed-qr.svg');
      expect(detail.blob.type).to.equal('image/svg+xml');
      const text = await detail.blob.text();
      const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(parsed.querySelector('parsererror')).to.equal(null);
      const words = [...parsed.querySelectorAll('text')].map((node) => node.textContent);
      expect(words).to.include('Quét mã QR để tải ứng dụng i-Speed');
      expect(words).to.include('Đơn vị: Xã Ea Kao');
      expect(await decodeSvgText(text)).to.equal(expectedUrl('https://speedtest.vn', ''));
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('lays the card out as a poster: large title, QR of at least 8 cm, steps, unit, no buttons', async () => {
      for (const paper of ['a4', 'a5']) {
        const element = await card(
          html`<ispeed-qr-card size="poster" paper=${paper} unit-name="Xã Ea Kao"></ispeed-qr-card>`,
        );
        await emulateMedia({ media: 'print' });
        const eightCm = (8 / 2.54) * 96;
        expect(part(element, '.qr').getBoundingClientRect().width, paper).to.be.at.least(eightCm - 0.5);
        expect(parseFloat(getComputedStyle(part(element, '.title')).fontSize)).to.be.at.least(28);
        expect(getComputedStyle(part(element, '.steps-block')).display).to.equal('block');
        expect(part(element, '.steps').textContent).to.contain('bật chế độ đo tự động');
        expect(part(element, '.unit-name').textContent).to.equal('Đơn vị: Xã Ea Kao');
        expect(getComputedStyle(part(element, '.actions')).display).to.equal('none');
        expect(getComputedStyle(part(element, '.stores')).display).to.equal('none');
        await emulateMedia({ media: 'screen' });
      }
    });

    it("opens the poster page with the card's settings from the Print button", async () => {
      // The poster page stands beside the smart link page (here dist/, as on the Department's host).
      const smartLink = new URL('/dist/go.html', location.href).href;
      const element = await card(
        html`<ispeed-qr-card
          unit="xa-ea-kao"
          unit-name="Xã Ea Kao"
          paper="a5"
          level="h"
          lang="en"
          smart-link=${smartLink}
        ></ispeed-qr-card>`,
      );
      const printed = new Promise<CustomEvent>((resolve) =>
        element.addEventListener('ispeed-print', (event) => {
          event.preventDefault();
          resolve(event as CustomEvent);
        }),
      );
      (element.shadowRoot!.querySelectorAll('.action')[2] as HTMLButtonElement).click();
      const url = new URL((await printed).detail.url);
      expect(url.pathname).to.equal('/dist/print.html');
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({
        widget: 'qr-card',
        // The code opens the smart link with the unit: the page credits the visit itself.
        href: `${smartLink}?widget=qr-card&unit=xa-ea-kao&lang=en`,
        level: 'H',
        paper: 'a5',
        lang: 'en',
        unit: 'xa-ea-kao',
        'unit-name': 'Xã Ea Kao',
      });
    });

    describe('from a public CDN, which sends print.html as plain text', () => {
      const state = sharedState();
      let scriptBase: string | undefined;
      let open: typeof window.open;
      let opened: unknown[][];
      beforeEach(() => {
        scriptBase = state.scriptBase;
        state.scriptBase = 'https://cdn.jsdelivr.net/npm/ispeed-widgets@0.1.0/dist/';
        open = window.open;
        opened = [];
        window.open = (...args: unknown[]) => {
          opened.push(args);
          return null;
        };
      });
      afterEach(() => {
        state.scriptBase = scriptBase;
        window.open = open;
      });

      for (const host of ['cdn.jsdelivr.net', 'unpkg.com']) {
        it(`opens no poster page from ${host}`, async () => {
          state.scriptBase = `https://${host}/ispeed-widgets@0.1.0/dist/`;
          const element = await card(html`<ispeed-qr-card unit="xa-ea-kao"></ispeed-qr-card>`);
          expect(element.posterUrl()).to.equal(undefined);
        });
      }

      it('prints the poster in place: its own frame, the same poster, the paper asked for', async () => {
        const element = await card(
          html`<ispeed-qr-card unit="xa-ea-kao" unit-name="Xã Ea Kao" paper="a5" lang="en"></ispeed-qr-card>`,
        );
        const event = new Promise<CustomEvent>((resolve) =>
          element.addEventListener('ispeed-print', (printing) => resolve(printing as CustomEvent), { once: true }),
        );
        // The frame's print() comes a frame after it is drawn: listen as soon as the frame is there.
        const printed = new Promise<HTMLIFrameElement>((resolve) => {
          const observer = new MutationObserver(() => {
            const frame = element.shadowRoot!.querySelector<HTMLIFrameElement>('iframe.print-frame');
            if (!frame) return;
            observer.disconnect();
            frame.contentWindow!.addEventListener('beforeprint', () => resolve(frame), { once: true });
          });
          observer.observe(element.shadowRoot!, { childList: true });
        });
        (element.shadowRoot!.querySelectorAll('.action')[2] as HTMLButtonElement).click();
        expect((await event).detail.url).to.equal(undefined);
        const frame = await printed;
        expect(opened, 'no page opened').to.deep.equal([]);
        expect(frame.getBoundingClientRect().width, 'never seen').to.equal(0);
        const doc = frame.contentDocument!;
        expect(doc.documentElement.lang).to.equal('en');
        expect(doc.title).to.equal('Measure your Internet speed with i-Speed');
        const page = [...doc.adoptedStyleSheets[0].cssRules].find((rule) => rule.constructor.name === 'CSSPageRule');
        expect((page as CSSPageRule).style.getPropertyValue('size')).to.equal('a5');
        const poster = doc.body.firstElementChild!.shadowRoot!;
        expect(poster.querySelector('.size-poster.paper-a5')).to.not.equal(null);
        expect(poster.querySelector('.unit-name')!.textContent).to.equal('Unit: Xã Ea Kao');
        expect(poster.querySelector('.actions')).to.equal(null);
        const code = poster.querySelector<SVGSVGElement>('svg.qr')!;
        expect(await decodeInlineSvg(code)).to.equal(expectedUrl('https://speedtest.vn', 'xa-ea-kao'));
        // Printed, the poster in the frame is laid out as print.html lays it out: a code of 8 cm on A5.
        await emulateMedia({ media: 'print' });
        const eightCm = (8 / 2.54) * 96;
        expect(code.getBoundingClientRect().width).to.be.closeTo(eightCm, 0.5);
        expect(getComputedStyle(poster.querySelector('.steps-block')!).display).to.equal('block');
      });
    });

    it('prints any other card as it is, without its buttons, so a printed portal page keeps its layout', async () => {
      const element = await card(html`<ispeed-qr-card size="compact"></ispeed-qr-card>`);
      const before = part(element, '.qr').getBoundingClientRect().width;
      await emulateMedia({ media: 'print' });
      expect(part(element, '.qr').getBoundingClientRect().width).to.equal(before);
      expect(getComputedStyle(part(element, '.steps-block')).display).to.equal('none');
      expect(getComputedStyle(part(element, '.actions')).display).to.equal('none');
    });

    it('hides the actions with actions="none"', async () => {
      const element = await card(html`<ispeed-qr-card actions="none"></ispeed-qr-card>`);
      expect(element.shadowRoot!.querySelector('.actions')).to.equal(null);
    });
  });

  describe('layout by device', () => {
    it('on a desktop leads with the code', async () => {
      const element = await card(html`<ispeed-qr-card platform="desktop"></ispeed-qr-card>`);
      expect(part(element, '.code').getBoundingClientRect().top).to.be.lessThan(
        part(element, '.stores').getBoundingClientRect().top,
      );
      const side = part(element, '.qr').getBoundingClientRect().width;
      expect(side).to.be.within(180, 250);
      const modules = Number(part(element, '.qr').getAttribute('viewBox')!.split(' ')[2]);
      expect(side % modules, 'whole pixels per module').to.equal(0);
    });

    for (const platform of ['android', 'ios'] as const) {
      it(`on ${platform} leads with that phone's store button, and the code is smaller`, async () => {
        const element = await card(html`<ispeed-qr-card platform=${platform} unit="u"></ispeed-qr-card>`);
        const first = element.shadowRoot!.querySelector('.store') as HTMLAnchorElement;
        expect(first.classList.contains('mine')).to.equal(true);
        expect(
          first.href.startsWith(platform === 'android' ? 'https://play.google.com/' : 'https://speedtest.vn/'),
        ).to.equal(true);
        expect(first.textContent).to.contain(platform === 'android' ? 'Android' : 'iPhone');
        expect(part(element, '.stores').getBoundingClientRect().top).to.be.lessThan(
          part(element, '.code').getBoundingClientRect().top,
        );
        expect(part(element, '.qr').getBoundingClientRect().width).to.be.lessThan(180);
      });
    }

    it('fits a 300 px sidebar when compact', async () => {
      const wrapper = await fixture(
        html`<div style="width: 300px"><ispeed-qr-card size="compact" lang="en"></ispeed-qr-card></div>`,
      );
      const element = wrapper.querySelector('ispeed-qr-card')!;
      await element.updateComplete;
      const frame = part(element, '.frame').getBoundingClientRect();
      expect(frame.width).to.be.at.most(300);
      for (const piece of element.shadowRoot!.querySelectorAll('.title, .qr, .caption, .target, .store, .action')) {
        const box = piece.getBoundingClientRect();
        expect(box.left >= frame.left && box.right <= frame.right + 0.5, piece.className.toString()).to.equal(true);
      }
    });

    it('frame="none" leaves the frame and the title to its container, and sets the code beside the steps where there is room', async () => {
      const wrapper = await fixture(
        html`<div style="width: 660px"><ispeed-qr-card frame="none" platform="desktop" actions="none"></ispeed-qr-card></div>`,
      );
      const element = wrapper.querySelector('ispeed-qr-card')!;
      await element.updateComplete;
      const frame = getComputedStyle(part(element, '.frame'));
      expect([frame.borderTopWidth, frame.paddingTop]).to.deep.equal(['0px', '0px']);
      expect(element.shadowRoot!.querySelector('.title, h2'), 'no title of its own').to.equal(null);
      const side = part(element, '.qr').getBoundingClientRect().width;
      expect(side, 'at least 240 px on a desktop').to.be.at.least(240);
      expect(
        side % Number(part(element, '.qr').getAttribute('viewBox')!.split(' ')[2]),
        'whole pixels per module',
      ).to.equal(0);
      const code = part(element, '.code').getBoundingClientRect();
      const how = part(element, '.how').getBoundingClientRect();
      expect(how.left, 'the steps beside the code').to.be.at.least(code.right);
      expect(element.shadowRoot!.querySelectorAll('.steps li')).to.have.length(3);
      expect(element.shadowRoot!.querySelector('.steps-title'), 'the steps need no second title').to.equal(null);

      (wrapper as HTMLElement).style.width = '340px';
      await waitUntil(
        () =>
          part(element, '.how').getBoundingClientRect().top >= part(element, '.code').getBoundingClientRect().bottom,
        'narrow: the steps go under the code',
      );
      expect(part(element, '.frame').getBoundingClientRect().width).to.be.at.most(340);
    });

    it('a poster is always framed, with its title', async () => {
      const element = await card(html`<ispeed-qr-card frame="none" size="poster"></ispeed-qr-card>`);
      expect(part(element, '.title').textContent).to.contain('i-Speed');
      expect(part(element, '.frame').classList.contains('frameless')).to.equal(false);
    });

    it('names the code by what it opens, and shows the link as text', async () => {
      const element = await card(html`<ispeed-qr-card></ispeed-qr-card>`);
      expect(part(element, '.qr').getAttribute('role')).to.equal('img');
      expect(part(element, '.qr').getAttribute('aria-label')).to.equal('Mã QR mở trang speedtest.vn');
      expect(part(element, '.target a').textContent).to.contain('speedtest.vn');
    });
  });

  describe('bad input', () => {
    it('refuses a javascript: or empty href and encodes the default link', async () => {
      for (const href of ['javascript:alert(1)', '', 'ftp://example.com']) {
        let element!: IspeedQrCard;
        const warnings = await captureWarnings(async () => {
          element = await card(html`<ispeed-qr-card href=${href}></ispeed-qr-card>`);
        });
        expect(warnings.length, href).to.be.at.least(1);
        expect(await decodeInlineSvg(part(element, 'svg.qr') as unknown as SVGSVGElement)).to.equal(
          expectedUrl('https://speedtest.vn', ''),
        );
      }
    });

    it('shows the plain link without a code when the link is too long for a QR code', async () => {
      const long = `https://speedtest.vn/?${'x'.repeat(1500)}`;
      let element!: IspeedQrCard;
      const warnings = await captureWarnings(async () => {
        element = await card(html`<ispeed-qr-card level="H" href=${long}></ispeed-qr-card>`);
      });
      expect(element.shadowRoot!.querySelector('svg.qr')).to.equal(null);
      expect(part(element, '.no-code').textContent).to.contain('Không tạo được mã QR');
      expect((part(element, '.target a') as HTMLAnchorElement).href.startsWith(long)).to.equal(true);
      expect(warnings.join('\n')).to.contain('too long for a QR code at level H');
      expect((element.shadowRoot!.querySelectorAll('.action')[0] as HTMLButtonElement).disabled).to.equal(true);
    });

    it('falls back to level M and the default size for unknown values', async () => {
      let element!: IspeedQrCard;
      const warnings = await captureWarnings(async () => {
        element = await card(
          html`<ispeed-qr-card level="Z" size="huge" paper="letter" frame="borderless"></ispeed-qr-card>`,
        );
      });
      expect(part(element, '.qr').dataset.level).to.equal('M');
      expect(part(element, '.frame').className)
        .to.contain('size-default')
        .and.contain('paper-a4')
        .and.not.contain('frameless');
      expect(part(element, '.title')).to.not.equal(null);
      expect(warnings.join('\n'))
        .to.contain('"Z"')
        .and.contain('"huge"')
        .and.contain('"letter"')
        .and.contain('<ispeed-qr-card frame>: unknown value "borderless"');
    });
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['vi', 'en']) {
      for (const size of ['default', 'compact', 'poster']) {
        it(`${size} in ${lang}`, async () => {
          const element = await card(
            html`<ispeed-qr-card size=${size} lang=${lang} unit-name="Xã Ea Kao"></ispeed-qr-card>`,
          );
          await expect(element).to.be.accessible();
        });
      }
      it(`frame="none" in ${lang}`, async () => {
        const element = await card(
          html`<ispeed-qr-card frame="none" lang=${lang} platform="desktop"></ispeed-qr-card>`,
        );
        await expect(element).to.be.accessible();
      });
    }
  });
});

describe('<ispeed-banner> on a desktop', () => {
  it('opens the QR code in a modal dialog; Escape and the close button return focus', async () => {
    const banner = await fixture(html`<ispeed-banner platform="desktop" unit="xa-ea-kao"></ispeed-banner>`);
    const cta = part(banner, 'button.cta');
    expect(cta.getAttribute('aria-haspopup')).to.equal('dialog');
    cta.focus();
    cta.click();
    await waitUntil(() => banner.shadowRoot!.querySelector('dialog[open]'), 'the dialog opens');
    const dialog = banner.shadowRoot!.querySelector('dialog')!;
    expect(banner.shadowRoot!.activeElement).to.equal(dialog.querySelector('.close'));
    const qrCard = dialog.querySelector('ispeed-qr-card')!;
    await qrCard.updateComplete;
    expect(await decodeInlineSvg(part(qrCard, 'svg.qr') as unknown as SVGSVGElement)).to.contain(
      'utm_content=xa-ea-kao',
    );
    await expect(banner).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape closes');
    expect(banner.shadowRoot!.activeElement).to.equal(cta);

    cta.click();
    await waitUntil(() => dialog.open, 'opens again');
    (dialog.querySelector('.close') as HTMLButtonElement).click();
    await waitUntil(() => !dialog.open, 'the close button closes');
    expect(banner.shadowRoot!.activeElement).to.equal(cta);
  });

  it('stays open on a click inside it, and closes on a click on the backdrop', async () => {
    const banner = await fixture(html`<ispeed-banner platform="desktop"></ispeed-banner>`);
    part(banner, 'button.cta').click();
    await waitUntil(() => banner.shadowRoot!.querySelector('dialog[open] ispeed-qr-card'), 'the dialog opens');
    const dialog = banner.shadowRoot!.querySelector('dialog')!;
    const box = dialog.getBoundingClientRect();
    const { sendMouse } = await import('@web/test-runner-commands');
    await sendMouse({ type: 'click', position: [Math.round(box.left + 5), Math.round(box.top + 5)] });
    expect(dialog.open, 'a click in the corner of the dialog keeps it open').to.equal(true);
    await sendMouse({ type: 'click', position: [5, 5] });
    await waitUntil(() => !dialog.open, 'a click on the backdrop closes it');
  });

  it("speaks the page's language in the dialog", async () => {
    const banner = await fixture(html`<ispeed-banner platform="desktop" lang="en"></ispeed-banner>`);
    part(banner, 'button.cta').click();
    await waitUntil(() => banner.shadowRoot!.querySelector('dialog[open]'), 'the dialog opens');
    const dialog = banner.shadowRoot!.querySelector('dialog')!;
    expect(dialog.querySelector('.dialog-title')!.textContent).to.equal('Get the i-Speed app on your phone');
    const qrCard = dialog.querySelector('ispeed-qr-card')!;
    await qrCard.updateComplete;
    expect(part(qrCard, '.caption').textContent!.trim()).to.equal('Scan the QR code to get the i-Speed app');
    expect(part(qrCard, '.steps li').textContent).to.equal("Open your phone's camera and scan the QR code");
    dialog.close();
  });
});
