import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import guideEn from '../../../assets/guide/guide.en.json';
import guideVi from '../../../assets/guide/guide.vi.json';
import '../../../src/npm/guide.js';
import { validateGuide } from '../../../src/widgets/guide/guide-data.js';
import type { IspeedGuide } from '../../../src/widgets/guide/guide.js';
import { captureWarnings } from '../../helpers/console.js';
import { part } from '../../helpers/shadow.js';

async function guide(template: ReturnType<typeof html>): Promise<IspeedGuide> {
  const element = await fixture<IspeedGuide>(template);
  await element.updateComplete;
  return element;
}

const visiblePanel = (element: IspeedGuide) =>
  element.shadowRoot!.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])')!;
const stepTitles = (root: ParentNode) =>
  [...root.querySelectorAll('.step-title, summary')].map((node) => node.textContent!.replace(/^\d+/, '').trim());

describe('<ispeed-guide>', () => {
  describe('content', () => {
    it('ships built-in steps that pass its own schema, and flags what a Department should verify', () => {
      for (const data of [guideVi, guideEn]) {
        const result = validateGuide(data);
        expect(typeof result, String(result)).to.equal('object');
      }
      const flagged = guideVi.platforms.android.steps
        .filter((step) => 'verify' in step && step.verify)
        .map((step) => step.title);
      expect(flagged).to.deep.equal(['Cho phép quyền đo', 'Bật chế độ đo tự động']);
    });

    it('shows the Vietnamese steps by default, numbered, with illustrations', async () => {
      const element = await guide(html`<ispeed-guide platform="android"></ispeed-guide>`);
      expect(part(element, '.title').textContent!.trim()).to.equal('Cài đặt i-Speed và bật chế độ đo tự động');
      const panel = visiblePanel(element);
      expect(stepTitles(panel)).to.deep.equal(guideVi.platforms.android.steps.map((step) => step.title));
      expect([...panel.querySelectorAll('.number')].map((node) => node.textContent)).to.deep.equal([
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
      ]);
      expect(panel.querySelectorAll('svg.illustration')).to.have.length(6);
      expect(panel.textContent)
        .to.contain('i-Speed by VNNIC')
        .and.contain('CH Play')
        .and.contain('miễn cước data di động');
    });

    it('speaks English with lang="en"', async () => {
      const element = await guide(html`<ispeed-guide lang="en" platform="ios"></ispeed-guide>`);
      expect(stepTitles(visiblePanel(element))[0]).to.equal('Find the app');
      expect(visiblePanel(element).textContent).to.contain('App Store');
    });
  });

  describe('tabs (WAI-ARIA)', () => {
    for (const [platform, expected] of [
      ['android', 'android'],
      ['ios', 'ios'],
      ['desktop', 'android'],
    ]) {
      it(`preselects ${expected} for a visitor on ${platform}`, async () => {
        const element = await guide(html`<ispeed-guide platform=${platform}></ispeed-guide>`);
        expect(part(element, '[aria-selected="true"]').id).to.equal(`tab-${expected}`);
        expect(visiblePanel(element).id).to.equal(`panel-${expected}`);
      });
    }

    it('links tabs and panels, with a roving tabindex', async () => {
      const element = await guide(html`<ispeed-guide platform="android"></ispeed-guide>`);
      const tabs = [...element.shadowRoot!.querySelectorAll('[role="tab"]')];
      expect(tabs.map((tab) => tab.getAttribute('aria-controls'))).to.deep.equal(['panel-android', 'panel-ios']);
      expect(tabs.map((tab) => tab.getAttribute('tabindex'))).to.deep.equal(['0', '-1']);
      expect(part(element, '#panel-ios').getAttribute('aria-labelledby')).to.equal('tab-ios');
    });

    it('moves with the arrow keys (wrapping), Home and End, and follows with the panel', async () => {
      const element = await guide(html`<ispeed-guide platform="android"></ispeed-guide>`);
      part(element, '#tab-android').focus();
      const focused = () => element.shadowRoot!.activeElement?.id;
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      await aTimeout(0);
      expect(focused()).to.equal('tab-ios');
      expect(part(element, '#tab-ios').getAttribute('aria-selected')).to.equal('true');
      expect(part(element, '#tab-ios').getAttribute('tabindex')).to.equal('0');
      expect(visiblePanel(element).id).to.equal('panel-ios');
      await sendKeys({ press: 'ArrowRight' });
      await aTimeout(0);
      expect(focused(), 'wraps to the first').to.equal('tab-android');
      await sendKeys({ press: 'ArrowLeft' });
      await aTimeout(0);
      expect(focused(), 'wraps to the last').to.equal('tab-ios');
      await sendKeys({ press: 'Home' });
      await aTimeout(0);
      expect(focused()).to.equal('tab-android');
      await sendKeys({ press: 'End' });
      await aTimeout(0);
      expect(focused()).to.equal('tab-ios');
      await sendKeys({ press: 'Tab' });
      expect(focused(), 'Tab leaves the tab list for the panel').to.equal('panel-ios');
    });

    it('selects a tab on click', async () => {
      const element = await guide(html`<ispeed-guide platform="android"></ispeed-guide>`);
      part(element, '#tab-ios').click();
      await element.updateComplete;
      expect(visiblePanel(element).id).to.equal('panel-ios');
    });
  });

  describe('layouts', () => {
    it("carousel: one step at a time, announced politely with the step's title", async () => {
      const element = await guide(html`<ispeed-guide layout="carousel" platform="android"></ispeed-guide>`);
      const panel = () => visiblePanel(element);
      // The visible "Bước 2 trên 6" is for the eye; the live region says the step too.
      const live = () => panel().querySelector('[aria-live="polite"]')!;
      const titles = guideVi.platforms.android.steps.map((step) => step.title);
      expect(panel().querySelector('.position')!.textContent).to.equal('Bước 1 trên 6');
      expect(panel().querySelector('.position')!.getAttribute('aria-hidden'), 'not read twice').to.equal('true');
      expect(live().textContent).to.equal(`Bước 1 trên 6: ${titles[0]}`);
      expect(panel().querySelectorAll('.step')).to.have.length(1);
      expect((panel().querySelector('.previous') as HTMLButtonElement).disabled).to.equal(true);
      for (let step = 2; step <= 6; step++) {
        (panel().querySelector('.next') as HTMLButtonElement).click();
        await element.updateComplete;
        expect(live().textContent, 'the live region says which step, not only its number').to.equal(
          `Bước ${step} trên 6: ${titles[step - 1]}`,
        );
        expect(panel().querySelector('ol')!.getAttribute('start')).to.equal(String(step));
      }
      expect(stepTitles(panel())).to.deep.equal(['Giữ chế độ tự động']);
      expect((panel().querySelector('.next') as HTMLButtonElement).disabled).to.equal(true);
      (panel().querySelector('.previous') as HTMLButtonElement).click();
      await element.updateComplete;
      expect(live().textContent).to.equal(`Bước 5 trên 6: ${titles[4]}`);
    });

    it('carousel: keeps keyboard focus on a button when the pressed one is disabled at either end', async () => {
      const element = await guide(html`<ispeed-guide layout="carousel" platform="android"></ispeed-guide>`);
      const panel = visiblePanel(element);
      panel.querySelector<HTMLButtonElement>('.next')!.focus();
      for (let step = 2; step <= 6; step++) {
        await sendKeys({ press: 'Enter' });
        await element.updateComplete;
        await aTimeout(0);
      }
      expect(panel.querySelector('.position')!.textContent).to.equal('Bước 6 trên 6');
      expect(element.shadowRoot!.activeElement, 'focus moves to "previous", not the page').to.equal(
        panel.querySelector('.previous'),
      );
    });

    it('carousel: focus moves to the other button before the pressed one is disabled, never to the page', async () => {
      const element = await guide(html`<ispeed-guide layout="carousel" platform="android"></ispeed-guide>`);
      const panel = visiblePanel(element);
      // A focused button that becomes disabled drops focus to <body>: no moment of that is allowed.
      const dropped: string[] = [];
      element.shadowRoot!.addEventListener('focusout', (event) => {
        if (!(event as FocusEvent).relatedTarget) dropped.push((event.target as Element).className);
      });
      panel.querySelector<HTMLButtonElement>('.next')!.focus();
      for (let step = 2; step <= 6; step++) {
        await sendKeys({ press: 'Space' });
        await element.updateComplete;
      }
      await nextFrame();
      expect(panel.querySelector('.position')!.textContent).to.equal('Bước 6 trên 6');
      expect(element.shadowRoot!.activeElement, 'at the last step').to.equal(panel.querySelector('.previous'));
      for (let step = 5; step >= 1; step--) {
        await sendKeys({ press: 'Enter' });
        await element.updateComplete;
      }
      await nextFrame();
      expect(panel.querySelector('.position')!.textContent).to.equal('Bước 1 trên 6');
      expect(element.shadowRoot!.activeElement, 'at the first step').to.equal(panel.querySelector('.next'));
      expect(document.activeElement).to.equal(element);
      expect(dropped, 'focus never fell to the page').to.deep.equal([]);
    });

    it('compact: every step folds in a <details>', async () => {
      const element = await guide(html`<ispeed-guide layout="compact" platform="ios"></ispeed-guide>`);
      const details = [...visiblePanel(element).querySelectorAll('details')];
      expect(details).to.have.length(6);
      expect(details.every((item) => !item.open)).to.equal(true);
      details[0].querySelector('summary')!.click();
      expect(details[0].open).to.equal(true);
      expect(details[0].querySelector('p')!.textContent).to.contain('App Store');
    });

    it('falls back to steps for an unknown layout, with a warning', async () => {
      let element!: IspeedGuide;
      const warnings = await captureWarnings(async () => {
        element = await guide(html`<ispeed-guide layout="slideshow"></ispeed-guide>`);
      });
      expect(part(element, '.frame').classList.contains('layout-steps')).to.equal(true);
      expect(warnings[0]).to.contain('"slideshow"');
    });
  });

  describe("a Department's own steps (src)", () => {
    it('shows the steps from src, with {lang} filled in', async () => {
      const element = await guide(
        html`<ispeed-guide platform="android" src="/test/fixtures/guides/department.json?lang={lang}"></ispeed-guide>`,
      );
      await waitUntil(
        () => part(element, '.title').textContent!.includes('Hướng dẫn của Sở'),
        "the Department's guide shows",
      );
      expect(visiblePanel(element).textContent).to.contain('Vào Cài đặt > Đo tự động');
      expect(part(element, '.frame').getAttribute('lang')).to.equal('ede');
    });

    const broken = [
      ['a 404', '/test/fixtures/guides/nowhere.json', 'HTTP 404'],
      ['invalid JSON', '/test/fixtures/guides/not-json.json', 'not JSON'],
      [
        'a missing field',
        '/test/fixtures/guides/missing-field.json',
        'platforms.ios.steps[2].title must be a non-empty string',
      ],
      [
        'a wrong type',
        '/test/fixtures/guides/wrong-type.json',
        'platforms.android.steps[1].verify must be true or false',
      ],
      ['an unknown platform', '/test/fixtures/guides/unknown-platform.json', 'platforms.windows is not a platform'],
      ['a slow answer', '/test/fixtures/guides/department.json?delay=6000&slow', 'no answer within 2000 ms'],
      ['a javascript: link', 'javascript:alert(1)', 'only http(s)'],
    ];
    for (const [what, src, reason] of broken) {
      it(`keeps the built-in steps after ${what}, naming the problem`, async () => {
        let element!: IspeedGuide;
        const warnings = await captureWarnings(async (seen) => {
          // Only the slow case needs a short limit (below its delay); on a loaded machine a 404 can take longer than 300 ms.
          const limit = reason.startsWith('no answer') ? '2000' : '5000';
          element = await guide(html`<ispeed-guide platform="android" src=${src} timeout=${limit}></ispeed-guide>`);
          await waitUntil(() => seen.length > 0, 'a warning', { timeout: 6000 });
        });
        expect(warnings.join('\n')).to.contain(reason);
        expect(part(element, '.title').textContent!.trim()).to.equal(guideVi.title);
        expect(stepTitles(visiblePanel(element))).to.have.length(6);
      });
    }
  });

  describe('call to action', () => {
    it('on a phone links to the store and to the official materials', async () => {
      const element = await guide(html`<ispeed-guide platform="android" unit="xa-ea-kao"></ispeed-guide>`);
      const cta = part(element, 'a.cta') as HTMLAnchorElement;
      expect(cta.href).to.match(/^https:\/\/play\.google\.com\/.*utm_content=xa-ea-kao/);
      expect((part(element, '.materials') as HTMLAnchorElement).href).to.match(/^https:\/\/speedtest\.vn\/tai-lieu\?/);
    });

    it('keeps the space before "i-Speed" in the button (flex layout would drop it)', async () => {
      const element = await guide(html`<ispeed-guide platform="ios"></ispeed-guide>`);
      const text = [...part(element, 'a.cta > span').childNodes].find(
        (node): node is Text => node instanceof Text && node.data.trim() !== '',
      )!;
      expect(text.data).to.equal('Tải ứng dụng ');
      const width = (end: number) => {
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, end);
        return range.getBoundingClientRect().width;
      };
      expect(width(text.length) - width(text.length - 1), 'the trailing space has width').to.be.greaterThan(2);
    });

    it('on a desktop opens the QR code dialog', async () => {
      const element = await guide(html`<ispeed-guide platform="desktop"></ispeed-guide>`);
      part(element, 'button.cta').click();
      await waitUntil(() => element.shadowRoot!.querySelector('dialog[open] ispeed-qr-card'), 'the QR dialog opens', {
        timeout: 8000,
      });
      element.shadowRoot!.querySelector('dialog')!.close();
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints a one-page handout with both platforms and every step', async () => {
      const element = await guide(html`<ispeed-guide layout="carousel" platform="android"></ispeed-guide>`);
      expect(getComputedStyle(part(element, '.print-only')).display).to.equal('none');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(part(element, '.print-only')).display).to.equal('block');
      expect(getComputedStyle(part(element, '.screen-only')).display).to.equal('none');
      const columns = [...element.shadowRoot!.querySelectorAll('.columns section')];
      expect(columns.map((column) => column.querySelector('h3')!.textContent)).to.deep.equal([
        'Android',
        'iPhone (iOS)',
      ]);
      expect(columns.map((column) => column.querySelectorAll('li').length)).to.deep.equal([6, 6]);
      expect(part(element, '.print-note').textContent).to.contain('speedtest.vn/tai-lieu');
      // A4 at 96 dpi, less 15 mm margins: the handout must fit one page.
      expect(part(element, '.frame').getBoundingClientRect().height).to.be.below(((297 - 30) / 25.4) * 96);
    });
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['vi', 'en']) {
      for (const layout of ['steps', 'carousel', 'compact']) {
        it(`${layout} in ${lang}`, async () => {
          const element = await guide(
            html`<ispeed-guide layout=${layout} lang=${lang} platform="android"></ispeed-guide>`,
          );
          await expect(element).to.be.accessible();
        });
      }
    }
  });
});
