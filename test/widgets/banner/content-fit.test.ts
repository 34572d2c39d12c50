/**
 * Content first: in every fixed size, the call to action and the
 * headline's first line stay inside the frame under a reader's text spacing
 * (WCAG 1.4.12), text-only zoom of 200% (1.4.4), a narrower box, and long
 * slotted text; lower-priority lines give way first. And the tall desktop
 * banners carry a QR code a phone can read from the screen.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/npm/banner.js';
import type { IspeedBanner } from '../../../src/widgets/banner/banner.js';
import { sharedState } from '../../../src/loader/shared-state.js';
import { ariaSnapshot } from '../../helpers/aria.js';
import { FIXED_SIZES } from '../../helpers/banner-sizes.js';
import { captureWarnings } from '../../helpers/console.js';
import { decodeOnScreen } from '../../helpers/qr-decode.js';
import { part } from '../../helpers/shadow.js';
import { applyTextSpacing as spaceText, doubleText as enlarge } from '../../helpers/reader-styles.js';
import { isInside, onScreen, overlaps } from '../../helpers/layout.js';

const LONG_HEADLINE =
  'Chung tay đo tốc độ Internet để nâng cao chất lượng mạng di động và băng rộng cố định trên địa bàn toàn tỉnh năm 2026';

const applyTextSpacing = (element: Element) => spaceText(element.shadowRoot!);
const doubleText = (element: Element) => enlarge(element.shadowRoot!);

type Condition = { name: string; width?: number; slotted?: boolean; apply?: (element: Element) => void };

function conditions(size: string): Condition[] {
  const [width] = size.split('x').map(Number);
  const list: Condition[] = [
    { name: 'as designed' },
    { name: 'text spacing', apply: applyTextSpacing },
    { name: '200% text', apply: doubleText },
    { name: 'text spacing and 200% text', apply: (element) => (applyTextSpacing(element), doubleText(element)) },
    { name: 'a long slotted headline', slotted: true },
    { name: 'a long slotted headline at 200% text', slotted: true, apply: doubleText },
  ];
  // The box can shrink to its parent (max-width: 100%); a 728x90 in 424–494 px is a leaderboard at 250% zoom.
  const narrower = size === '728x90' ? [424, 450, 494, 600] : [Math.round(width * 0.8)];
  for (const column of narrower) list.push({ name: `in a ${column} px column`, width: column });
  if (size === '728x90')
    list.push({ name: 'in a 450 px column with text spacing', width: 450, apply: applyTextSpacing });
  return list;
}

async function fitted(element: IspeedBanner): Promise<void> {
  element.requestUpdate();
  await element.updateComplete;
}

/** The call to action wholly inside the frame; the headline's first line visible, inside, and overlapping nothing. */
function expectContentFirst(element: IspeedBanner, label: string): void {
  const frame = part(element, '.frame').getBoundingClientRect();
  const cta = part(element, '.cta');
  const headline = part(element, '.headline');
  const ctaBox = cta.getBoundingClientRect();
  const headlineBox = headline.getBoundingClientRect();
  expect(ctaBox.width * ctaBox.height, `${label}: the call to action is shown`).to.be.greaterThan(0);
  expect(isInside(ctaBox, frame), `${label}: the call to action lies inside the frame`).to.equal(true);
  expect(cta.scrollWidth, `${label}: the call to action's words fit its width`).to.be.at.most(cta.clientWidth + 1);
  const lineHeight =
    parseFloat(getComputedStyle(headline).lineHeight) || parseFloat(getComputedStyle(headline).fontSize) * 1.2;
  expect(headlineBox.height, `${label}: at least the headline's first line is shown`).to.be.at.least(lineHeight - 1);
  const firstLine = new DOMRect(headlineBox.left, headlineBox.top, headlineBox.width, lineHeight);
  expect(isInside(firstLine, frame), `${label}: the headline's first line lies inside the frame`).to.equal(true);
  expect(overlaps(headlineBox, ctaBox), `${label}: headline and call to action apart`).to.equal(false);
  // Whatever else is still shown is whole, inside and apart too.
  const shown = [...part(element, '.card').children].filter(
    (child) => onScreen(child) && child !== cta && child !== headline,
  );
  for (const child of shown) {
    const box = child.getBoundingClientRect();
    expect(isInside(box, frame), `${label}: ${child.className} inside the frame`).to.equal(true);
    expect(
      overlaps(box, ctaBox) || overlaps(box, headlineBox),
      `${label}: ${child.className} apart from the headline and call to action`,
    ).to.equal(false);
  }
}

describe('<ispeed-banner> content first', () => {
  afterEach(() => {
    sharedState().runtimeConfig = {};
  });

  for (const size of FIXED_SIZES) {
    for (const lang of ['vi', 'en']) {
      for (const platform of ['android', 'desktop']) {
        it(`${size}, ${lang}, ${platform}: the call to action and the headline's first line stay in the frame under every condition`, async () => {
          for (const condition of conditions(size)) {
            const column =
              await fixture<HTMLElement>(html`<div style=${condition.width ? `width: ${condition.width}px` : ''}>
              <ispeed-banner size=${size} lang=${lang} platform=${platform}
                >${condition.slotted ? html`<span slot="headline">${LONG_HEADLINE}</span>` : ''}</ispeed-banner
              >
            </div>`);
            const element = column.querySelector<IspeedBanner>('ispeed-banner')!;
            await element.updateComplete;
            condition.apply?.(element);
            await fitted(element);
            expectContentFirst(element, `${size} ${lang} ${platform}, ${condition.name}`);
          }
        });
      }
    }
  }

  it('sheds nothing in any size as designed, on a phone and a desktop, in both languages', async () => {
    for (const size of FIXED_SIZES) {
      for (const lang of ['vi', 'en']) {
        for (const platform of ['android', 'ios', 'desktop']) {
          const element = await fixture<IspeedBanner>(
            html`<ispeed-banner size=${size} lang=${lang} platform=${platform}></ispeed-banner>`,
          );
          if (element.shadowRoot!.querySelector('.code')) {
            await waitUntil(
              () => element.shadowRoot!.querySelector('.code svg.qr'),
              `${size} ${lang}: the code is drawn`,
              { timeout: 5000 },
            );
          }
          await fitted(element);
          expect(part(element, '.card').dataset.fit, `${size} ${lang} ${platform}`).to.equal(undefined);
        }
      }
    }
  });

  it('gives way in order: the message first, the headline is shortened last', async () => {
    const column = await fixture<HTMLElement>(
      html`<div style="width: 450px"><ispeed-banner size="728x90" lang="en" platform="android"></ispeed-banner></div>`,
    );
    const element = column.firstElementChild as IspeedBanner;
    await fitted(element);
    expect(part(element, '.card').dataset.fit, 'a 728x90 in 450 px drops only its message').to.equal('message');
    expect(onScreen(part(element, '.message')), 'the message leaves the screen').to.equal(false);
    doubleText(element);
    await fitted(element);
    const steps = part(element, '.card')
      .dataset.fit!.split(' ')
      .filter((step) => step !== 'name');
    expect(steps.slice(0, 3), 'then the features, the reminder, ...').to.deep.equal([
      'message',
      'features',
      'reminder',
    ]);
    expect(
      steps.some((step) => step.startsWith('lines-')),
      'and at 200% text the headline is shortened',
    ).to.equal(true);
  });

  for (const [lang, reminder] of [
    ['vi', 'Bật chế độ đo tự động trong ứng dụng'],
    ['en', 'Turn on automatic measurement in the app'],
  ]) {
    it(`${lang}: what a 300x250 sheds under text spacing leaves the screen, not the accessibility tree`, async () => {
      const element = await fixture<IspeedBanner>(
        html`<ispeed-banner size="300x250" lang=${lang} platform="android"></ispeed-banner>`,
      );
      await fitted(element);
      expect(await ariaSnapshot(element, '.card'), 'as designed').to.contain(reminder);
      applyTextSpacing(element);
      await fitted(element);
      // The reminder is the only place the banner asks for automatic mode.
      expect(part(element, '.card').dataset.fit, 'text spacing sheds the reminder').to.contain('reminder');
      expect(onScreen(part(element, '.reminder')), 'off the screen').to.equal(false);
      const tree = await ariaSnapshot(element, '.card');
      expect(tree, 'a screen reader still reads it').to.contain(reminder);
      expect(tree.indexOf(reminder), 'in reading order, before the link').to.be.lessThan(tree.indexOf('- link'));
    });
  }

  it("puts the whole headline in the link's name while it is shortened, and shows it all again when there is room", async () => {
    const column = await fixture<HTMLElement>(html`<div style="width: 320px">
      <ispeed-banner size="320x100" lang="vi" platform="android"><span slot="headline">${LONG_HEADLINE}</span></ispeed-banner>
    </div>`);
    const element = column.querySelector<IspeedBanner>('ispeed-banner')!;
    await fitted(element);
    const headline = part(element, '.headline');
    expect(headline.scrollHeight, 'the slotted headline is cut with an ellipsis').to.be.greaterThan(
      headline.clientHeight,
    );
    expect(getComputedStyle(headline).webkitLineClamp).to.not.equal('none');
    const name = await ariaSnapshot(element, '.card');
    expect(name).to.contain(`link "Tải ứng dụng i-Speed (mở trong thẻ mới) – ${LONG_HEADLINE}"`);

    // A site that changes its slotted headline while it is shortened: the name follows.
    const longer = `${LONG_HEADLINE}, vì một Việt Nam số`;
    element.querySelector('[slot="headline"]')!.textContent = longer;
    await fitted(element);
    expect(await ariaSnapshot(element, '.card')).to.contain(`– ${longer}"`);

    element.querySelector('[slot="headline"]')!.textContent = 'Đo tốc độ';
    await fitted(element);
    expect(part(element, '.card').dataset.fit, 'a short headline needs nothing shed').to.equal(undefined);
    expect(await ariaSnapshot(element, '.card')).to.contain('link "Tải ứng dụng i-Speed (mở trong thẻ mới)"');
  });

  it('fits again when moved to a narrower column (no render follows a move)', async () => {
    const wide = await fixture<HTMLElement>(
      html`<div><div style="width: 800px"><ispeed-banner size="728x90" platform="android"></ispeed-banner></div><div style="width: 424px"></div></div>`,
    );
    const element = wide.querySelector<IspeedBanner>('ispeed-banner')!;
    await fitted(element);
    expect(part(element, '.card').dataset.fit).to.equal(undefined);
    wide.lastElementChild!.append(element);
    await waitUntil(() => part(element, '.card').dataset.fit === 'message', 'the moved banner sheds its message');
  });

  it('fits again when its column widens', async () => {
    const column = await fixture<HTMLElement>(
      html`<div style="width: 424px"><ispeed-banner size="728x90" platform="android"></ispeed-banner></div>`,
    );
    const element = column.firstElementChild as IspeedBanner;
    await fitted(element);
    expect(part(element, '.card').dataset.fit).to.not.equal(undefined);
    column.style.width = '800px';
    await waitUntil(
      () => part(element, '.card').dataset.fit === undefined,
      'the message comes back once there is room',
    );
    expect(part(element, '.message').getClientRects().length).to.be.greaterThan(0);
  });

  describe('the QR code in tall desktop banners', () => {
    const url = (element: IspeedBanner) => {
      const expected = new URL('https://speedtest.vn/');
      expected.search = new URLSearchParams({
        utm_source: location.hostname,
        utm_medium: 'ispeed-widget',
        utm_campaign: 'ispeed',
        utm_content: 'xa-ea-kao',
      }).toString();
      return { expected: expected.href, element };
    };

    for (const [size, width] of [
      ['300x600', 0],
      ['160x600', 0],
      ['fluid', 720],
    ] as const) {
      for (const lang of ['vi', 'en']) {
        it(`${size} in ${lang}: a phone reads the attributed link from the code on screen, and the button still opens the dialog`, async () => {
          await setViewport({ width: 1280, height: 900 });
          const column = await fixture<HTMLElement>(html`<div style=${width ? `width: ${width}px` : ''}>
            <ispeed-banner size=${size} lang=${lang} platform="desktop" unit="xa-ea-kao"></ispeed-banner>
          </div>`);
          const element = column.querySelector<IspeedBanner>('ispeed-banner')!;
          await waitUntil(() => element.shadowRoot!.querySelector('.code svg.qr'), 'the code is drawn', {
            timeout: 5000,
          });
          await fitted(element);
          const svg = part(element, '.code svg.qr');
          const side = svg.getBoundingClientRect().width;
          expect(side, 'whole pixels per module').to.equal(Math.round(side));
          expect(
            isInside(svg.getBoundingClientRect(), part(element, '.frame').getBoundingClientRect()),
            'the code inside the frame',
          ).to.equal(true);
          const decoded = await decodeOnScreen(svg);
          expect(decoded, 'decoded from a screenshot at its rendered size').to.equal(url(element).expected);
          expect(await ariaSnapshot(element, '.code')).to.match(/img "[^"]+speedtest\.vn"/);
          expectContentFirst(element, `${size} ${lang} with its code`);
          part(element, 'button.cta').click();
          await waitUntil(
            () => element.shadowRoot!.querySelector('dialog[open]'),
            'the call to action opens the dialog',
            { timeout: 5000 },
          );
          (part(element, 'dialog') as HTMLDialogElement).close();
        });
      }
    }

    it('is shown only on a desktop, in the tall sizes and a fluid banner from 600 px, and the box and rows keep the dialog', async () => {
      for (const size of ['300x250', '728x90', '320x100']) {
        const element = await fixture<IspeedBanner>(
          html`<ispeed-banner size=${size} platform="desktop"></ispeed-banner>`,
        );
        await fitted(element);
        expect(element.shadowRoot!.querySelector('.code'), size).to.equal(null);
        expect(part(element, 'button.cta').getAttribute('aria-haspopup')).to.equal('dialog');
      }
      const phone = await fixture<IspeedBanner>(
        html`<ispeed-banner size="300x600" platform="android"></ispeed-banner>`,
      );
      await fitted(phone);
      expect(phone.shadowRoot!.querySelector('.code'), 'a phone installs from the store link instead').to.equal(null);

      const column = await fixture<HTMLElement>(
        html`<div style="width: 560px"><ispeed-banner size="fluid" platform="desktop"></ispeed-banner></div>`,
      );
      const fluid = column.firstElementChild as IspeedBanner;
      await fitted(fluid);
      expect(fluid.shadowRoot!.querySelector('.code'), 'a fluid banner under 600 px has none').to.equal(null);
      column.style.width = '640px';
      await waitUntil(() => fluid.shadowRoot!.querySelector('.code svg.qr'), 'it gets one when widened to 640 px', {
        timeout: 5000,
      });
    });

    it('keeps its button, with one warning, when the code cannot be made', async () => {
      const state = sharedState();
      const loadElement = state.loadElement!;
      state.loadElement = async (name) =>
        name === 'scan-code' ? Promise.reject(new Error('offline')) : loadElement(name);
      try {
        const warnings = await captureWarnings(async (seen) => {
          const element = await fixture<IspeedBanner>(
            html`<ispeed-banner size="300x600" platform="desktop"></ispeed-banner>`,
          );
          await waitUntil(() => seen.length > 0, 'a warning', { timeout: 5000 });
          await fitted(element);
          expect(element.shadowRoot!.querySelector('.code')).to.equal(null);
          expectContentFirst(element, 'no code');
          expect(part(element, 'button.cta').getAttribute('aria-haspopup')).to.equal('dialog');
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('QR code could not be made').and.contain('offline');
      } finally {
        state.loadElement = loadElement;
      }
    });
  });
});
