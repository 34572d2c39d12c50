/**
 * Accessibility past axe, across the widgets: forced colours, non-text
 * contrast, reading order, heading levels, the colour scheme, and text
 * spacing / text-only zoom (WCAG 2.2 AA: 1.3.1, 1.3.2, 1.4.4, 1.4.11, 1.4.12).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/npm/banner.js';
import '../src/npm/guide.js';
import '../src/npm/progress.js';
import '../src/npm/qr-card.js';
import '../src/tools/configurator/define.js';
import { addTranslations } from '../src/runtime/translations.js';
import { ariaSnapshot } from './helpers/aria.js';
import { backgroundOf, composite, contrast, systemColour, type Rgb } from './helpers/colour.js';
import { captureWarnings } from './helpers/console.js';
import { isInside } from './helpers/layout.js';
import { part } from './helpers/shadow.js';
import { applyTextSpacing as spaceText, doubleText as enlarge } from './helpers/reader-styles.js';

const PROGRESS_DATA = '/test/fixtures/progress/thang-11.json';
const THEMES = ['light', 'dark', 'brand', 'auto'] as const;

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

async function widget(template: ReturnType<typeof html>): Promise<Widget> {
  const element = await fixture<Widget>(template);
  await element.updateComplete;
  if (element.localName === 'ispeed-progress') {
    await waitUntil(() => element.shadowRoot?.querySelector('[aria-busy="false"] .ranking'), 'the data loads', {
      timeout: 6000,
    });
    await element.updateComplete;
  }
  return element;
}

const colourOf = (
  element: Element,
  property: 'color' | 'borderTopColor' | 'borderBottomColor' | 'backgroundColor' | 'outlineColor',
) => composite(getComputedStyle(element)[property]);
const same = (a: Rgb, b: Rgb) => a.every((value, index) => Math.abs(value - b[index]) <= 2);

/** Every control a widget draws as a button: real buttons and links styled as buttons. */
const buttons = (element: Element) => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>('button, .button-accent, .button-plain'),
];

describe('accessibility past axe', () => {
  describe('forced colours (Windows High Contrast)', () => {
    before(() => emulateMedia({ forcedColors: 'active' }));
    after(() => emulateMedia({ forcedColors: 'none' }));

    it('the progress bar shows its value: a Highlight fill on a CanvasText-outlined track', async () => {
      const element = await widget(
        html`<ispeed-progress src=${PROGRESS_DATA} unit="xa-ea-kao" ranking="5"></ispeed-progress>`,
      );
      const bar = part(element, '[role="progressbar"]');
      const fill = part(element, '.fill');
      const track = getComputedStyle(bar);
      expect(parseFloat(track.borderTopWidth), 'the track is outlined').to.be.at.least(1);
      expect(same(colourOf(bar, 'borderTopColor'), systemColour('CanvasText')), 'outline in CanvasText').to.equal(true);
      expect(same(colourOf(fill, 'backgroundColor'), systemColour('Highlight')), 'fill in Highlight').to.equal(true);
      expect(contrast(colourOf(fill, 'backgroundColor'), backgroundOf(bar)), 'fill against the track').to.be.at.least(
        3,
      );
      expect(fill.getBoundingClientRect().width / bar.clientWidth).to.be.closeTo(124 / 300, 0.02);
    });

    it('marks the selected guide tab by more than colour', async () => {
      const element = await widget(html`<ispeed-guide platform="android"></ispeed-guide>`);
      const selected = getComputedStyle(part(element, '[aria-selected="true"]'));
      const other = getComputedStyle(part(element, '[aria-selected="false"]'));
      expect(parseFloat(selected.borderBottomWidth), 'a thick bar under the selected tab').to.be.at.least(
        parseFloat(other.borderBottomWidth) + 3,
      );
      expect(Number(selected.fontWeight)).to.be.greaterThan(Number(other.fontWeight));
    });

    it('gives every button of every widget a ButtonBorder edge', async () => {
      const wrapper = await fixture(html`<div>
        <ispeed-banner platform="desktop"></ispeed-banner>
        <ispeed-banner variant="sticky" platform="android" dismiss-days="0"></ispeed-banner>
        <ispeed-guide platform="desktop"></ispeed-guide>
        <ispeed-guide layout="carousel" platform="android"></ispeed-guide>
        <ispeed-qr-card platform="desktop"></ispeed-qr-card>
        <ispeed-qr-card platform="android" level="H" href="https://speedtest.vn/?${'x'.repeat(1500)}"></ispeed-qr-card>
        <ispeed-progress src=${PROGRESS_DATA} unit="xa-ea-kao"></ispeed-progress>
      </div>`);
      const widgets = [...wrapper.children] as Widget[];
      await Promise.all(widgets.map((element) => element.updateComplete));
      await waitUntil(
        () => widgets.at(-1)!.shadowRoot!.querySelector('[aria-busy="false"]'),
        'the progress data loads',
        { timeout: 5000 },
      );
      const buttonBorder = systemColour('ButtonBorder');
      let count = 0;
      for (const element of widgets) {
        for (const button of buttons(element)) {
          const style = getComputedStyle(button);
          const label = `${element.localName} ${button.className || button.localName} "${button.textContent!.trim().slice(0, 30)}"`;
          expect(parseFloat(style.borderTopWidth), `${label}: has a border`).to.be.at.least(1);
          expect(same(colourOf(button, 'borderTopColor'), buttonBorder), `${label}: in ButtonBorder`).to.equal(true);
          if ((button as HTMLButtonElement).disabled)
            expect(style.borderTopStyle, `${label}: disabled shows dashed`).to.equal('dashed');
          count++;
        }
      }
      expect(count, 'buttons checked').to.be.at.least(14);
    });

    it('draws a border around the QR code dialog', async () => {
      const banner = await widget(html`<ispeed-banner platform="desktop"></ispeed-banner>`);
      part(banner, 'button.cta').click();
      await waitUntil(() => banner.shadowRoot!.querySelector('dialog[open] ispeed-qr-card'), 'the dialog opens', {
        timeout: 5000,
      });
      const dialog = part(banner, 'dialog');
      expect(parseFloat(getComputedStyle(dialog).borderTopWidth)).to.be.at.least(1);
      expect(getComputedStyle(dialog).borderTopStyle).to.equal('solid');
      expect(same(colourOf(dialog, 'borderTopColor'), systemColour('CanvasText'))).to.equal(true);
      (dialog as HTMLDialogElement).close();
    });
  });

  describe('non-text contrast of 3:1 (WCAG 1.4.11), computed from the styles', () => {
    for (const theme of THEMES) {
      for (const scheme of theme === 'auto' ? (['light', 'dark'] as const) : (['light'] as const)) {
        it(`${theme} theme${theme === 'auto' ? ` on a ${scheme} device` : ''}: track, fill, ✓, borders, selected tab, focus ring`, async () => {
          await emulateMedia({ colorScheme: scheme });
          try {
            const checks: [string, Rgb, Rgb][] = [];
            const progress = await widget(
              html`<ispeed-progress theme=${theme} src=${PROGRESS_DATA} unit="phuong-tan-loi" ranking="5"></ispeed-progress>`,
            );
            const frameBg = backgroundOf(part(progress, '.frame'));
            const bar = part(progress, '[role="progressbar"]');
            checks.push(['progress track outline', colourOf(bar, 'borderTopColor'), frameBg]);
            checks.push([
              'reached fill on the track',
              colourOf(part(progress, '.fill'), 'backgroundColor'),
              backgroundOf(bar),
            ]);
            for (const mark of progress.shadowRoot!.querySelectorAll('.ranking .mark')) {
              checks.push([`✓ on its row`, colourOf(mark, 'color'), backgroundOf(mark)]);
            }
            const below = await widget(
              html`<ispeed-progress theme=${theme} src=${PROGRESS_DATA} unit="xa-ea-kao" ranking="5"></ispeed-progress>`,
            );
            checks.push([
              'fill on the track',
              colourOf(part(below, '.fill'), 'backgroundColor'),
              backgroundOf(part(below, '[role="progressbar"]')),
            ]);

            const guide = await widget(
              html`<ispeed-guide theme=${theme} layout="carousel" platform="android"></ispeed-guide>`,
            );
            const guideBg = backgroundOf(part(guide, '.frame'));
            checks.push([
              'selected tab underline',
              colourOf(part(guide, '[aria-selected="true"]'), 'borderBottomColor'),
              guideBg,
            ]);
            for (const nav of guide.shadowRoot!.querySelectorAll<HTMLButtonElement>(
              '[role="tabpanel"]:not([hidden]) .nav',
            )) {
              checks.push([`${nav.className} border`, colourOf(nav, 'borderTopColor'), guideBg]);
            }
            const previous = guide.shadowRoot!.querySelector<HTMLButtonElement>(
              '[role="tabpanel"]:not([hidden]) .previous',
            )!;
            const next = guide.shadowRoot!.querySelector<HTMLButtonElement>('[role="tabpanel"]:not([hidden]) .next')!;
            expect(previous.disabled).to.equal(true);
            expect(getComputedStyle(previous).borderTopStyle, 'disabled: dashed, not only faint').to.equal('dashed');
            expect(getComputedStyle(next).borderTopStyle).to.equal('solid');
            checks.push([
              'focus ring',
              composite(getComputedStyle(part(guide, '.frame')).getPropertyValue('--_focus').trim()),
              guideBg,
            ]);

            const card = await widget(html`<ispeed-qr-card theme=${theme} platform="desktop"></ispeed-qr-card>`);
            const cardBg = backgroundOf(part(card, '.frame'));
            for (const action of card.shadowRoot!.querySelectorAll('.action'))
              checks.push([`"${action.textContent!.trim()}" border`, colourOf(action, 'borderTopColor'), cardBg]);
            checks.push(['store button', colourOf(part(card, '.store'), 'backgroundColor'), cardBg]);

            const banner = await widget(html`<ispeed-banner theme=${theme} platform="android"></ispeed-banner>`);
            checks.push([
              'banner call to action',
              colourOf(part(banner, '.cta'), 'backgroundColor'),
              backgroundOf(part(banner, '.frame')),
            ]);

            expect(checks.length).to.be.at.least(10);
            for (const [what, colour, background] of checks) {
              expect(
                contrast(colour, background),
                `${theme}/${scheme}: ${what} (${colour} on ${background})`,
              ).to.be.at.least(3);
            }
          } finally {
            await emulateMedia({ colorScheme: 'light' });
          }
        });
      }
    }
  });

  describe('reading order of the QR card (WCAG 1.3.2, 2.4.3)', () => {
    for (const platform of ['android', 'ios', 'desktop']) {
      for (const size of ['default', 'compact']) {
        it(`${platform}, ${size}: DOM order is the visual order, and no CSS order moves anything`, async () => {
          const element = await widget(html`<ispeed-qr-card platform=${platform} size=${size}></ispeed-qr-card>`);
          const root = element.shadowRoot!;
          const interactive = [...root.querySelectorAll<HTMLElement>('a[href], button')];
          const visual = [...interactive].sort((a, b) => {
            const [ra, rb] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
            return Math.abs(ra.top - rb.top) > 2 ? ra.top - rb.top : ra.left - rb.left;
          });
          expect(visual.map((node) => node.textContent!.trim())).to.deep.equal(
            interactive.map((node) => node.textContent!.trim()),
          );
          for (const node of root.querySelectorAll('*'))
            expect(getComputedStyle(node).order, node.className.toString()).to.equal('0');
          // Everything in the card, not only the controls, reads top to bottom.
          const blocks = [...root.querySelectorAll<HTMLElement>('.frame > *')].filter(
            (node) => node.getClientRects().length > 0,
          );
          const tops = blocks.map((node) => node.getBoundingClientRect().top);
          expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
        });
      }
    }
  });

  describe('heading-level (WCAG 1.3.1)', () => {
    const cases = [
      ['ispeed-guide', (level: string | undefined) => html`<ispeed-guide heading-level=${level ?? ''}></ispeed-guide>`],
      [
        'ispeed-progress',
        (level: string | undefined) =>
          html`<ispeed-progress src=${PROGRESS_DATA} heading-level=${level ?? ''} ranking="3"></ispeed-progress>`,
      ],
      [
        'ispeed-qr-card',
        (level: string | undefined) => html`<ispeed-qr-card heading-level=${level ?? ''}></ispeed-qr-card>`,
      ],
    ] as const;
    for (const [tag, template] of cases) {
      it(`${tag}: its title is an <h2> by default and takes levels 2 to 6`, async () => {
        for (const [level, expected] of [
          [undefined, 'h2'],
          ['3', 'h3'],
          ['4', 'h4'],
          ['6', 'h6'],
          [' 5 ', 'h5'],
        ] as const) {
          const element = await widget(template(level));
          expect(part(element, '.title').localName, `heading-level=${level}`).to.equal(expected);
          expect(part(element, '.title').getAttribute('part')).to.equal('title');
        }
        const element = await widget(template('3'));
        expect(await ariaSnapshot(element, '.title')).to.contain('[level=3]');
      });

      it(`${tag}: a bad heading-level warns once and falls back to 2`, async () => {
        for (const bad of ['1', '7', 'three', '2.5']) {
          let element!: Widget;
          const warnings = await captureWarnings(async () => {
            element = await widget(template(bad));
            element.setAttribute('lang', 'en');
            await element.updateComplete;
            element.setAttribute('lang', 'vi');
            await element.updateComplete;
          });
          expect(part(element, '.title').localName).to.equal('h2');
          const about = warnings.filter((warning) => warning.includes('heading-level'));
          expect(about, bad).to.have.length(1);
          expect(about[0]).to.contain(`"${bad}"`).and.contain('2 to 6');
        }
      });
    }
  });

  describe('colour scheme', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light' }));
    const background = (element: Element) => getComputedStyle(part(element, '.frame')).backgroundColor;

    it('theme="auto" follows the visitor\'s prefers-color-scheme, in every widget', async () => {
      for (const template of [
        html`<ispeed-guide theme="auto"></ispeed-guide>`,
        html`<ispeed-qr-card theme="auto"></ispeed-qr-card>`,
        html`<ispeed-progress theme="auto" src=${PROGRESS_DATA} ranking="2"></ispeed-progress>`,
        html`<ispeed-banner theme="auto"></ispeed-banner>`,
      ]) {
        const element = await widget(template);
        await emulateMedia({ colorScheme: 'light' });
        expect(background(element), `${element.localName} on a light device`).to.equal('rgb(255, 255, 255)');
        expect(getComputedStyle(part(element, '.frame')).colorScheme).to.equal('light dark');
        await emulateMedia({ colorScheme: 'dark' });
        expect(background(element), `${element.localName} on a dark device`).to.equal('rgb(15, 26, 42)');
        expect(getComputedStyle(part(element, '.frame')).colorScheme).to.equal('dark');
      }
    });

    it('theme="dark" sets color-scheme, so scrollbars and controls are dark too; light stays the default', async () => {
      const dark = await widget(html`<ispeed-guide theme="dark"></ispeed-guide>`);
      expect(getComputedStyle(part(dark, '.frame')).colorScheme).to.equal('dark');
      await emulateMedia({ colorScheme: 'dark' });
      const plain = await widget(html`<ispeed-guide></ispeed-guide>`);
      expect(background(plain), 'no theme: light, even on a dark device').to.equal('rgb(255, 255, 255)');
    });

    it('the configurator offers "auto"', async () => {
      const app = await fixture<Widget>(html`<ispeed-configurator dist-base="/dist/"></ispeed-configurator>`);
      await app.updateComplete;
      const options = [...app.shadowRoot!.querySelectorAll<HTMLOptionElement>('select[name="theme"] option')];
      const auto = options.find((option) => option.value === 'auto')!;
      expect(auto.textContent).to.equal('Theo thiết bị của người xem');
      auto.selected = true;
      part(app, 'select[name="theme"]').dispatchEvent(new Event('change'));
      await app.updateComplete;
      expect(app.shadowRoot!.querySelector('[data-form="element"]')!.textContent).to.contain('theme="auto"');
    });
  });

  describe('text spacing (WCAG 1.4.12) and 200% text-only zoom (1.4.4) in a 320 px column', () => {
    const applyTextSpacing = (element: Element) => spaceText(element.shadowRoot!);
    const doubleText = (element: Element) => enlarge(element.shadowRoot!);
    function expectNothingClipped(element: Element, label: string): void {
      const root = element.shadowRoot!;
      const frame = part(element, '.frame').getBoundingClientRect();
      expect(frame.width, `${label}: the widget keeps to its column`).to.be.at.most(320.5);
      let checked = 0;
      // Innermost first, so a failure names the part that overflows rather than its container.
      for (const node of [...root.querySelectorAll<HTMLElement>('.frame *')].reverse()) {
        if (node.closest('.visually-hidden, .print-only, dialog, svg') || node.getClientRects().length === 0) continue;
        const box = node.getBoundingClientRect();
        const name = `${label}: ${node.localName}.${node.className} "${(node.textContent ?? '').trim().slice(0, 24)}"`;
        expect(
          box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5,
          `${name} stays inside the widget`,
        ).to.equal(true);
        if (node.matches('a, button')) expect(isInside(box, frame), `${name} stays inside the widget`).to.equal(true);
        const style = getComputedStyle(node);
        if (style.display !== 'inline') {
          expect(node.scrollWidth, `${name}: no text cut off at the side`).to.be.at.most(node.clientWidth + 1);
          if (style.overflowY !== 'visible')
            expect(node.scrollHeight, `${name}: nothing cut off below`).to.be.at.most(node.clientHeight + 1);
        }
        checked++;
      }
      expect(checked, `${label}: parts checked`).to.be.greaterThan(5);
    }
    const cases: [string, (lang: string) => ReturnType<typeof html>][] = [
      ['guide, steps', (lang) => html`<ispeed-guide lang=${lang} platform="android"></ispeed-guide>`],
      ['guide, carousel', (lang) => html`<ispeed-guide lang=${lang} layout="carousel" platform="ios"></ispeed-guide>`],
      [
        'guide, compact',
        (lang) => html`<ispeed-guide lang=${lang} layout="compact" platform="desktop"></ispeed-guide>`,
      ],
      ['QR card on a desktop', (lang) => html`<ispeed-qr-card lang=${lang} platform="desktop"></ispeed-qr-card>`],
      [
        'QR card, compact, on a phone',
        (lang) => html`<ispeed-qr-card lang=${lang} size="compact" platform="android"></ispeed-qr-card>`,
      ],
      [
        'QR card, frameless (as in the dialog), on a desktop',
        (lang) => html`<ispeed-qr-card lang=${lang} frame="none" actions="none" platform="desktop"></ispeed-qr-card>`,
      ],
      [
        'progress with a ranking',
        (lang) =>
          html`<ispeed-progress lang=${lang} src=${PROGRESS_DATA} unit="xa-ea-kao" ranking="5"></ispeed-progress>`,
      ],
    ];
    for (const [what, template] of cases) {
      for (const lang of ['vi', 'en']) {
        it(`${what} in ${lang}: nothing clipped, every button inside`, async () => {
          for (const mode of ['text spacing', '200% text', 'both'] as const) {
            const column = await fixture<HTMLElement>(html`<div style="width: 320px">${template(lang)}</div>`);
            const element = column.firstElementChild as Widget;
            await element.updateComplete;
            if (element.localName === 'ispeed-progress') {
              await waitUntil(
                () => element.shadowRoot!.querySelector('[aria-busy="false"] .ranking'),
                'the data loads',
                { timeout: 6000 },
              );
            }
            if (mode !== '200% text') applyTextSpacing(element);
            if (mode !== 'text spacing') doubleText(element);
            if (what.includes('compact') && element.localName === 'ispeed-guide') {
              for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
            }
            expectNothingClipped(element, `${what}, ${lang}, ${mode}`);
          }
        });
      }
    }
  });

  describe('the smaller ones', () => {
    it("the dialog's close button keeps its size at 320 px with a long translated title", async () => {
      expect(
        addTranslations('xl', {
          qr: { dialogTitle: 'Tải ứng dụng i-Speed về điện thoại của bạn ngay hôm nay để đo tốc độ Internet miễn phí' },
        }),
      ).to.equal(true);
      await setViewport({ width: 320, height: 640 });
      try {
        const banner = await widget(html`<ispeed-banner platform="desktop" lang="xl"></ispeed-banner>`);
        part(banner, 'button.cta').click();
        await waitUntil(() => banner.shadowRoot!.querySelector('dialog[open] ispeed-qr-card'), 'the dialog opens', {
          timeout: 5000,
        });
        const close = part(banner, 'dialog .close').getBoundingClientRect();
        expect([close.width, close.height]).to.deep.equal([36, 36]);
        expect(part(banner, '.dialog-title').textContent).to.contain('hôm nay');
        (part(banner, 'dialog') as HTMLDialogElement).close();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it("the compact guide's summaries keep an expand cue that turns when open", async () => {
      const element = await widget(html`<ispeed-guide layout="compact" platform="android"></ispeed-guide>`);
      const details = [
        ...element.shadowRoot!.querySelectorAll<HTMLDetailsElement>('[role="tabpanel"]:not([hidden]) details'),
      ];
      expect(details).to.have.length(6);
      for (const item of details) {
        const cue = item.querySelector('summary .expand-cue')!;
        const box = cue.getBoundingClientRect();
        expect(box.width, 'a visible cue').to.be.at.least(12);
        expect(cue.getAttribute('aria-hidden')).to.equal('true');
        expect(getComputedStyle(cue).transform).to.equal('none');
      }
      details[0].querySelector('summary')!.click();
      expect(details[0].open).to.equal(true);
      expect(getComputedStyle(details[0].querySelector('.expand-cue')!).transform, 'turned when open').to.not.equal(
        'none',
      );
    });

    it('"In áp phích" says it opens a new tab', async () => {
      const element = await widget(html`<ispeed-qr-card platform="desktop"></ispeed-qr-card>`);
      expect(await ariaSnapshot(element, '.actions')).to.contain('button "In áp phích (mở trong thẻ mới)"');
      const english = await widget(html`<ispeed-qr-card platform="desktop" lang="en"></ispeed-qr-card>`);
      expect(await ariaSnapshot(english, '.actions')).to.match(/button "Print[^"]*\(opens in a new tab\)"/);
    });

    it('the configurator has a <main> landmark', async () => {
      const app = await fixture<Widget>(html`<ispeed-configurator dist-base="/dist/"></ispeed-configurator>`);
      await app.updateComplete;
      expect(app.shadowRoot!.querySelectorAll('main')).to.have.length(1);
      expect(part(app, 'main').querySelector('form')).to.not.equal(null);
      expect(await ariaSnapshot(app)).to.match(/^\s*- main:/m);
    });
  });
});
