import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../../src/tools/report/define.js';
import type { IspeedReport } from '../../../src/tools/report/report.js';
import { isUnusable, parseProgressJson } from '../../../src/data/progress-file.js';
import { progressScriptData } from '../../../src/data/progress-script.js';
import { closePages, openPage } from '../../helpers/frame.js';
import { $, DEPARTMENT, clean, exported, names, openReport, pickFiles, root } from '../../helpers/report-page.js';

/** The Department's monthly report page: the source element here, the built page in dist/report/ last. */
const PREVIOUS = '/demo/data/vi-du-so-lieu-thang-truoc.csv';
/** The page's clock in these tests: 20 November 2026, 09:00 in Vietnam (after the 15th: the month running). */
const NOVEMBER_20 = new Date('2026-11-20T02:00:00Z');
const [YEAR, MONTH] = ['2026', '11'];

const tallies = (element: IspeedReport) =>
  [...root(element).querySelectorAll('.tally')].map((tally) => [...tally.children].map(clean).join(': '));

const report = (lang = 'vi', department?: string) => openReport(lang, department, NOVEMBER_20);

/** Opens a file through the file input, as a person picking it would. */
const pick = (element: IspeedReport, input: '#file' | '#previous', name: string, text: BlobPart, lastModified?: Date) =>
  pickFiles(element, input, [{ name, content: text, type: 'text/csv', lastModified }]);

describe('the monthly report', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname);
    document.documentElement.lang = 'en';
  });

  it('reads the example file in the browser and says what it read, marked as an example', async () => {
    const element = await report();
    expect(clean($(element, '#file-status .ok'))).to.equal(`Đọc được 21 đơn vị, tháng ${MONTH}/${YEAR}.`);
    expect(clean($(element, '.example-note'))).to.equal(
      'Đang xem tệp ví dụ với các đơn vị giả định, không phải số liệu thật.',
    );
    expect(names(element)).to.have.length(21);
    expect(names(element).every((name) => name.endsWith('(ví dụ)'))).to.equal(true);
  });

  it('shows every unit against the target: samples, reached, shortfall, samples a day for the rest of the month', async () => {
    const element = await report();
    const row = [...root(element).querySelectorAll('tbody tr')].find((tr) => clean(tr).startsWith('Xã Long Thủy'))!;
    const cells = [...row.children].map(clean);
    // 30 days in November, the 20th counted: 11 days left.
    const daysLeft = 11;
    expect(cells).to.deep.equal([
      'Xã Long Thủy (ví dụ) vd-xa-long-thuy',
      'Xã, phường',
      '124',
      '300',
      'Chưa đạt',
      '176',
      String(Math.ceil(176 / daysLeft)),
    ]);
  });

  it('counts units reaching the target, per type', async () => {
    const element = await report();
    expect(tallies(element)).to.deep.equal([
      'Tất cả đơn vị: 7/21 đơn vị đạt 300 mẫu',
      'Xã, phường: 5/17 đơn vị đạt 300 mẫu',
      'Sở, ban, ngành: 2/4 đơn vị đạt 300 mẫu',
    ]);
  });

  it('sorts by any column, with aria-sort on the header', async () => {
    const element = await report();
    const header = (label: string) =>
      [...root(element).querySelectorAll('thead th')].find((th) => clean(th).startsWith(label))!;
    expect(header('Số mẫu').getAttribute('aria-sort')).to.equal('descending');
    expect(names(element)[0]).to.equal('Phường Hòa Bình (ví dụ)');
    header('Đơn vị').querySelector('button')!.click();
    await element.updateComplete;
    expect(header('Đơn vị').getAttribute('aria-sort')).to.equal('ascending');
    expect(header('Số mẫu').getAttribute('aria-sort')).to.equal('none');
    expect(names(element).slice(0, 2)).to.deep.equal(['Ban Dân tộc (ví dụ)', 'Phường Hòa Bình (ví dụ)']);
    header('Đơn vị').querySelector('button')!.click();
    await element.updateComplete;
    expect(header('Đơn vị').getAttribute('aria-sort')).to.equal('descending');
    expect(names(element)[0]).to.equal('Xã Tân Lập (ví dụ)');
    header('Còn thiếu').querySelector('button')!.click();
    await element.updateComplete;
    expect(names(element)[0]).to.equal('Xã Tân Lập (ví dụ)');
  });

  it('filters by reached and type, and a search box finds a unit', async () => {
    const element = await report();
    const select = (id: string, value: string) => {
      const field = $<HTMLSelectElement>(element, id);
      field.value = value;
      field.dispatchEvent(new Event('change'));
    };
    select('#show', 'open');
    await element.updateComplete;
    expect(names(element)).to.have.length(14);
    select('#type', 'agency');
    await element.updateComplete;
    expect(names(element)).to.deep.equal(['Ban Dân tộc (ví dụ)', 'Sở Y tế (ví dụ)']);
    expect(clean($(element, 'caption'))).to.equal(`Số mẫu đo tháng ${MONTH}/${YEAR}: 2 trên 21 đơn vị`);
    select('#show', 'all');
    select('#type', '');
    const search = $<HTMLInputElement>(element, '#search');
    search.value = 'long thủy';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(names(element)).to.deep.equal(['Xã Long Thủy (ví dụ)']);
  });

  it('given two months, shows the change per unit', async () => {
    const element = await report();
    await pick(element, '#previous', 'thang-truoc.csv', await (await fetch(PREVIOUS)).text());
    expect(clean($(element, '#previous-status .ok'))).to.equal('Tháng so sánh: 21 đơn vị, tháng 10/2026.');
    const change = (name: string) =>
      clean(
        [...root(element).querySelectorAll('tbody tr')].find((tr) => clean(tr).startsWith(name))!.lastElementChild!,
      );
    expect(clean(root(element).querySelector('thead th:last-child')!)).to.equal('So với tháng 10/2026');
    expect([change('Xã Ea Sơn'), change('Xã Cẩm Thành'), change('Xã Tân Lập')]).to.deep.equal(['+101', '-10', '0']);
  });

  it('says exactly what is wrong with a file it cannot use', async () => {
    const element = await report();
    await pick(element, '#file', 'sai.csv', 'unit,code,month,samples\nxa-a,1,2026-11,5\n');
    expect(clean($(element, '#file-status .error'))).to.equal(
      'Không dùng được tệp sai.csv: dòng 1: các cột 1 ("unit") và 2 ("code") đều được hiểu là cột mã đơn vị. Hãy chọn “Cột mã đơn vị” ở mục Cột của tệp.',
    );
    expect(root(element).querySelector('table')).to.equal(null);
  });

  it("reads Excel's plain CSV (Windows-1258) and says so", async () => {
    const element = await report();
    await pick(
      element,
      '#file',
      'excel.csv',
      await (await fetch('/test/fixtures/progress/windows-1258.csv')).arrayBuffer(),
    );
    expect(clean($(element, '#file-status .encoding'))).to.contain('bảng mã Windows-1258');
    expect(names(element)).to.deep.equal(['Phường Tân Lợi', 'Xã Ea Kao']);
  });

  it("maps the file's own column names and lists the rows to check", async () => {
    const element = await report();
    await pick(
      element,
      '#file',
      'rieng.csv',
      'Mã định danh;Đơn vị báo cáo;Số lượt đo\nxa-a;Xã A;12\nxa-b;Xã B;nhiều\n',
    );
    expect(clean($(element, '#file-status .error'))).to.equal(
      'Không dùng được tệp rieng.csv: tệp không có cột số mẫu (các cột tìm thấy: Mã định danh, Đơn vị báo cáo, Số lượt đo). Hãy chọn “Cột số mẫu” ở mục Cột của tệp.',
    );
    // Each field asked for in its own words, offering the file's headers; no attribute syntax.
    const labels = [...root(element).querySelectorAll('fieldset.columns label')].map(clean);
    expect(labels).to.deep.equal(['Cột mã đơn vị', 'Cột tên đơn vị', 'Cột tháng', 'Cột số mẫu', 'Cột loại đơn vị']);
    const options = (field: string) =>
      [...$<HTMLSelectElement>(element, `#column-${field}`).options].map((option) => clean(option));
    expect(options('samples')).to.deep.equal(['Tự nhận', 'Mã định danh', 'Đơn vị báo cáo', 'Số lượt đo']);
    const choose = async (field: string, header: string) => {
      const select = $<HTMLSelectElement>(element, `#column-${field}`);
      select.value = header;
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
    };
    await choose('samples', 'Số lượt đo');
    await choose('unit', 'Mã định danh');
    await choose('name', 'Đơn vị báo cáo');
    expect(clean($(element, '#file-status .ok'))).to.equal(`Đọc được 1 đơn vị, tháng ${MONTH}/${YEAR}.`);
    expect(clean($(element, '.problems summary'))).to.equal('1 dòng cần xem lại');
    expect(clean($(element, '.problems li'))).to.equal('dòng 3 (Xã B): số mẫu "nhiều" không phải số nguyên');
    expect(options('month')[0], 'what "found by itself" gave').to.equal('Tự nhận: không có');
  });

  it("exports a CSV for Excel: UTF-8 BOM, CRLF, ';' in Vietnamese, quoting, formulas neutralised", async () => {
    const element = await report();
    await pick(element, '#file', 'cong-thuc.csv', await (await fetch('/test/fixtures/progress/cong-thuc.csv')).text());
    const { filename, bytes, text } = await exported(element, /CSV/);
    expect(filename).to.equal('bao-cao-i-speed-2026-11.csv');
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal(
      'Mã đơn vị;Tên đơn vị;Loại;Số mẫu;Chỉ tiêu;Đạt chỉ tiêu;Còn thiếu;Số mẫu mỗi ngày cần thêm',
    );
    // On 20 November, 11 days are left: 288 more samples make 27 a day.
    expect(lines).to.include('xa-e;"Xã E, ""Đông""";"Xã, phường";300;300;Đạt;0;0');
    expect(lines).to.include(`xa-a;"'=HYPERLINK(""http://example.invalid"",""bấm"")";Khác;12;300;Chưa đạt;288;27`);
    expect(lines.filter((line) => /^xa-[bcd];"'[+\-@]Xã [BCD]"/.test(line))).to.have.length(3);
  });

  it('exports the progress.json the widgets read', async () => {
    const element = await report();
    const { filename, text } = await exported(element, /progress\.json/);
    expect(filename).to.equal('progress.json');
    const read = parseProgressJson(JSON.parse(text));
    if (isUnusable(read)) throw new Error(read.unusable.code);
    expect(read.rows).to.have.length(21);
    expect(read.monthSource).to.equal('column');
    expect(read.updated, 'the example names no date, and today is never one').to.equal(undefined);
    expect(read.rows.find((row) => row.unit === 'vd-xa-long-thuy')).to.deep.include({
      month: '2026-11',
      samples: 124,
    });
  });

  it('exports progress.js: the same data as a classic script, for portals of other hosts', async () => {
    const element = await report();
    const json = JSON.parse((await exported(element, /progress\.json/)).text) as unknown;
    const { filename, text } = await exported(element, /progress\.js$/);
    expect(filename).to.equal('progress.js');
    const script = progressScriptData(text);
    expect(script.ok && script.data).to.deep.equal(json);
  });

  describe('a real export, opened on 5 December 2026', () => {
    const DECEMBER_5 = new Date('2026-12-05T02:00:00Z');
    const open = async (text: string, name = 'xuat-excel.csv') => {
      const element = await report();
      element.now = DECEMBER_5;
      await pick(element, '#file', name, text, DECEMBER_5);
      return element;
    };

    it('reads 12 units, and says once what it skipped and that the totals row adds up', async () => {
      const element = await open(await (await fetch('/test/fixtures/progress/xuat-excel.csv')).text());
      expect(clean($(element, '#file-status .ok'))).to.equal('Đọc được 12 đơn vị, tháng 11/2026.');
      expect([...root(element).querySelectorAll('#file-status .notes li')].map(clean)).to.deep.equal([
        'Bỏ qua dòng tổng cộng: 6.246 mẫu.',
        'Dòng tổng cộng khớp với tổng số mẫu của các đơn vị: 6.246 mẫu.',
        'Bỏ qua 2 dòng chữ ký, ghi chú (dòng 19, 20).',
      ]);
      expect(clean($(element, '.month-choice'))).to.equal('Tháng báo cáo: 11/2026. Theo tháng ghi ở tiêu đề của tệp.');
      expect(tallies(element)[0]).to.equal('Tất cả đơn vị: 8/12 đơn vị đạt 300 mẫu');
      expect(names(element)).to.not.include('Tổng cộng');
      expect(clean($<HTMLSelectElement>(element, '#column-name').options[0])).to.equal('Tự nhận: Tên đơn vị');
    });

    it('takes the month just ended for a file without one, says why, and changes it in one click', async () => {
      const element = await open('Đơn vị;Số mẫu\r\nXã A;310\r\nXã B;12\r\n', 'khong-thang.csv');
      expect(clean($(element, '#file-status .ok'))).to.equal('Đọc được 2 đơn vị, tháng 11/2026.');
      expect(clean($(element, '.month-choice'))).to.equal(
        'Tháng báo cáo: 11/2026. Tệp không ghi tháng; tệp được lưu ngày 5/12/2026, chưa quá ngày 15 (hạn báo cáo số liệu tháng trước) nên là tháng vừa qua. Dùng tháng 12/2026',
      );
      $(element, '.month-choice button').click();
      await element.updateComplete;
      expect(clean($(element, '#file-status .ok'))).to.equal('Đọc được 2 đơn vị, tháng 12/2026.');
      expect($<HTMLInputElement>(element, '#month').value).to.equal('2026-12');
      expect(clean($(element, '.month-choice'))).to.equal(
        'Tháng báo cáo: 12/2026. Theo tháng đã chọn ở ô Tháng báo cáo. Dùng tháng theo tệp',
      );
      $(element, '.month-choice button').click();
      await element.updateComplete;
      expect(clean($(element, '#file-status .ok'))).to.equal('Đọc được 2 đơn vị, tháng 11/2026.');
    });

    it('warns when the month typed differs from the month in the title', async () => {
      const element = await open(await (await fetch('/test/fixtures/progress/xuat-excel.csv')).text());
      const month = $<HTMLInputElement>(element, '#month');
      month.value = '2026-10';
      month.dispatchEvent(new Event('input'));
      await element.updateComplete;
      expect(clean($(element, '#file-status .notes .warning'))).to.equal(
        'Tháng đã chọn (10/2026) khác với tháng ghi trong tệp (11/2026): số liệu đang được ghi là tháng 10/2026.',
      );
    });
  });

  describe('printed', () => {
    let sheet: HTMLLinkElement;
    before(async () => {
      // The page's own stylesheet holds @page (A4, margins).
      sheet = Object.assign(document.createElement('link'), {
        rel: 'stylesheet',
        href: '/src/tools/report/report.css',
      });
      const loaded = new Promise((resolve) => sheet.addEventListener('load', resolve, { once: true }));
      document.head.append(sheet);
      await loaded;
    });
    after(async () => {
      sheet.remove();
      await emulateMedia({ media: 'screen' });
    });

    it('as an administrative report: agency, national heading, date line, title, totals row, signatures; charts on a page of their own', async () => {
      const element = await report('vi', DEPARTMENT);
      await pick(element, '#previous', 'thang-truoc.csv', await (await fetch(PREVIOUS)).text());
      await waitUntil(() => clean($(element, '.print-sheet-head .agency')) !== '', 'department.json is read');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(element, '.inputs')).display).to.equal('none');
      expect(getComputedStyle($(element, '.exports')).display).to.equal('none');
      expect(getComputedStyle($(element, '.print-settings')).display).to.equal('none');
      expect(getComputedStyle($(element, '.print-sheet-head')).display).to.equal('grid');
      expect(clean($(element, '.print-sheet-head .agency'))).to.equal('SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐẮK LẮK');
      expect(clean($(element, '.print-sheet-head .nation'))).to.equal(
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
      );
      expect(clean($(element, '.date-line'))).to.equal('……………, ngày 20 tháng 11 năm 2026');
      expect(clean($(element, '.print-sheet-title'))).to.equal(
        `BÁO CÁO Kết quả đo tốc độ Internet bằng ứng dụng i-Speed tháng ${MONTH}/${YEAR} Số liệu của tệp ví dụ, không phải số liệu thật.`,
      );
      // The totals row: once, as a row group that does not repeat on every page.
      expect(getComputedStyle($(element, 'tfoot')).display).to.equal('table-row-group');
      expect(clean($(element, 'tfoot tr'))).to.match(/^Tổng cộng [\d.]+ 6\.300 7\/21 đạt [\d.]+ [+-]?[\d.]+$/);
      // Every column title is text in print: Chromium paints no form control in a repeated header.
      expect(getComputedStyle($(element, 'button.sort')).display).to.equal('contents');
      expect([...root(element).querySelectorAll('.print-sheet-signatures .role')].map(clean)).to.deep.equal([
        'Người lập biểu',
        'THỦ TRƯỞNG ĐƠN VỊ',
      ]);
      expect(getComputedStyle($(element, '.charts')).breakBefore).to.equal('page');
      expect(await executeServerCommand('print-pages')).to.be.within(2, 4);
    });

    it("dates the document by the page's clock, and its figures by the file", async () => {
      const element = await report();
      await pick(
        element,
        '#file',
        'xuat-excel.csv',
        await (await fetch('/test/fixtures/progress/xuat-excel.csv')).text(),
      );
      expect(clean($(element, '.date-line'))).to.match(/, ngày 20 tháng 11 năm 2026$/);
      expect(clean($(element, '.print-sheet-title'))).to.equal(
        'BÁO CÁO Kết quả đo tốc độ Internet bằng ứng dụng i-Speed tháng 11/2026 Số liệu cập nhật ngày 20/11/2026.',
      );
    });

    it('takes the place, the signer and the names typed, and keeps them for next time', async () => {
      localStorage.removeItem('ispeed-widgets:report-print');
      const element = await report();
      const type = async (id: string, value: string) => {
        const field = $<HTMLInputElement>(element, id);
        field.value = value;
        field.dispatchEvent(new Event('input'));
        await element.updateComplete;
      };
      await type('#print-agency', 'Sở Khoa học và Công nghệ');
      await type('#print-parent', 'UBND tỉnh Đắk Lắk');
      await type('#print-place', 'Đắk Lắk');
      await type('#print-signer', 'Giám đốc');
      await type('#print-signerName', 'Nguyễn Văn A');
      expect(clean($(element, '.print-sheet-head .issuer'))).to.equal('UBND TỈNH ĐẮK LẮK SỞ KHOA HỌC VÀ CÔNG NGHỆ');
      expect(clean($(element, '.date-line'))).to.match(/^Đắk Lắk, ngày \d{2} tháng \d{2} năm \d{4}$/);
      expect([...root(element).querySelectorAll('.print-sheet-signatures .role')].map(clean)).to.deep.equal([
        'Người lập biểu',
        'GIÁM ĐỐC',
      ]);
      const again = await report();
      expect($<HTMLInputElement>(again, '#print-place').value).to.equal('Đắk Lắk');
      expect(clean($(again, '.print-sheet-signatures'))).to.contain('Nguyễn Văn A');
      localStorage.removeItem('ispeed-widgets:report-print');
    });

    it("numbers the pages in the page's language (a sheet of the document: @page cannot live in a shadow root)", async () => {
      const element = await report('en');
      const rules = () =>
        document.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules])
          .map((rule) => rule.cssText)
          .join(' ');
      expect(rules()).to.contain('"Page " counter(page) " of " counter(pages)');
      [...root(element).querySelectorAll<HTMLButtonElement>('.languages button')]
        .find((button) => button.textContent === 'Tiếng Việt')!
        .click();
      await element.updateComplete;
      expect(rules()).to.contain('"Trang " counter(page) "/" counter(pages)').and.not.contain('"Page "');
    });
  });

  describe('accessibility (axe)', () => {
    for (const lang of ['vi', 'en']) {
      it(`${lang}, with two months`, async () => {
        const element = await report(lang);
        await pick(element, '#previous', 'thang-truoc.csv', await (await fetch(PREVIOUS)).text());
        expect(document.documentElement.lang).to.equal(lang);
        expect(clean($(element, 'h1'))).to.equal(
          lang === 'vi' ? 'Báo cáo số mẫu đo i-Speed hằng tháng' : 'Monthly i-Speed samples report',
        );
        await expect(element).to.be.accessible();
      });
    }
  });

  it('switches language in place, keeping the file', async () => {
    const element = await report();
    [...root(element).querySelectorAll<HTMLButtonElement>('.languages button')]
      .find((button) => button.textContent === 'English')!
      .click();
    await element.updateComplete;
    expect(new URLSearchParams(location.search).get('lang')).to.equal('en');
    expect(tallies(element)[0]).to.equal('All units: 7 of 21 units reached 300 samples');
    expect($(element, '.languages [aria-pressed="true"]').textContent).to.equal('English');
  });

  it("runs as built in dist/report/ under the strict CSP, and opens the example with ?example (the demo's link)", async () => {
    const win = await openPage('/dist/report/index.html?example&lang=en', 1280, 900);
    try {
      const element = win.document.querySelector('ispeed-report')!;
      await waitUntil(
        () => element.shadowRoot?.querySelectorAll('.table-wrap tbody tr').length === 21,
        'the example file is read',
        { timeout: 5000 },
      );
      expect(element.shadowRoot!.querySelector('.example-note')!.textContent).to.equal(
        'Showing the example file with made-up units, not real figures.',
      );
      expect(win.__record.violations).to.deep.equal([]);
      expect(win.__record.errors).to.deep.equal([]);
    } finally {
      closePages();
    }
  });
});
