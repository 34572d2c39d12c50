/**
 * The desktop QR dialog that the banner, guide and progress widget open:
 * one frame, one title on one line, a code of 240 px or more that scans as
 * painted, and a layout that holds at 320 px, under text spacing and 200% text.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/npm/banner.js';
import '../../src/npm/guide.js';
import '../../src/npm/progress.js';
import '../../src/npm/qr-card.js';
import type { IspeedQrCard } from '../../src/widgets/qr-card/qr-card.js';
import { isInside } from '../helpers/layout.js';
import { decodeOnScreen } from '../helpers/qr-decode.js';
import { applyTextSpacing as spaceText, doubleText as enlarge } from '../helpers/reader-styles.js';
import { part } from '../helpers/shadow.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

interface OpenDialog {
  dialog: HTMLDialogElement;
  title: HTMLElement;
  card: IspeedQrCard;
  code: SVGSVGElement;
}

/** Opens the widget's dialog and waits until its card has drawn the code. */
async function openDialog(template: ReturnType<typeof html>): Promise<OpenDialog> {
  const widget = await fixture<Widget>(template);
  await widget.updateComplete;
  part(widget, 'button.cta').click();
  await waitUntil(
    () => widget.shadowRoot!.querySelector('dialog[open] ispeed-qr-card')?.shadowRoot?.querySelector('svg.qr'),
    'the dialog shows the code',
    {
      timeout: 8000,
    },
  );
  const dialog = widget.shadowRoot!.querySelector<HTMLDialogElement>('dialog.qr-dialog')!;
  const card = dialog.querySelector<IspeedQrCard>('ispeed-qr-card')!;
  await card.updateComplete;
  return {
    dialog,
    title: dialog.querySelector<HTMLElement>('.dialog-title')!,
    card,
    code: part(card, 'svg.qr') as unknown as SVGSVGElement,
  };
}

/** Every element the dialog shows, through the card's shadow root. */
function inside(dialog: HTMLDialogElement): Element[] {
  const all: Element[] = [];
  const walk = (root: Element | ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      all.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(dialog);
  return all.filter((element) => element.getClientRects().length > 0 && !element.closest('svg, .visually-hidden'));
}

function expectedUrl(unit: string): string {
  const url = new URL('https://speedtest.vn');
  url.searchParams.set('utm_source', location.hostname);
  url.searchParams.set('utm_medium', 'ispeed-widget');
  url.searchParams.set('utm_campaign', 'ispeed');
  url.searchParams.set('utm_content', unit);
  return url.href;
}

const modules = (code: SVGSVGElement) => code.viewBox.baseVal.width;

describe('the QR dialog', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('on a 1280x900 desktop', () => {
    beforeEach(() => setViewport({ width: 1280, height: 900 }));

    for (const lang of ['vi', 'en']) {
      it(`${lang}: one frame, one title on one line, a code of 240 px or more that scans as painted`, async () => {
        const { dialog, title, card, code } = await openDialog(
          html`<ispeed-banner platform="desktop" lang=${lang} unit="xa-ea-kao"></ispeed-banner>`,
        );
        expect(parseFloat(getComputedStyle(title).lineHeight), 'a line box').to.be.greaterThan(20);
        expect(title.getBoundingClientRect().height, 'the title is one line').to.be.closeTo(
          parseFloat(getComputedStyle(title).lineHeight),
          1,
        );

        const side = code.getBoundingClientRect().width;
        expect(side, 'the code on screen').to.be.at.least(240);
        expect(side % modules(code), 'whole pixels per module').to.equal(0);
        expect(await decodeOnScreen(code)).to.equal(expectedUrl('xa-ea-kao'));

        // The dialog's title is a heading, as a modal dialog's is; the card inside adds none of its own.
        expect(title.localName, "the dialog's title is a heading").to.equal('h2');
        const elements = inside(dialog);
        const headings = elements.filter(
          (element) =>
            element !== title &&
            (/^h[1-6]$/.test(element.localName) ||
              element.getAttribute('role') === 'heading' ||
              element.matches('.title')),
        );
        expect(
          headings.map((element) => element.textContent),
          'no heading of the card inside the dialog',
        ).to.deep.equal([]);
        // Title-sized text: only the dialog's own title.
        const titleSize = parseFloat(getComputedStyle(title).fontSize);
        const large = elements.filter(
          (element) =>
            element.closest('.dialog-title') === null &&
            [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()),
        );
        for (const element of large)
          expect(
            parseFloat(getComputedStyle(element).fontSize),
            `"${element.textContent!.trim().slice(0, 30)}" is smaller than the title`,
          ).to.be.lessThan(titleSize);
        for (const element of elements) {
          const style = getComputedStyle(element);
          const edges = ['Top', 'Right', 'Bottom', 'Left'].map((side) =>
            parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)),
          );
          expect(edges, `${element.localName}.${element.getAttribute('class')} draws no border`).to.deep.equal([
            0, 0, 0, 0,
          ]);
        }

        const box = dialog.getBoundingClientRect();
        expect(box.width, 'the dialog keeps to a readable width').to.be.within(560, 760);
        expect(isInside(box, new DOMRect(0, 0, 1280, 900)), 'the dialog fits the screen').to.equal(true);
        // What a visitor needs: the caption, the steps, the link as text, both stores.
        expect(part(card, '.caption').textContent!.trim()).to.not.equal('');
        expect(card.shadowRoot!.querySelectorAll('.steps li')).to.have.length(3);
        expect(part(card, '.target a').getAttribute('href')).to.equal(expectedUrl('xa-ea-kao'));
        expect(card.shadowRoot!.querySelectorAll('.stores a')).to.have.length(2);
        dialog.close();
      });
    }

    for (const theme of ['dark', 'brand', 'auto']) {
      it(`${theme} theme: the dialog and its card share one background, and the code scans`, async () => {
        await emulateMedia({ colorScheme: 'dark' });
        try {
          const { dialog, card, code } = await openDialog(
            html`<ispeed-banner platform="desktop" theme=${theme} unit="xa-ea-kao"></ispeed-banner>`,
          );
          expect(getComputedStyle(part(card, '.frame')).backgroundColor).to.equal(
            getComputedStyle(dialog).backgroundColor,
          );
          expect(getComputedStyle(dialog).backgroundColor, 'not the light palette').to.not.equal('rgb(255, 255, 255)');
          expect(await decodeOnScreen(code)).to.equal(expectedUrl('xa-ea-kao'));
          dialog.close();
        } finally {
          await emulateMedia({ colorScheme: 'light' });
        }
      });
    }

    it('in forced colours the code still scans and the dialog keeps an edge', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        const { dialog, code } = await openDialog(
          html`<ispeed-banner platform="desktop" unit="xa-ea-kao"></ispeed-banner>`,
        );
        expect(parseFloat(getComputedStyle(dialog).borderTopWidth)).to.be.at.least(1);
        expect(await decodeOnScreen(code)).to.equal(expectedUrl('xa-ea-kao'));
        dialog.close();
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('the guide and the progress widget open the same frameless card', async () => {
      for (const template of [
        html`<ispeed-guide platform="desktop"></ispeed-guide>`,
        html`<ispeed-progress platform="desktop" src="/test/fixtures/progress/thang-11.json" unit="xa-ea-kao"></ispeed-progress>`,
      ]) {
        const { dialog, card, code } = await openDialog(template);
        expect(card.getAttribute('frame')).to.equal('none');
        expect(card.shadowRoot!.querySelector('.title')).to.equal(null);
        expect(code.getBoundingClientRect().width).to.be.at.least(240);
        dialog.close();
      }
    });
  });

  describe('in a small window and with larger text', () => {
    /** The WCAG 1.4.12 overrides and doubled font sizes, in both shadow roots, as a reader's style sheet would give them. */
    function enlargeText(roots: ShadowRoot[]): void {
      for (const root of roots) {
        spaceText(root);
        enlarge(root);
      }
    }

    function expectNothingCutOff(dialog: HTMLDialogElement, label: string): void {
      const frame = dialog.getBoundingClientRect();
      expect(
        frame.left >= 0 && frame.right <= innerWidth && frame.top >= 0 && frame.bottom <= innerHeight,
        `${label}: the dialog fits the window`,
      ).to.equal(true);
      // Innermost first, so a failure names the part that overflows rather than its container.
      for (const element of inside(dialog).reverse()) {
        const box = element.getBoundingClientRect();
        const name = `${label}: ${element.localName}.${element.getAttribute('class')} "${(element.textContent ?? '').trim().slice(0, 24)}"`;
        expect(
          box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5,
          `${name} stays inside the dialog`,
        ).to.equal(true);
        if (getComputedStyle(element).display !== 'inline')
          expect(element.scrollWidth, `${name}: no text cut off at the side`).to.be.at.most(element.clientWidth + 1);
      }
      expect(dialog.scrollWidth, `${label}: no sideways scrolling`).to.be.at.most(dialog.clientWidth + 1);
      if (dialog.scrollHeight > dialog.clientHeight + 1)
        expect(getComputedStyle(dialog).overflowY, `${label}: taller than the window, it scrolls`).to.equal('auto');
    }

    for (const lang of ['vi', 'en']) {
      it(`${lang} at 320x640: fits the window, scrolls if it must, the close button reachable`, async () => {
        await setViewport({ width: 320, height: 640 });
        const { dialog, card, code } = await openDialog(
          html`<ispeed-banner platform="desktop" lang=${lang} unit="xa-ea-kao"></ispeed-banner>`,
        );
        expectNothingCutOff(dialog, `${lang}, 320 px`);
        const close = dialog.querySelector<HTMLElement>('.close')!;
        expect(
          dialog.getRootNode() instanceof ShadowRoot && (dialog.getRootNode() as ShadowRoot).activeElement,
        ).to.equal(close);
        const closeBox = close.getBoundingClientRect();
        expect([closeBox.width, closeBox.height]).to.deep.equal([36, 36]);
        expect(
          isInside(closeBox, dialog.getBoundingClientRect()),
          'the close button shows when the dialog opens',
        ).to.equal(true);
        expect(code.getBoundingClientRect().width % modules(code), 'still whole pixels per module').to.equal(0);
        // Scrolled to its end, the last store link comes into view.
        dialog.scrollTop = dialog.scrollHeight;
        const stores = [...card.shadowRoot!.querySelectorAll('.stores a')];
        expect(isInside(stores.at(-1)!.getBoundingClientRect(), dialog.getBoundingClientRect())).to.equal(true);
        dialog.close();
      });

      for (const [width, height] of [
        [1280, 900],
        [320, 640],
      ]) {
        it(`${lang} at ${width}x${height} with text spacing and 200% text: nothing cut off`, async () => {
          await setViewport({ width, height });
          const { dialog, card } = await openDialog(
            html`<ispeed-banner platform="desktop" lang=${lang} unit="xa-ea-kao"></ispeed-banner>`,
          );
          enlargeText([dialog.getRootNode() as ShadowRoot, card.shadowRoot!]);
          expectNothingCutOff(dialog, `${lang}, ${width} px, larger text`);
          dialog.close();
        });
      }
    }
  });
});
