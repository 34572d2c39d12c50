import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { composite, contrast } from '../../helpers/colour.js';
import { closePages, openPage, type FrameWindow } from '../../helpers/frame.js';
import { isInside, overlaps } from '../../helpers/layout.js';
import { applyTextSpacing, doubleText } from '../../helpers/reader-styles.js';

/**
 * The sticky bar on a phone page of 30 links that does nothing to make room
 * for it (WCAG 2.4.11 Focus Not Obscured, 2.4.3 Focus Order).
 */
const PAGE = '/test/pages/sticky-links.html';

async function stickyPage(
  width: number,
  lang: string,
  height = 640,
): Promise<{ win: FrameWindow; banner: HTMLElement }> {
  const win = await openPage(PAGE, width, height);
  const banner = win.document.querySelector<HTMLElement>('ispeed-banner')!;
  banner.setAttribute('lang', lang);
  await waitUntil(
    () => banner.shadowRoot?.querySelector('.frame.sticky .cta')?.closest('[lang]')?.getAttribute('lang') === lang,
    'the bar renders',
    {
      timeout: 8000,
    },
  );
  return { win, banner };
}

const openBar = (banner: HTMLElement) => banner.shadowRoot!.querySelector<HTMLElement>('.frame.sticky');
const tab = (banner: HTMLElement) => banner.shadowRoot!.querySelector<HTMLElement>('.expand');

/** How the bar hides a focused page element: not at all, partly, or entirely. */
function obscured(banner: HTMLElement, element: Element): 'no' | 'partly' | 'entirely' {
  const box = element.getBoundingClientRect();
  const bar = openBar(banner);
  if (bar) {
    const barBox = bar.getBoundingClientRect();
    if (isInside(box, barBox)) return 'entirely';
    return overlaps(box, barBox) ? 'partly' : 'no';
  }
  const small = tab(banner);
  if (small && isInside(box, small.getBoundingClientRect())) return 'entirely';
  return 'no';
}

describe('<ispeed-banner variant="sticky"> and focus', () => {
  afterEach(closePages);

  for (const width of [320, 390]) {
    for (const lang of ['vi', 'en']) {
      it(`at ${width} px in ${lang}: is at most 72 px tall, and Tab through 30 links never ends behind it`, async function () {
        // About 35 real key presses: give a busy machine room (a guard, not a timing check).
        this.timeout(40000);
        const { win, banner } = await stickyPage(width, lang);
        const bar = openBar(banner)!;
        expect(bar.getBoundingClientRect().height, 'the open bar').to.be.at.most(72);
        expect(bar.getBoundingClientRect().width).to.equal(width);

        win.focus();
        const links = [...win.document.querySelectorAll('a')];
        const reached = new Set<Element>();
        let collapsed = 0;
        for (let press = 0; press < links.length + 4 && reached.size < links.length; press++) {
          await sendKeys({ press: 'Tab' });
          const active = win.document.activeElement!;
          if (active === banner || active.localName !== 'a') continue;
          reached.add(active);
          // The bar reacts to the focus and to the browser's scroll into view: wait until it has.
          await waitUntil(() => obscured(banner, active) === 'no', `${active.id} clear of the bar`, { timeout: 5000 });
          const box = active.getBoundingClientRect();
          expect(box.bottom, `${active.id} is on screen`).to.be.at.most(win.innerHeight + 0.5);
          if (!openBar(banner)) collapsed++;
        }
        expect(reached.size, 'every link was reached').to.equal(links.length);
        expect(collapsed, 'the bar stepped aside for the links it would cover').to.be.greaterThan(0);
        expect(win.__record.errors).to.deep.equal([]);
      });
    }
  }

  // Phones' fonts differ; DejaVu Sans (common on Linux) is among the widest.
  for (const font of ['DejaVu Sans', 'Liberation Sans', 'Noto Sans']) {
    it(`stays at most 72 px tall at 320 px in ${font}, in both languages`, async () => {
      for (const lang of ['vi', 'en']) {
        const { banner } = await stickyPage(320, lang);
        banner.style.setProperty('--ispeed-font-family', `'${font}'`);
        const bar = openBar(banner)!;
        expect(getComputedStyle(bar.querySelector('.headline')!).fontFamily).to.contain(font);
        expect(bar.getBoundingClientRect().height, `${font}, ${lang}`).to.be.at.most(72);
        closePages();
      }
    });
  }

  it('collapses for a covered link and opens again when focus moves somewhere clear', async () => {
    const { win, banner } = await stickyPage(320, 'vi');
    const barTop = openBar(banner)!.getBoundingClientRect().top;
    // A link partly under the bar, without scrolling: the visitor's focus must win.
    const covered = [...win.document.querySelectorAll('a')].find((link) => {
      const box = link.getBoundingClientRect();
      return box.bottom > barTop && box.top < win.innerHeight;
    })!;
    covered.focus({ preventScroll: true });
    await waitUntil(() => tab(banner), 'the bar collapses to a tab', { timeout: 5000 });
    expect(openBar(banner)).to.equal(null);
    expect(tab(banner)!.getAttribute('aria-label')).to.equal('Mở thanh giới thiệu i-Speed');
    const tabBox = tab(banner)!.getBoundingClientRect();
    expect(tabBox.width * tabBox.height, 'a small tab').to.be.at.most(56 * 56);

    win.document.getElementById('l1')!.focus();
    await waitUntil(() => openBar(banner), 'the bar opens again', { timeout: 5000 });
  });

  it('collapses with Escape, keeps focus on its tab, and the tab opens it again', async () => {
    const { win, banner } = await stickyPage(320, 'en');
    win.focus();
    banner.shadowRoot!.querySelector<HTMLElement>('.cta')!.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => tab(banner), 'Escape collapses the bar', { timeout: 5000 });
    await waitUntil(() => banner.shadowRoot!.activeElement === tab(banner), 'focus stays on the bar, on its tab', {
      timeout: 5000,
    });
    expect(tab(banner)!.getAttribute('aria-label')).to.equal('Show the i-Speed bar');

    // Collapsed by Escape, it stays so while the visitor moves around the page.
    win.document.getElementById('l1')!.focus();
    expect(openBar(banner)).to.equal(null);

    tab(banner)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => openBar(banner), 'the tab opens the bar', { timeout: 5000 });
    await waitUntil(
      () => banner.shadowRoot!.activeElement?.classList.contains('cta'),
      'focus moves to the call to action',
      { timeout: 5000 },
    );
  });

  it('Escape on the page collapses it too', async () => {
    const { win, banner } = await stickyPage(390, 'vi');
    win.focus();
    win.document.getElementById('l1')!.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => tab(banner), 'Escape collapses the bar', { timeout: 5000 });
    expect(win.document.activeElement!.id, 'page focus stays where it was').to.equal('l1');
  });

  it('closing returns focus to where the visitor was on the page', async () => {
    const { win, banner } = await stickyPage(390, 'vi');
    win.focus();
    win.document.getElementById('l3')!.focus();
    banner.shadowRoot!.querySelector<HTMLElement>('.close')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !banner.shadowRoot!.querySelector('.frame'), 'the bar closes', { timeout: 5000 });
    expect(win.document.activeElement!.id).to.equal('l3');
  });

  it('closing, with no earlier page focus, moves focus to the next element after the bar, and Tab goes on from there', async () => {
    const { win, banner } = await stickyPage(320, 'en');
    win.focus();
    banner.shadowRoot!.querySelector<HTMLElement>('.close')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !banner.shadowRoot!.querySelector('.frame'), 'the bar closes', { timeout: 5000 });
    expect(win.document.activeElement, 'never <body>').to.not.equal(win.document.body);
    expect(win.document.activeElement!.id).to.equal('l21');
    await sendKeys({ press: 'Tab' });
    expect(win.document.activeElement!.id, 'not back at the top of the page').to.equal('l22');
  });

  /** Three buttons in a component's open shadow root, fixed at the bottom, the lowest under the tab's corner too. */
  function shadowButtons(win: FrameWindow): HTMLButtonElement[] {
    const host = win.document.createElement('div');
    host.style.cssText = 'position: fixed; left: 0; right: 0; bottom: 0; z-index: 1';
    const root = host.attachShadow({ mode: 'open' });
    const labels = ['In áp phích', 'Lưu ảnh PNG', 'Lưu ảnh SVG'];
    const buttons = labels.map((label) => {
      const button = win.document.createElement('button');
      button.textContent = label;
      button.style.cssText = 'display: block; width: 100%; height: 40px; margin: 0';
      return button;
    });
    root.append(...buttons);
    win.document.querySelector('main')!.append(host);
    return buttons;
  }

  const onScreen = (box: DOMRect, win: FrameWindow) =>
    box.bottom > 0 && box.top < win.innerHeight && box.right > 0 && box.left < win.innerWidth;

  it('390x844: sees focus move between controls inside another component, and never covers them', async () => {
    const { win, banner } = await stickyPage(390, 'vi', 844);
    const [print, png, svg] = shadowButtons(win);
    const barTop = () => openBar(banner)!.getBoundingClientRect().top;
    expect(print.getBoundingClientRect().bottom, 'the first is clear of the bar').to.be.at.most(barTop());
    win.focus();
    print.focus();
    expect(openBar(banner), 'the bar stays open for a clear focus').to.not.equal(null);
    // Tab inside the same shadow root: no focus event reaches the document.
    await sendKeys({ press: 'Tab' });
    expect(png.getRootNode() === (win.document.activeElement!.shadowRoot as Node)).to.equal(true);
    await waitUntil(() => !openBar(banner), '"Lưu ảnh PNG" under the bar: it folds', { timeout: 5000 });
    await sendKeys({ press: 'Tab' });
    // The lowest button spans the screen, both corners: the tab folds out of sight.
    await waitUntil(
      () =>
        !onScreen(tab(banner)!.getBoundingClientRect(), win) ||
        !overlaps(tab(banner)!.getBoundingClientRect(), svg.getBoundingClientRect()),
      '"Lưu ảnh SVG" is not under the tab',
      { timeout: 5000 },
    );
    expect(overlaps(tab(banner)!.getBoundingClientRect(), svg.getBoundingClientRect())).to.equal(false);
    // Back to a clear place: the bar opens again.
    win.document.getElementById('l1')!.focus();
    await waitUntil(() => openBar(banner), 'the bar opens again', { timeout: 5000 });
    expect(win.__record.errors).to.deep.equal([]);
  });

  it('folded, the tab moves off a fixed "back to top" button in its corner when that has focus', async () => {
    const { win, banner } = await stickyPage(390, 'vi', 844);
    const top = win.document.createElement('a');
    top.href = '#l1';
    top.textContent = '↑';
    top.setAttribute('aria-label', 'Lên đầu trang');
    top.style.cssText =
      'position: fixed; right: 12px; bottom: 12px; width: 44px; height: 44px; display: grid; place-items: center; background: #c00; color: #fff';
    win.document.body.append(top);
    win.focus();
    win.document.getElementById('l1')!.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => tab(banner), 'Escape folds the bar', { timeout: 5000 });
    const corner = tab(banner)!.getBoundingClientRect();
    expect(overlaps(corner, top.getBoundingClientRect()), 'the tab sits on the button').to.equal(true);

    top.focus();
    await waitUntil(
      () => !overlaps(tab(banner)!.getBoundingClientRect(), top.getBoundingClientRect()),
      'the tab moves off the focused button',
      { timeout: 5000 },
    );
    const moved = tab(banner)!.getBoundingClientRect();
    expect(onScreen(moved, win), 'to the other corner, still on screen').to.equal(true);
    expect(moved.bottom).to.equal(corner.bottom);

    // Focus elsewhere: it returns to its corner.
    win.document.getElementById('l1')!.focus();
    await waitUntil(() => tab(banner)!.getBoundingClientRect().left === corner.left, 'back in its corner', {
      timeout: 5000,
    });
  });

  for (const lang of ['vi', 'en']) {
    it(`320x568 at 200% text, and with text spacing too (${lang}): a quarter of the screen at most, the button and close kept`, async () => {
      for (const spacing of [false, true]) {
        const { banner } = await stickyPage(320, lang, 568);
        const root = banner.shadowRoot!;
        if (spacing) applyTextSpacing(root);
        doubleText(root);
        const label = spacing ? '200% text and spacing' : '200% text';
        await waitUntil(
          () => openBar(banner)!.getBoundingClientRect().height <= 568 / 4,
          `${label}: the bar keeps to a quarter of the screen (${openBar(banner)!.getBoundingClientRect().height} px)`,
          { timeout: 5000 },
        );
        const bar = openBar(banner)!.getBoundingClientRect();
        for (const selector of ['.cta', '.close']) {
          const box = root.querySelector(selector)!.getBoundingClientRect();
          expect(box.width * box.height, `${label}: ${selector} shown`).to.be.greaterThan(0);
          expect(isInside(box, bar), `${label}: ${selector} inside the bar`).to.equal(true);
        }
        const cta = root.querySelector<HTMLElement>('.cta')!;
        expect(cta.scrollWidth, `${label}: the button's words fit it`).to.be.at.most(cta.clientWidth + 1);
        const headline = root.querySelector('.headline')!;
        if (headline.getClientRects().length === 0) {
          // Given up on screen: the button's name (its words, some visually hidden) carries it.
          expect(cta.textContent!.replace(/\s+/g, ' '), `${label}: the headline in the button's name`).to.contain(
            headline.textContent!.replace(/\s+/g, ' ').trim(),
          );
        }
        closePages();
      }
    });
  }

  describe("the tab's focus ring, drawn over the page", () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    for (const [theme, scheme] of [
      ['light', 'light'],
      ['brand', 'light'],
      ['dark', 'light'],
      ['auto', 'dark'],
    ] as const) {
      it(`${theme}${theme === 'auto' ? ' (dark device)' : ''}: two tones, one of them 3:1 or more on a white page and on a black page`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const { win, banner } = await stickyPage(390, 'vi');
        banner.setAttribute('theme', theme);
        win.focus();
        banner.shadowRoot!.querySelector<HTMLElement>('.cta')!.focus();
        await sendKeys({ press: 'Escape' });
        await waitUntil(() => banner.shadowRoot!.activeElement === tab(banner), 'the tab has focus', {
          timeout: 5000,
        });
        const style = getComputedStyle(tab(banner)!);
        expect(tab(banner)!.matches(':focus-visible')).to.equal(true);
        const ring = composite(style.outlineColor);
        const halo = composite(/rgba?\([^)]*\)/.exec(style.boxShadow)?.[0] ?? 'transparent');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
        expect(
          parseFloat(/(\d+)px\s*$/.exec(style.boxShadow.split(/,(?![^(]*\))/)[0].trim())![1]),
          'the halo reaches past the ring',
        ).to.be.greaterThan(parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth));
        expect(contrast(ring, halo), 'the two tones apart').to.be.at.least(3);
        for (const page of [
          [255, 255, 255],
          [0, 0, 0],
        ] as [number, number, number][]) {
          const best = Math.max(contrast(ring, page), contrast(halo, page));
          expect(best, `on rgb(${page.join(', ')})`).to.be.at.least(3);
        }
      });
    }
  });
});
