import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../../src/npm/banner.js';
import type { IspeedBanner } from '../../../src/widgets/banner/banner.js';
import { DISMISS_KEY } from '../../../src/widgets/banner/banner.js';
import { sharedState } from '../../../src/loader/shared-state.js';
import en from '../../../src/runtime/locales/en.json';
import vi from '../../../src/runtime/locales/vi.json';
import { FIXED_SIZES } from '../../helpers/banner-sizes.js';
import { backgroundOf, composite, contrast } from '../../helpers/colour.js';
import { captureWarnings } from '../../helpers/console.js';
import { part } from '../../helpers/shadow.js';
import { isInside, onScreen, overlaps, visibleParts } from '../../helpers/layout.js';

const LOCALES: Record<string, typeof vi> = { vi, en };
/** The themes' own colours (src/ui/host-styles.ts), without --ispeed-* overrides. */
const THEME_COLOURS = {
  light: { background: '#ffffff', text: '#1a2433', muted: '#4a5566', accent: '#0b5cad', onAccent: '#ffffff' },
  dark: { background: '#0f1a2a', text: '#f1f5fb', muted: '#c3cddb', accent: '#7cc0ff', onAccent: '#08203a' },
  brand: { background: '#0b5cad', text: '#ffffff', muted: '#e3eefb', accent: '#ffcc29', onAccent: '#1a1a1a' },
};

async function banner(template: ReturnType<typeof html>): Promise<IspeedBanner> {
  const element = await fixture<IspeedBanner>(template);
  await element.updateComplete;
  return element;
}

/** Every visible piece sits inside the frame, no two overlap, no text overflows its line box. */
function expectTidyLayout(element: IspeedBanner, label: string): void {
  const root = element.shadowRoot!;
  const frame = part(element, '.frame').getBoundingClientRect();
  const pieces = visibleParts(root, '.icon, .headline, .message, .features, .cta, .close');
  // Content first: a wide font may shed the mark (content-fit.test.ts), never the headline or the call to action.
  expect(
    pieces.map((piece) => piece.name.split(' ')[0]),
    `${label}: visible pieces`,
  ).to.include.members(['headline', 'cta']);
  for (const piece of pieces) {
    expect(isInside(piece.rect, frame), `${label}: ${piece.name} inside the frame`).to.equal(true);
  }
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      expect(
        overlaps(pieces[i].rect, pieces[j].rect),
        `${label}: ${pieces[i].name} overlaps ${pieces[j].name}`,
      ).to.equal(false);
    }
  }
  for (const text of root.querySelectorAll<HTMLElement>('.headline, .message, .features li, .cta')) {
    if (!onScreen(text)) continue;
    expect(text.scrollWidth, `${label}: ${text.className} text fits its width`).to.be.at.most(text.clientWidth + 1);
  }
}

describe('<ispeed-banner>', () => {
  afterEach(() => {
    localStorage.clear();
    sharedState().runtimeConfig = {};
  });

  describe('sizes', () => {
    for (const size of FIXED_SIZES) {
      for (const lang of ['vi', 'en']) {
        it(`${size} in ${lang} fills exactly its box, every piece inside and apart`, async () => {
          const element = await banner(html`<ispeed-banner size=${size} lang=${lang}></ispeed-banner>`);
          const [width, height] = size.split('x').map(Number);
          const box = part(element, '.frame').getBoundingClientRect();
          expect([box.width, box.height]).to.deep.equal([width, height]);
          expectTidyLayout(element, `${size} ${lang}`);
        });
      }
    }

    // Visitors' fonts differ: Roboto on Android, Segoe UI on Windows, and on
    // Linux often DejaVu Sans, among the widest. The layout must hold in each.
    for (const font of ['DejaVu Sans', 'Liberation Sans', 'Noto Sans']) {
      it(`every size holds its layout in ${font}, in both languages`, async () => {
        for (const size of FIXED_SIZES) {
          for (const lang of ['vi', 'en']) {
            const element = await banner(
              html`<ispeed-banner size=${size} lang=${lang} style=${`--ispeed-font-family: '${font}'`}></ispeed-banner>`,
            );
            expectTidyLayout(element, `${size} ${lang} ${font}`);
          }
        }
      });
    }

    it('fluid fills its container: a column when narrow, a row when wide', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 320px"><ispeed-banner size="fluid"></ispeed-banner></div>`,
      );
      const element = wrapper.querySelector('ispeed-banner')!;
      await element.updateComplete;
      expect(element.getBoundingClientRect().width).to.equal(320);
      const narrowCta = part(element, '.cta').getBoundingClientRect();
      expect(narrowCta.top).to.be.greaterThan(part(element, '.icon').getBoundingClientRect().bottom);
      expectTidyLayout(element, 'fluid 320');

      wrapper.style.width = '760px';
      await aTimeout(50);
      expect(element.getBoundingClientRect().width).to.equal(760);
      const icon = part(element, '.icon').getBoundingClientRect();
      const cta = part(element, '.cta').getBoundingClientRect();
      expect(cta.top, 'row: the button sits beside the mark').to.be.lessThan(icon.bottom);
      expectTidyLayout(element, 'fluid 760');
    });

    it('falls back to 300x250 for an unknown size, with one console warning', async () => {
      let element!: IspeedBanner;
      const warnings = await captureWarnings(async () => {
        element = await banner(html`<ispeed-banner size="999x1"></ispeed-banner>`);
      });
      expect(part(element, '.frame').getBoundingClientRect().height).to.equal(250);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<ispeed-banner size>').and.contain('"999x1"');
    });

    it('falls back to the card for an unknown variant and to light for an unknown theme', async () => {
      let element!: IspeedBanner;
      const warnings = await captureWarnings(async () => {
        element = await banner(html`<ispeed-banner variant="popup" theme="neon"></ispeed-banner>`);
      });
      expect(part(element, '.frame').className).to.contain('light').and.contain('s-300x250');
      expect(warnings.join('\n')).to.contain('"popup"').and.contain('"neon"');
    });
  });

  describe('text and language', () => {
    it('speaks Vietnamese by default, with full diacritics', async () => {
      const element = await banner(html`<ispeed-banner></ispeed-banner>`);
      expect(part(element, '.headline').textContent!.trim()).to.equal('Đo tốc độ Internet với i-Speed');
      expect(part(element, '.cta').textContent).to.contain('Tải ứng dụng');
      expect(part(element, '.frame').getAttribute('lang')).to.equal('vi');
    });

    it('switches language when lang changes', async () => {
      const element = await banner(html`<ispeed-banner lang="en"></ispeed-banner>`);
      expect(part(element, '.headline').textContent!.trim()).to.equal('Measure your Internet speed with i-Speed');
      element.setAttribute('lang', 'vi');
      await element.updateComplete;
      expect(part(element, '.headline').textContent!.trim()).to.equal('Đo tốc độ Internet với i-Speed');
    });

    it('takes its language from the nearest ancestor with lang', async () => {
      const wrapper = await fixture(html`<div lang="en"><div><ispeed-banner></ispeed-banner></div></div>`);
      const element = wrapper.querySelector('ispeed-banner')!;
      await element.updateComplete;
      expect(part(element, '.cta').textContent).to.contain('Get the app');
    });

    it('uses a language added at run time, and re-renders when it arrives', async () => {
      const element = await banner(html`<ispeed-banner lang="ede"></ispeed-banner>`);
      expect(part(element, '.cta').textContent).to.contain('Tải ứng dụng');
      window.ISpeed!.addTranslations('ede', { banner: { cta: 'Klei ede' } });
      await element.updateComplete;
      expect(part(element, '.cta').textContent).to.contain('Klei ede');
      expect(part(element, '.headline').textContent!.trim()).to.equal('Đo tốc độ Internet với i-Speed');
    });

    it('lets a site replace the headline and message through slots', async () => {
      const element = await banner(
        html`<ispeed-banner><span slot="headline">Xã Ea Kao đo tốc độ Internet</span></ispeed-banner>`,
      );
      const slot = part(element, 'slot[name="headline"]') as HTMLSlotElement;
      expect(slot.assignedNodes()[0].textContent).to.equal('Xã Ea Kao đo tốc độ Internet');
    });

    it('keeps "i-Speed" on one line in the narrowest sizes', async () => {
      const element = await banner(html`<ispeed-banner size="160x600"></ispeed-banner>`);
      const name = part(element, '.headline .app-name');
      expect(name.textContent).to.equal('i-Speed');
      expect(name.getClientRects()).to.have.length(1);
    });
  });

  describe('call to action', () => {
    const cases = [
      ['android', 'https://play.google.com/store/search'],
      ['ios', 'https://speedtest.vn/'],
    ] as const;
    for (const [platform, start] of cases) {
      it(`on ${platform} opens ${start} in a new tab, with the unit's attribution`, async () => {
        const element = await banner(html`<ispeed-banner platform=${platform} unit="xa-ea-kao"></ispeed-banner>`);
        const link = part(element, '.cta') as HTMLAnchorElement;
        expect(link.href.startsWith(start), link.href).to.equal(true);
        const url = new URL(link.href);
        expect(url.searchParams.get('utm_content')).to.equal('xa-ea-kao');
        expect(url.searchParams.get('utm_source')).to.equal(location.hostname);
        expect(url.searchParams.get('utm_medium')).to.equal('ispeed-widget');
        expect(url.searchParams.has('referrer')).to.equal(platform === 'android');
        expect(link.target).to.equal('_blank');
        expect(link.rel).to.equal('noopener');
      });
    }

    it('on desktop is a button that opens the QR code (tested in qr-card.test.ts), named in the current language', async () => {
      const element = await banner(html`<ispeed-banner platform="desktop" lang="vi"></ispeed-banner>`);
      const button = part(element, '.cta');
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Tải ứng dụng i-Speed: hiện mã QR để quét bằng điện thoại',
      );
    });

    it("uses a Department's store link when configured", async () => {
      const element = await banner(
        html`<ispeed-banner platform="ios" links-ios="https://apps.apple.com/vn/app/i-speed/id123"></ispeed-banner>`,
      );
      expect((part(element, '.cta') as HTMLAnchorElement).href).to.match(
        /^https:\/\/apps\.apple\.com\/vn\/app\/i-speed\/id123\?utm_source=/,
      );
    });

    it('refuses a javascript: link and keeps the safe default', async () => {
      let element!: IspeedBanner;
      const warnings = await captureWarnings(async () => {
        element = await banner(
          html`<ispeed-banner platform="android" links-android="javascript:alert(document.cookie)"></ispeed-banner>`,
        );
      });
      expect((part(element, '.cta') as HTMLAnchorElement).href).to.match(/^https:\/\/play\.google\.com\//);
      expect(warnings[0]).to.contain('links-android').and.contain('only http(s)');
    });

    it('makes the whole card clickable while the link stays the one target', async () => {
      const element = await banner(html`<ispeed-banner size="728x90"></ispeed-banner>`);
      const headline = part(element, '.headline').getBoundingClientRect();
      const hit = element.shadowRoot!.elementFromPoint(headline.left + 5, headline.top + headline.height / 2);
      expect(hit).to.equal(part(element, '.cta'));
    });

    it('names the link in the current language, saying it opens a new tab', async () => {
      const element = await banner(html`<ispeed-banner lang="en" platform="android"></ispeed-banner>`);
      expect(part(element, '.cta').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Get the app (i-Speed, opens in a new tab)',
      );
    });

    it('updates when ISpeed.config() changes a setting', async () => {
      const element = await banner(html`<ispeed-banner platform="ios"></ispeed-banner>`);
      window.ISpeed!.config({ theme: 'dark', unit: 'phuong-tan-loi' });
      await element.updateComplete;
      expect(part(element, '.frame').classList.contains('dark')).to.equal(true);
      expect((part(element, '.cta') as HTMLAnchorElement).href).to.contain('utm_content=phuong-tan-loi');
    });
  });

  describe('themes and host CSS', () => {
    it('paints each theme with its own colours', async () => {
      const backgrounds = new Set<string>();
      for (const theme of ['light', 'dark', 'brand'] as const) {
        const element = await banner(html`<ispeed-banner theme=${theme}></ispeed-banner>`);
        backgrounds.add(getComputedStyle(part(element, '.frame')).backgroundColor);
        const colours = THEME_COLOURS[theme];
        const colourOf = (selector: string, property: 'color' | 'backgroundColor') =>
          composite(getComputedStyle(part(element, selector))[property]);
        expect(colourOf('.frame', 'backgroundColor'), `${theme}: background`).to.deep.equal(
          composite(colours.background),
        );
        expect(colourOf('.headline', 'color'), `${theme}: headline`).to.deep.equal(composite(colours.text));
        expect(colourOf('.message', 'color'), `${theme}: message`).to.deep.equal(composite(colours.muted));
        expect(colourOf('.cta', 'backgroundColor'), `${theme}: button`).to.deep.equal(composite(colours.accent));
        expect(colourOf('.cta', 'color'), `${theme}: button text`).to.deep.equal(composite(colours.onAccent));
      }
      expect(backgrounds.size).to.equal(3);
    });

    // The box and the desktop tower between them show every kind of text the card has.
    const textsBySize = {
      '300x250': ['headline', 'message', 'reminder', 'cta'],
      '300x600': ['headline', 'li', 'code-caption', 'reminder', 'cta'],
    };
    for (const theme of ['light', 'dark', 'brand']) {
      it(`sets every text at 4.5:1 or more on what is behind it, ${theme} theme`, async () => {
        for (const [size, kinds] of Object.entries(textsBySize)) {
          const element = await banner(html`<ispeed-banner size=${size} theme=${theme}></ispeed-banner>`);
          const texts = [
            ...element.shadowRoot!.querySelectorAll<HTMLElement>(
              '.headline, .message, .features li, .reminder, .figure, .code-caption, .cta',
            ),
          ];
          const shown = texts.filter((text) => text.getClientRects().length > 0);
          const kind = (text: HTMLElement) => text.className.split(' ')[0] || text.localName;
          expect(shown.map(kind), `${theme} ${size}: texts shown`).to.include.members(kinds);
          for (const text of shown) {
            const ratio = contrast(composite(getComputedStyle(text).color), backgroundOf(text));
            expect(ratio, `${theme} ${size}: ${kind(text)} contrast`).to.be.at.least(4.5);
          }
        }
      });
    }

    it('takes --ispeed-* custom properties over the theme', async () => {
      const element = await banner(
        html`<ispeed-banner theme="dark" style="--ispeed-color-accent: rgb(200, 0, 0)"></ispeed-banner>`,
      );
      expect(getComputedStyle(part(element, '.cta')).backgroundColor).to.equal('rgb(200, 0, 0)');
    });

    it('keeps its typography under hostile page CSS', async () => {
      const style = document.createElement('style');
      style.textContent = `html { font-size: 62.5% } * { font-family: "Times New Roman", serif !important; letter-spacing: 4px !important;
        line-height: 4 !important; text-align: right !important; color: red !important; text-transform: uppercase !important }
        a { text-decoration: line-through; }`;
      document.head.append(style);
      try {
        const element = await banner(html`<ispeed-banner></ispeed-banner>`);
        const headline = getComputedStyle(part(element, '.headline'));
        expect(headline.fontSize).to.equal('20px');
        expect(headline.fontFamily).to.not.contain('Times');
        expect(headline.letterSpacing).to.equal('normal');
        expect(headline.textAlign).to.equal('start');
        expect(headline.textTransform).to.equal('none');
        expect(headline.color).to.not.equal('rgb(255, 0, 0)');
        expect(getComputedStyle(part(element, '.cta')).textDecorationLine).to.equal('none');
        expectTidyLayout(element, 'hostile CSS');
      } finally {
        style.remove();
      }
    });
  });

  describe('sticky variant', () => {
    it('sits at the bottom of the viewport with a labelled close button reachable by keyboard', async () => {
      const element = await banner(html`<ispeed-banner variant="sticky" platform="android" unit="u1"></ispeed-banner>`);
      const box = element.getBoundingClientRect();
      expect(Math.round(box.bottom)).to.equal(window.innerHeight);
      expect(box.width).to.equal(document.documentElement.clientWidth);
      const close = part(element, '.close');
      expect(close.getAttribute('aria-label')).to.equal('Đóng thanh giới thiệu i-Speed');
      const closeBox = close.getBoundingClientRect();
      expect(Math.min(closeBox.width, closeBox.height)).to.be.at.least(24);

      (part(element, '.cta') as HTMLElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(close);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('.frame')).to.equal(null);
      expect(element.getBoundingClientRect().height).to.equal(0);
    });

    it('remembers the dismissal for 14 days by default, per unit', async () => {
      const first = await banner(html`<ispeed-banner variant="sticky" platform="android" unit="u2"></ispeed-banner>`);
      part(first, '.close').click();
      const until = Number(localStorage.getItem(`${DISMISS_KEY}:u2`));
      expect(until - Date.now()).to.be.closeTo(14 * 86400000, 60000);

      const again = await banner(html`<ispeed-banner variant="sticky" platform="android" unit="u2"></ispeed-banner>`);
      expect(again.shadowRoot!.querySelector('.frame')).to.equal(null);
      const otherUnit = await banner(
        html`<ispeed-banner variant="sticky" platform="android" unit="u3"></ispeed-banner>`,
      );
      expect(otherUnit.shadowRoot!.querySelector('.frame')).to.not.equal(null);
    });

    it('shows on phones only', async () => {
      const desktop = await banner(html`<ispeed-banner variant="sticky" platform="desktop"></ispeed-banner>`);
      expect(desktop.shadowRoot!.querySelector('.frame')).to.equal(null);
      const iphone = await banner(html`<ispeed-banner variant="sticky" platform="ios"></ispeed-banner>`);
      expect(iphone.shadowRoot!.querySelector('.frame')).to.not.equal(null);
    });

    it('shows again once the remembered days have passed', async () => {
      localStorage.setItem(`${DISMISS_KEY}:u4`, String(Date.now() - 1000));
      const element = await banner(html`<ispeed-banner variant="sticky" platform="android" unit="u4"></ispeed-banner>`);
      expect(element.shadowRoot!.querySelector('.frame')).to.not.equal(null);
    });

    it('counts a stored date beyond dismiss-days (Infinity, 1e400, the year 2100) only until then', async () => {
      for (const [index, stored] of ['Infinity', '1e400', String(Date.UTC(2100, 0, 1))].entries()) {
        const unit = `far-${index}`;
        localStorage.setItem(`${DISMISS_KEY}:${unit}`, stored);
        const element = await banner(
          html`<ispeed-banner variant="sticky" platform="android" unit=${unit} dismiss-days="3"></ispeed-banner>`,
        );
        // Closed for now, as the visitor asked...
        expect(element.shadowRoot!.querySelector('.frame'), stored).to.equal(null);
        // ...but only for dismiss-days from today: the stored date is capped, so the bar comes back.
        const until = Number(localStorage.getItem(`${DISMISS_KEY}:${unit}`));
        expect(until - Date.now(), stored).to.be.closeTo(3 * 86400000, 60000);
      }
    });

    it('honours dismiss-days, and 0 remembers nothing', async () => {
      const week = await banner(
        html`<ispeed-banner variant="sticky" platform="android" unit="u5" dismiss-days="7"></ispeed-banner>`,
      );
      part(week, '.close').click();
      expect(Number(localStorage.getItem(`${DISMISS_KEY}:u5`)) - Date.now()).to.be.closeTo(7 * 86400000, 60000);
      const never = await banner(
        html`<ispeed-banner variant="sticky" platform="android" unit="u6" dismiss-days="0"></ispeed-banner>`,
      );
      part(never, '.close').click();
      expect(localStorage.getItem(`${DISMISS_KEY}:u6`)).to.equal(null);
    });

    it('still works, and closes, when storage throws (private mode, blocked storage)', async () => {
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
      try {
        let element!: IspeedBanner;
        const warnings = await captureWarnings(async () => {
          element = await banner(html`<ispeed-banner variant="sticky" platform="android" unit="u7"></ispeed-banner>`);
          expect(element.shadowRoot!.querySelector('.frame')).to.not.equal(null);
          part(element, '.close').click();
          await element.updateComplete;
        });
        expect(element.shadowRoot!.querySelector('.frame')).to.equal(null);
        expect(warnings[0]).to.contain('cannot remember');
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem });
      }
    });
  });

  describe('image variant', () => {
    it('shows the artwork for its size and language once loaded, with alt text', async () => {
      for (const [size, lang] of [
        ['300x250', 'vi'],
        ['728x90', 'en'],
      ]) {
        const element = await banner(
          html`<ispeed-banner variant="image" size=${size} lang=${lang} unit="xa-ea-kao"></ispeed-banner>`,
        );
        await waitUntil(() => element.shadowRoot!.querySelector('.loaded'), `artwork ${size} loads`, { timeout: 5000 });
        const image = part(element, 'img') as HTMLImageElement;
        expect(new URL(image.src).pathname).to.equal(`/assets/banner-${size}-${lang}.svg`);
        expect(image.alt).to.contain(lang === 'vi' ? 'Đo tốc độ Internet' : 'Measure your Internet speed');
        expect(image.getAttribute('loading')).to.equal('lazy');
        const [width, height] = size.split('x').map(Number);
        expect([image.width, image.height]).to.deep.equal([width, height]);
        expect((image.parentElement as HTMLAnchorElement).href).to.contain('utm_content=xa-ea-kao');
      }
    });

    it("shows the mobile artwork in a 728x90 box narrower than 468 px, and the leaderboard's from 468 px", async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><ispeed-banner variant="image" size="728x90" data-narrow-test></ispeed-banner></div>`,
      );
      const element = wrapper.querySelector('ispeed-banner') as IspeedBanner;
      for (const [width, shown] of [
        [400, '320x100'],
        [467, '320x100'],
        [468, '728x90'],
        [728, '728x90'],
      ] as const) {
        wrapper.style.width = `${width}px`;
        await waitUntil(
          () =>
            [...element.shadowRoot!.querySelectorAll('img')].some(
              (image) => image.checkVisibility() && image.complete && image.naturalWidth > 0,
            ),
          `artwork shows in a ${width} px box`,
          { timeout: 5000 },
        );
        const visible = [...element.shadowRoot!.querySelectorAll('img')].filter((image) => image.checkVisibility());
        expect(
          visible.map((image) => new URL(image.currentSrc).pathname),
          `${width} px`,
        ).to.deep.equal([`/assets/banner-${shown}-vi.svg`]);
        const box = visible[0].getBoundingClientRect();
        const frame = part(element, '.frame').getBoundingClientRect();
        expect(isInside(box, frame), `${width} px: the artwork box lies inside the frame`).to.equal(true);
        expect(frame.width, `${width} px: the frame follows the box`).to.equal(width);
        const tree = await executeServerCommand<string, { selector: string }>('aria-snapshot', {
          selector: 'ispeed-banner[data-narrow-test]',
        });
        expect(tree.match(/- link "[^"]+"/g), `${width} px: one link, named with the visible words`).to.deep.equal([
          `- link "${vi.banner.headline}. ${vi.banner.cta} ${vi.newTab}"`,
        ]);
      }
    });

    it("names its link with the artwork's visible headline and button words, every size and language", async () => {
      for (const lang of ['vi', 'en'] as const) {
        const words = LOCALES[lang].banner;
        for (const size of FIXED_SIZES) {
          const element = await banner(
            html`<ispeed-banner variant="image" size=${size} lang=${lang} data-name-test></ispeed-banner>`,
          );
          await waitUntil(() => element.shadowRoot!.querySelector('.loaded'), `artwork ${size} ${lang} loads`, {
            timeout: 5000,
          });
          // The words the artwork draws, from its own recorded boxes (see build/artwork/banner-layouts.mjs).
          const svg = new DOMParser().parseFromString(
            await (await fetch(`/assets/banner-${size}-${lang}.svg`)).text(),
            'image/svg+xml',
          );
          const drawn = (role: string) => svg.querySelector(`[data-box="${role}"]`)?.getAttribute('data-text');
          expect([drawn('headline'), drawn('cta-label')], `${size} ${lang}: drawn words`).to.deep.equal([
            words.headline,
            words.cta,
          ]);
          const tree = await executeServerCommand<string, { selector: string }>('aria-snapshot', {
            selector: 'ispeed-banner[data-name-test]',
          });
          const name = /- link "([^"]+)"/.exec(tree)?.[1] ?? '';
          expect(name, `${size} ${lang}: link name`).to.contain(words.headline).and.contain(words.cta);
          element.remove();
        }
      }
    });

    it("shows the page's own fallback while the artwork loads, in the reserved box", async () => {
      const element = await fixture<IspeedBanner>(
        html`<ispeed-banner variant="image"><a href="https://speedtest.vn">Đo tốc độ</a></ispeed-banner>`,
      );
      const slot = element.shadowRoot!.querySelector('.fallback slot') as HTMLSlotElement;
      expect(slot.assignedElements()[0].textContent).to.equal('Đo tốc độ');
      expect(part(element, '.frame').getBoundingClientRect().height).to.equal(250);
    });

    it('requests the manifest once for many banners', async () => {
      const base = new URL('/assets/?many', location.href).href;
      const requests: string[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name.includes('manifest.json')) requests.push(entry.name);
      });
      observer.observe({ type: 'resource' });
      const wrapper = await fixture(html`<div>
        ${FIXED_SIZES.map((size) => html`<ispeed-banner variant="image" size=${size} asset-base=${base}></ispeed-banner>`)}
      </div>`);
      await waitUntil(
        () =>
          wrapper.querySelectorAll('ispeed-banner').length === 5 &&
          [...wrapper.querySelectorAll('ispeed-banner')].every((element) => element.shadowRoot!.querySelector('img')),
        'all five find their artwork',
      );
      await aTimeout(200);
      observer.disconnect();
      expect(requests).to.deep.equal([new URL('manifest.json', base).href]);
    });

    const broken = [
      ['a missing folder', '/test/fixtures/no-such-folder/', 'HTTP 404'],
      ['a manifest that is not JSON', '/test/fixtures/assets-not-json/', 'not JSON'],
      ['a manifest that breaks the schema', '/test/fixtures/assets-bad-schema/', 'not a plain relative file name'],
      ['an image that fails to load', '/test/fixtures/assets-broken-image/', 'could not be loaded'],
    ];
    for (const [what, base, reason] of broken) {
      it(`falls back to the card for ${what}, with a warning naming the base`, async () => {
        let element!: IspeedBanner;
        const warnings = await captureWarnings(async () => {
          element = await banner(html`<ispeed-banner variant="image" asset-base=${base}></ispeed-banner>`);
          await waitUntil(() => element.shadowRoot!.querySelector('.card'), 'the card replaces the image', {
            timeout: 5000,
          });
        });
        expect(element.shadowRoot!.querySelector('img')).to.equal(null);
        expect(warnings.join('\n')).to.contain(base.replace(/\/$/, '')).and.contain(reason);
      });
    }

    it('shows the card for the fluid size, which has no artwork', async () => {
      const element = await banner(html`<ispeed-banner variant="image" size="fluid"></ispeed-banner>`);
      expect(element.shadowRoot!.querySelector('.card')).to.not.equal(null);
    });
  });

  describe('accessibility (axe, WCAG 2.2 AA)', () => {
    for (const lang of ['vi', 'en']) {
      for (const theme of ['light', 'dark', 'brand']) {
        it(`card in ${lang}, ${theme} theme, every size`, async () => {
          const wrapper = await fixture(html`<div lang=${lang}>
            ${[...FIXED_SIZES, 'fluid'].map((size) => html`<ispeed-banner size=${size} theme=${theme}></ispeed-banner>`)}
          </div>`);
          await Promise.all([...wrapper.querySelectorAll('ispeed-banner')].map((element) => element.updateComplete));
          await expect(wrapper).to.be.accessible();
        });
      }
      it(`sticky in ${lang}`, async () => {
        const element = await banner(
          html`<ispeed-banner variant="sticky" platform="android" lang=${lang} dismiss-days="0"></ispeed-banner>`,
        );
        await expect(element).to.be.accessible();
      });
      it(`image in ${lang}`, async () => {
        const element = await banner(html`<ispeed-banner variant="image" lang=${lang}></ispeed-banner>`);
        await waitUntil(() => element.shadowRoot!.querySelector('.loaded'), 'artwork loads', { timeout: 5000 });
        await expect(element).to.be.accessible();
      });
    }
  });

  describe('failure', () => {
    it('shows its fallback content instead of throwing when rendering fails', async () => {
      class BrokenBanner extends (customElements.get('ispeed-banner') as typeof IspeedBanner) {
        protected override renderWidget(): never {
          throw new Error('boom');
        }
      }
      customElements.define('broken-banner', BrokenBanner);
      let element!: IspeedBanner;
      const warnings = await captureWarnings(async () => {
        element = await fixture<IspeedBanner>(
          html`<broken-banner><a href="https://speedtest.vn">i-Speed</a></broken-banner>`,
        );
        await element.updateComplete;
      });
      const slot = element.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement;
      expect(slot.assignedElements()[0].textContent).to.equal('i-Speed');
      expect(warnings[0]).to.contain('could not render').and.contain('boom');
    });
  });
});
