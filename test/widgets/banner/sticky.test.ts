import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { closePages, openPage, type FrameWindow } from '../../helpers/frame.js';
import { isInside, overlaps } from '../../helpers/layout.js';

/**
 * The sticky bar on a phone page of 30 links that does nothing to make room
 * for it (WCAG 2.4.11 Focus Not Obscured, 2.4.3 Focus Order).
 */
const PAGE = '/test/pages/sticky-links.html';

async function stickyPage(width: number, lang: string): Promise<{ win: FrameWindow; banner: HTMLElement }> {
  const win = await openPage(PAGE, width, 640);
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
});
