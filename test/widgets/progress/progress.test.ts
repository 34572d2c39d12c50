import { expect, html } from '@open-wc/testing';
import '../../../src/npm/progress.js';
import type { IspeedProgress } from '../../../src/widgets/progress/progress.js';
import { ariaSnapshot } from '../../helpers/aria.js';
import { captureWarnings } from '../../helpers/console.js';
import { progress } from '../../helpers/progress.js';
import { part } from '../../helpers/shadow.js';

const JSON_DATA = '/test/fixtures/progress/thang-11.json';
const text = (element: Element, selector: string) => part(element, selector).textContent!.replace(/\s+/g, ' ').trim();

describe('<ispeed-progress>', () => {
  it("shows the unit's samples this month against the 300-sample target", async () => {
    const element = await progress(
      html`<ispeed-progress src=${JSON_DATA} unit="xa-ea-kao" platform="android"></ispeed-progress>`,
    );
    expect(text(element, '.title')).to.equal('Tiến độ đo tốc độ Internet tháng 11/2026');
    expect(text(element, '.unit-name')).to.equal('Xã Ea Kao');
    expect(text(element, '.count')).to.equal('124 / 300 mẫu');
    expect(text(element, '.status')).to.equal('Còn 176 mẫu để đạt chỉ tiêu 300 mẫu/tháng.');
    expect(text(element, '.updated')).to.equal('Số liệu tháng 11/2026, cập nhật 20/11/2026.');
    expect(text(element, '.summary')).to.equal('2 trên 5 đơn vị đã đạt 300 mẫu.');
  });

  it('draws an accessible progress bar filled to the share reached', async () => {
    const element = await progress(html`<ispeed-progress src=${JSON_DATA} unit="xa-ea-kao"></ispeed-progress>`);
    const bar = part(element, '[role="progressbar"]');
    expect(bar.getAttribute('aria-valuemin')).to.equal('0');
    expect(bar.getAttribute('aria-valuemax')).to.equal('300');
    expect(bar.getAttribute('aria-valuenow')).to.equal('124');
    expect(bar.getAttribute('aria-valuetext')).to.equal('124 trên 300 mẫu (41%)');
    const share = part(element, '.fill').getBoundingClientRect().width / bar.getBoundingClientRect().width;
    expect(share).to.be.closeTo(0.41, 0.01);
  });

  it('ranks units, shares ranks on equal counts, and marks the unit', async () => {
    const element = await progress(
      html`<ispeed-progress src=${JSON_DATA} unit="xa-ea-tu" ranking="3"></ispeed-progress>`,
    );
    const rows = [...element.shadowRoot!.querySelectorAll('.ranking li')].map((row) =>
      [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()).join(' '),
    );
    expect(rows).to.deep.equal([
      '1. Phường Tân Lợi 412 mẫu ✓, đạt chỉ tiêu',
      '2. Xã Hòa Thắng 300 mẫu ✓, đạt chỉ tiêu',
      '3. Xã Ea Kao 124 mẫu',
      '4. Xã Ea Tu 87 mẫu',
    ]);
    expect(element.shadowRoot!.querySelector('[aria-current="true"]')!.textContent).to.contain('Xã Ea Tu');
    // The ✓ is seen; a screen reader hears "đạt chỉ tiêu" once, not the mark as well.
    const spoken = await ariaSnapshot(element, '.ranking');
    expect(spoken).to.not.contain('✓');
    expect(spoken.match(/đạt chỉ tiêu/g), spoken).to.have.length(2);
    const mark = part(element, '.ranking .mark');
    expect(mark.getAttribute('aria-hidden')).to.equal('true');
    expect(mark.getBoundingClientRect().width).to.be.greaterThan(0);
    const all = await progress(html`<ispeed-progress src=${JSON_DATA} ranking="10"></ispeed-progress>`);
    const ranks = [...all.shadowRoot!.querySelectorAll('.ranking li > span:first-child')].map(
      (node) => node.textContent,
    );
    expect(ranks).to.deep.equal(['1.', '2.', '3.', '4.', '4.']);
  });

  it("shows another month, and honours a Department's own target", async () => {
    const october = await progress(
      html`<ispeed-progress src=${JSON_DATA} unit="xa-ea-kao" month="10/2026"></ispeed-progress>`,
    );
    expect(text(october, '.count')).to.equal('51 / 300 mẫu');
    const lower = await progress(
      html`<ispeed-progress src=${JSON_DATA} unit="xa-ea-kao" target="100"></ispeed-progress>`,
    );
    expect(text(lower, '.status')).to.equal('Đã đạt chỉ tiêu 100 mẫu/tháng.');
    expect(part(lower, '.unit').classList.contains('reached')).to.equal(true);
  });

  it("reads a spreadsheet's CSV: semicolons, a BOM, Vietnamese headers, quotes and thousands separators", async () => {
    const element = await progress(
      html`<ispeed-progress src="/test/fixtures/progress/so-lieu.csv" unit="xa-ea-kao" ranking="5"></ispeed-progress>`,
    );
    expect(text(element, '.count')).to.equal('1.024 / 300 mẫu');
    expect(text(element, '.status')).to.equal('Đã đạt chỉ tiêu 300 mẫu/tháng.');
    expect(text(element, '.ranking')).to.contain('Phường Tân Lợi; TP. Buôn Ma Thuột');
  });

  it('speaks English', async () => {
    const element = await progress(
      html`<ispeed-progress src=${JSON_DATA} unit="xa-ea-kao" lang="en"></ispeed-progress>`,
    );
    expect(text(element, '.title')).to.equal('Internet speed measurements, November 2026');
    expect(text(element, '.count')).to.equal('124 / 300 samples');
    expect(text(element, '.updated')).to.equal('Figures for November 2026, updated 20 November 2026.');
  });

  describe('bad data', () => {
    it('leaves out a bad row, and says which', async () => {
      const warnings = await captureWarnings(async () => {
        await progress(html`<ispeed-progress src=${`${JSON_DATA}?rows`} unit="xa-ea-kao"></ispeed-progress>`);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('rows[6] (Xã Hòa Xuân): samples "nhiều" is not a whole number');
    });

    const broken = [
      ['a 404', '/test/fixtures/progress/nowhere.json', 'HTTP 404', 'Chưa có số liệu.'],
      [
        'another schema',
        '/test/fixtures/progress/wrong-schema.json',
        'schema must be "ispeed-widgets/progress"',
        'Chưa đọc được tệp số liệu.',
      ],
      [
        'a CSV without a samples column',
        '/test/fixtures/progress/no-samples-column.csv',
        'no "samples" column',
        'Chưa đọc được tệp số liệu.',
      ],
      ['a javascript: address', 'javascript:alert(1)', 'only http(s)', 'Chưa có số liệu.'],
    ];
    for (const [what, src, reason, message] of broken) {
      it(`says there is no data yet after ${what}, never a made-up number`, async () => {
        let element!: IspeedProgress;
        const warnings = await captureWarnings(async () => {
          element = await progress(
            html`<ispeed-progress src=${src} unit="xa-ea-kao" platform="android"></ispeed-progress>`,
          );
        });
        expect(text(element, '.message')).to.equal(message);
        expect(element.shadowRoot!.querySelector('.count')).to.equal(null);
        expect(warnings.join('\n')).to.contain(reason);
        expect(part(element, 'a.cta').getAttribute('href')).to.match(/^https:\/\/play\.google\.com\//);
      });
    }

    it('asks for src when it is missing', async () => {
      const warnings = await captureWarnings(async () => {
        await progress(html`<ispeed-progress></ispeed-progress>`);
      });
      expect(warnings[0]).to.contain('needs src=');
    });

    it('says when the unit has no data that month', async () => {
      const element = await progress(html`<ispeed-progress src=${JSON_DATA} unit="xa-khong-co"></ispeed-progress>`);
      expect(text(element, '.message')).to.equal('Chưa có số liệu của đơn vị này trong tháng 11/2026.');
    });
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['vi', 'en']) {
      for (const theme of ['light', 'dark', 'brand']) {
        it(`${lang}, ${theme}, with a ranking`, async () => {
          const element = await progress(
            html`<ispeed-progress src=${JSON_DATA} unit="xa-ea-kao" ranking="5" lang=${lang} theme=${theme}></ispeed-progress>`,
          );
          await expect(element).to.be.accessible();
        });
      }
    }
  });
});
