import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/npm/progress.js';
import type { IspeedProgress } from '../../src/widgets/progress/progress.js';
import {
  MAX_ROWS,
  parseProgressCsv,
  parseProgressJson,
  readCount,
  readProgressText,
  type ProgressData,
  type ReadResult,
} from '../../src/data/progress-file.js';
import { describe as say } from '../../src/data/messages.js';
import { reportingMonth, vietnamDate } from '../../src/data/vietnam-time.js';
import { captureWarnings } from '../helpers/console.js';
import { closePages, openPage } from '../helpers/frame.js';
import { progress } from '../helpers/progress.js';
import { part } from '../helpers/shadow.js';

/** The files a Department really has, each served by the test server, and every bad-data case a review found. */
const FIXTURES = '/test/fixtures/progress';
const text = (element: Element, selector: string) => part(element, selector).textContent!.replace(/\s+/g, ' ').trim();
/** What a screen reader reads of each ranking row: the text, less the parts hidden from it (the ✓ mark). */
const spoken = (node: Node): string =>
  node instanceof Element
    ? node.getAttribute('aria-hidden') === 'true'
      ? ''
      : [...node.childNodes].map(spoken).join('')
    : node instanceof Text
      ? node.data
      : '';
const ranking = (element: Element) =>
  [...element.shadowRoot!.querySelectorAll('.ranking li')].map((row) =>
    [...row.children]
      .map((cell) => spoken(cell).replace(/\s+/g, ' ').trim())
      .join(' ')
      .replace(/\s+,/g, ','),
  );

/** Errors and unhandled rejections the page sees while `action` runs: the widget must cause none. */
async function pageErrors(action: () => Promise<unknown>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await action();
    // A rejection is reported after the microtask queue drains.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

function data(result: ReadResult): ProgressData {
  if ('unusable' in result) throw new Error(`expected data, got "${say(result.unusable, 'en')}"`);
  return result;
}

describe('<ispeed-progress> reads the files Departments have', () => {
  it('a one-month export without a month column (BOM, semicolons, CRLF) is the month of the month attribute', async () => {
    const element = await progress(
      html`<ispeed-progress src=${`${FIXTURES}/mot-thang.csv`} unit="xa-ea-kao" month="2026-11"></ispeed-progress>`,
    );
    expect(text(element, '.count')).to.equal('124 / 300 mẫu');
    expect(text(element, '.updated')).to.equal('Số liệu tháng 11/2026.');
  });

  it('a month-less file with no month anywhere is the month units report today in Vietnam, and says so', async () => {
    let element!: IspeedProgress;
    const warnings = await captureWarnings(async () => {
      element = await progress(
        html`<ispeed-progress src=${`${FIXTURES}/mot-thang.csv`} unit="so-khcn"></ispeed-progress>`,
      );
    });
    const reporting = reportingMonth(vietnamDate());
    const [year, month] = reporting.month.split('-');
    expect(text(element, '.count')).to.equal('350 / 300 mẫu');
    expect(text(element, '.updated')).to.equal(
      reporting.rule === 'ended'
        ? `Số liệu tháng ${month}/${year} (tháng trước, hạn báo cáo đến ngày 15; tệp không ghi tháng).`
        : `Số liệu tháng ${month}/${year} (tháng hiện tại; tệp không ghi tháng).`,
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('names no month');
  });

  it('takes a month-less file\'s month from its own "month", else its "updated"', () => {
    const rows = [{ unit: 'xa-a', samples: 1 }];
    const own = data(
      parseProgressJson({
        schema: 'ispeed-widgets/progress',
        version: 1,
        month: '10/2026',
        updated: '2026-11-02',
        rows,
      }),
    );
    expect([own.rows[0].month, own.monthSource]).to.deep.equal(['2026-10', 'file']);
    const updated = data(
      parseProgressJson({ schema: 'ispeed-widgets/progress', version: 1, updated: '2026-11-20', rows }),
    );
    expect([updated.rows[0].month, updated.monthSource]).to.deep.equal(['2026-11', 'updated']);
    const asked = data(
      parseProgressJson(
        { schema: 'ispeed-widgets/progress', version: 1, month: '2026-10', rows },
        { month: '2026-09' },
      ),
    );
    expect([asked.rows[0].month, asked.monthSource]).to.deep.equal(['2026-09', 'attribute']);
  });

  it('finds the header below title rows, and the month and date in the titles', async () => {
    const element = await progress(
      html`<ispeed-progress src=${`${FIXTURES}/tieu-de.csv`} unit="xa-ea-kao" lang="en"></ispeed-progress>`,
    );
    expect(text(element, '.count')).to.equal('124 / 300 samples');
    expect(text(element, '.title')).to.equal('Internet speed measurements, November 2026');
    expect(text(element, '.updated')).to.equal('Figures for November 2026, updated 20 November 2026.');
  });

  it('maps the export\'s own column names with columns="…"', async () => {
    const src = `${FIXTURES}/cot-rieng.csv`;
    const element = await progress(
      html`<ispeed-progress src=${src} unit="xa-ea-tu" month="11/2026" ranking="5" columns="unit:Mã định danh,name:Đơn vị báo cáo,samples:Số lượt đo hợp lệ"></ispeed-progress>`,
    );
    expect(text(element, '.count')).to.equal('87 / 300 mẫu');
    expect(ranking(element)).to.deep.equal(['1. Xã Ea Kao 124 mẫu', '2. Xã Ea Tu 87 mẫu']);
    const unmapped = await captureWarnings(async () => {
      const plain = await progress(html`<ispeed-progress src=${`${src}?unmapped`} unit="xa-ea-tu"></ispeed-progress>`);
      expect(text(plain, '.message')).to.equal('Chưa đọc được tệp số liệu.');
    });
    expect(unmapped[0]).to.contain('no "samples" column').and.contain('columns="unit:…,samples:…"');
  });

  it('takes columns="…" from the one-tag form too (data-columns)', async () => {
    const src = `${FIXTURES}/cot-rieng.csv`;
    const tag = `<script src="/dist/ispeed.js" async data-widget="progress" data-src="${src}" data-unit="xa-ea-tu" data-month="2026-11" data-columns="unit:Mã định danh,name:Đơn vị báo cáo,samples:Số lượt đo hợp lệ"></script>`;
    const win = await openPage(`/__paste?html=${encodeURIComponent(tag)}`);
    try {
      await waitUntil(
        () => win.document.querySelector('ispeed-progress')?.shadowRoot?.querySelector('.count'),
        'the one-tag widget renders',
        { timeout: 8000 },
      );
      expect(
        win.document.querySelector('ispeed-progress')!.shadowRoot!.querySelector('.count')!.textContent!.trim(),
      ).to.equal('87 / 300 mẫu');
    } finally {
      closePages();
    }
  });

  it('turns names written in NFD into NFC', async () => {
    const element = await progress(
      html`<ispeed-progress src=${`${FIXTURES}/nfd.csv`} unit="xa-ea-kao" ranking="2"></ispeed-progress>`,
    );
    const name = text(element, '.unit-name');
    expect(name).to.equal('Xã Ea Kao');
    expect(name).to.equal(name.normalize('NFC'));
    expect(ranking(element)[0]).to.equal('1. Phường Tân Lợi 412 mẫu, đạt chỉ tiêu');
  });

  it("reads Excel's plain CSV in Windows-1258, with names in NFC, and says so", async () => {
    let element!: IspeedProgress;
    const warnings = await captureWarnings(async () => {
      element = await progress(
        html`<ispeed-progress src=${`${FIXTURES}/windows-1258.csv`} unit="phuong-tan-loi" month="2026-11"></ispeed-progress>`,
      );
    });
    expect(text(element, '.unit-name')).to.equal('Phường Tân Lợi');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('is not UTF-8: read as windows-1258');
  });

  it('reads "1.234", "1,234" and "1 234" as numbers', async () => {
    const element = await progress(
      html`<ispeed-progress src=${`${FIXTURES}/hang-nghin.csv`} ranking="4"></ispeed-progress>`,
    );
    expect(ranking(element).map((row) => row.replace(/^\d+\. /, ''))).to.deep.equal([
      'Xã A 1.234 mẫu, đạt chỉ tiêu',
      'Xã B 1.234 mẫu, đạt chỉ tiêu',
      'Xã C 1.234 mẫu, đạt chỉ tiêu',
      'Xã D 1.234 mẫu, đạt chỉ tiêu',
    ]);
    expect([readCount('1,5').ok, readCount('12.34').ok, readCount('-3').ok]).to.deep.equal([false, false, false]);
  });

  it('adds up a unit listed twice, and names the row', async () => {
    let element!: IspeedProgress;
    const warnings = await captureWarnings(async () => {
      element = await progress(
        html`<ispeed-progress src=${`${FIXTURES}/trung-lap.csv`} unit="xa-ea-kao"></ispeed-progress>`,
      );
    });
    expect(text(element, '.count')).to.equal('124 / 300 mẫu');
    expect(warnings).to.deep.equal([
      `[ispeed-widgets] the progress data ${new URL(`${FIXTURES}/trung-lap.csv`, location.href).href}: line 4 (Xã Ea Kao): the unit is listed again for November 2026 (first at line 2); its samples are added up.`,
    ]);
  });

  it('ranks a 12,000-row file and finds the unit on its last row', async () => {
    const element = await progress(
      html`<ispeed-progress src="/__data/units.csv?rows=12000" unit="xa-so-11999" month="2026-11" ranking="3"></ispeed-progress>`,
      9000,
    );
    expect(text(element, '.count')).to.equal('999 / 300 mẫu');
    expect(text(element, '.summary')).to.equal('8.400 trên 12.000 đơn vị đã đạt 300 mẫu.');
    // Twelve units share the first rank with 999 samples; the unit is one of the three shown.
    expect(ranking(element)).to.deep.equal([
      '1. Xã Số 10999 999 mẫu, đạt chỉ tiêu',
      '1. Xã Số 11999 999 mẫu, đạt chỉ tiêu',
      '1. Xã Số 1999 999 mẫu, đạt chỉ tiêu',
    ]);
    expect(part(element, '[aria-current="true"]').textContent).to.contain('Xã Số 11999');
  });

  it('reads a large file in slices, letting the page run between them (no long task)', async () => {
    const text = await (await fetch('/__data/units.csv?rows=12000')).text();
    const order: string[] = [];
    setTimeout(() => order.push('the page ran'), 0);
    const read = data(await readProgressText(text, { month: '2026-11' }));
    order.push('read');
    expect(order).to.deep.equal(['the page ran', 'read']);
    expect(read.rows).to.have.length(12000);
    expect(read).to.deep.equal(parseProgressCsv(text, { month: '2026-11' }));
  });

  it('states the row limit in the console, and it covers every commune in the country', async () => {
    expect(MAX_ROWS).to.be.greaterThan(10000);
    const warnings = await captureWarnings(async () => {
      const element = await progress(
        html`<ispeed-progress src=${`/__data/units.csv?rows=${MAX_ROWS + 5}`} unit=${`xa-so-${MAX_ROWS}`} month="2026-11"></ispeed-progress>`,
        9000,
      );
      expect(text(element, '.count')).to.equal('0 / 300 mẫu');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(
      'more than 50,000 rows: only the first 50,000 are read (from line 50002 on, left out)',
    );
  });

  it('names every bad row, each in its own line', () => {
    const lines = ['unit,month,samples', ...Array.from({ length: 25 }, (_, index) => `xa-${index},2026-11,nhiều`)];
    const { problems } = data(parseProgressCsv(lines.join('\n')));
    expect(problems).to.have.length(25);
    expect(say(problems[24], 'en')).to.equal('line 26 (xa-24): samples "nhiều" is not a whole number');
    expect(say(problems[24], 'vi')).to.equal('dòng 26 (xa-24): số mẫu "nhiều" không phải số nguyên');
  });
});

describe('<ispeed-progress> with bad data: a polite message, one warning naming the row or field, no error', () => {
  const cases: { what: string; src: string; warning: string; expect: (element: IspeedProgress) => void }[] = [
    {
      what: 'a unit code that is an object with its own toString',
      src: `${FIXTURES}/to-string.json`,
      warning: 'rows[0]: the unit code is an object, not text',
      expect: (element) => expect(text(element, '.count')).to.equal('124 / 300 mẫu'),
    },
    {
      what: 'a value nested 20,000 deep',
      src: '/__data/deep.json?depth=20000',
      warning: 'rows[0]: the unit code is a list, not text',
      expect: (element) => expect(text(element, '.count')).to.equal('124 / 300 mẫu'),
    },
    {
      what: 'a 400-digit count',
      src: `${FIXTURES}/so-400-chu-so.json`,
      warning: 'rows[0] (Xã Ea Kao): samples "999999999999999999999999… (400 characters)" is larger than 10,000,000',
      expect: (element) =>
        expect(text(element, '.message')).to.equal('Chưa có số liệu của đơn vị này trong tháng 11/2026.'),
    },
    {
      what: 'a 400-digit target',
      src: `${FIXTURES}/chi-tieu-400-chu-so.json`,
      warning: 'target "999999999999999999999999… (400 characters)" is larger than 10,000,000; using the default',
      expect: (element) => {
        expect(text(element, '.count')).to.equal('124 / 300 mẫu');
        expect(part(element, '[role="progressbar"]').getAttribute('aria-valuetext')).to.equal('124 trên 300 mẫu (41%)');
      },
    },
    {
      what: 'month 0000-01',
      src: `${FIXTURES}/thang-0000.json`,
      warning: 'rows[0] (Xã Ea Kao): month "0000-01" is not like 2026-11',
      expect: (element) =>
        expect(text(element, '.message')).to.equal('Chưa có số liệu của đơn vị này trong tháng 11/2026.'),
    },
    {
      what: 'updated 2026-99-99',
      src: `${FIXTURES}/ngay-sai.json`,
      warning: 'updated "2026-99-99" is not a date like 2026-11-20',
      expect: (element) => expect(text(element, '.updated')).to.equal('Số liệu tháng 11/2026.'),
    },
    {
      what: 'two unit columns (unit,code)',
      src: `${FIXTURES}/cot-trung-ma.csv`,
      warning: 'line 1: columns 1 ("unit") and 2 ("code") are all read as "unit"',
      expect: (element) => expect(text(element, '.message')).to.equal('Chưa đọc được tệp số liệu.'),
    },
    {
      what: 'two samples columns',
      src: `${FIXTURES}/cot-trung-mau.csv`,
      warning: 'columns 3 ("samples") and 4 ("samples") are all read as "samples"',
      expect: (element) => expect(text(element, '.message')).to.equal('Chưa đọc được tệp số liệu.'),
    },
  ];
  for (const bad of cases) {
    it(bad.what, async () => {
      let element!: IspeedProgress;
      let warnings: string[] = [];
      const errors = await pageErrors(async () => {
        warnings = await captureWarnings(async () => {
          element = await progress(html`<ispeed-progress src=${bad.src} unit="xa-ea-kao"></ispeed-progress>`);
        });
      });
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(bad.warning);
      bad.expect(element);
    });
  }

  it('says it in English too', async () => {
    const element = await progress(
      html`<ispeed-progress src=${`${FIXTURES}/cot-trung-ma.csv?en`} unit="xa-ea-kao" lang="en"></ispeed-progress>`,
    );
    expect(text(element, '.message')).to.equal('The data file could not be read.');
  });

  it('gives up on a body that trickles in, within the timeout', async () => {
    let element!: IspeedProgress;
    const started = performance.now();
    const warnings = await captureWarnings(async () => {
      element = await progress(
        html`<ispeed-progress src="/__data/trickle.csv" unit="xa-ea-kao" timeout="1000"></ispeed-progress>`,
        4000,
      );
    });
    expect(performance.now() - started).to.be.below(4000);
    expect(text(element, '.message')).to.equal('Chưa có số liệu.');
    expect(element.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('no answer within 1000 ms');
  });
});
