import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/tools/report/define.js';
import type { IspeedReport } from '../../../src/tools/report/report.js';
import { readXlsx } from '../../../src/data/xlsx.js';
import { writeXlsx } from '../../../src/data/xlsx-write.js';
import { composite, contrast } from '../../helpers/colour.js';
import { strToU8, zipSync } from 'fflate';
import { $, DEPARTMENT, clean, exported, names, openReport, pickFiles, root } from '../../helpers/report-page.js';

/** The report page's Excel files, several months, charts, and what assistive technology and forced colours get. */

const report = (lang = 'vi', department?: string) => openReport(lang, department);

/** Chooses files in an input, as a person would, and waits for the page to say it read them. */
const pick = (element: IspeedReport, input: '#file' | '#previous', files: [string, BlobPart][]) =>
  pickFiles(
    element,
    input,
    files.map(([name, content]) => ({ name, content })),
  );

/** One month of three units, as a CSV with its month in the title row. */
const month = (label: string, a: number, b: number, c: number) =>
  `BÁO CÁO THÁNG ${label};;\r\nMã đơn vị;Tên đơn vị;Số mẫu\r\nxa-a;Xã A;${a}\r\nxa-b;Xã B;${b}\r\nphuong-c;Phường C;${c}\r\n`;

describe('the monthly report: Excel, months, charts', () => {
  afterEach(async () => {
    history.replaceState(null, '', location.pathname);
    document.documentElement.lang = 'en';
    await emulateMedia({ forcedColors: 'none' });
  });

  it('opens an Excel workbook (title rows, numbers as numbers), says which sheet, and exports the table as .xlsx', async () => {
    const element = await report();
    const workbook = writeXlsx('Tháng 11', [
      ['BÁO CÁO SỐ MẪU ĐO I-SPEED THÁNG 11/2026'],
      [],
      ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Số mẫu'],
      [1, 'xa-a', 'Xã A', 412],
      [2, 'xa-b', 'Xã B; "Đông"', 1234],
      [3, 'phuong-c', 'Phường C', 87],
      ['', '', 'Tổng cộng', 1733],
      [],
      ['', 'Người lập biểu', '', 'Thủ trưởng đơn vị'],
    ]);
    await pick(element, '#file', [['so-lieu.xlsx', workbook as BlobPart]]);
    expect(clean($(element, '#file-status .ok'))).to.equal('Đọc được 3 đơn vị, tháng 11/2026.');
    expect(clean($(element, '#file-status'))).to.contain('Đọc trang tính "Tháng 11" của tệp Excel.');
    expect(names(element)).to.deep.equal(['Xã B; "Đông"', 'Xã A', 'Phường C']);
    // The sheet goes through the same reader as a CSV: its month, its totals and signature rows, its columns.
    expect(clean($(element, '.month-choice'))).to.equal('Tháng báo cáo: 11/2026. Theo tháng ghi ở tiêu đề của tệp.');
    expect([...root(element).querySelectorAll('.notes li')].map(clean)).to.include.members([
      'Bỏ qua dòng tổng cộng: 1.733 mẫu.',
      'Dòng tổng cộng khớp với tổng số mẫu của các đơn vị: 1.733 mẫu.',
    ]);
    expect([...$<HTMLSelectElement>(element, '#column-samples').options].map(clean)).to.deep.equal([
      'Tự nhận: Số mẫu',
      'STT',
      'Mã đơn vị',
      'Tên đơn vị',
      'Số mẫu',
    ]);

    const { filename, bytes } = await exported(element, /xlsx/);
    expect(filename).to.equal('bao-cao-i-speed-2026-11.xlsx');
    const again = readXlsx(bytes);
    if (!again.ok) throw new Error(again.problem);
    expect(again.rows[0]).to.deep.equal([
      'Mã đơn vị',
      'Tên đơn vị',
      'Loại',
      'Số mẫu',
      'Chỉ tiêu',
      'Đạt chỉ tiêu',
      'Còn thiếu',
      'Số mẫu mỗi ngày cần thêm',
    ]);
    expect(again.rows.slice(1).map((row) => row.slice(0, 4))).to.deep.equal([
      ['xa-b', 'Xã B; "Đông"', 'Xã, phường', '1234'],
      ['xa-a', 'Xã A', 'Xã, phường', '412'],
      ['phuong-c', 'Phường C', 'Xã, phường', '87'],
    ]);
  });

  it('reads the first sheet shown of a workbook, and another one when chosen', async () => {
    const element = await report();
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const r = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const sheet = (rows: string) =>
      `<worksheet xmlns="${ns}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Mã đơn vị</t></is></c><c r="B1" t="inlineStr"><is><t>Số mẫu</t></is></c></row>${rows}</sheetData></worksheet>`;
    const row = (n: number, unit: string, samples: number) =>
      `<row r="${n}"><c r="A${n}" t="inlineStr"><is><t>${unit}</t></is></c><c r="B${n}"><v>${samples}</v></c></row>`;
    const workbook = zipSync({
      '_rels/.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${r}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      'xl/workbook.xml': strToU8(
        `<workbook xmlns="${ns}" xmlns:r="${r}"><sheets><sheet name="Ẩn" sheetId="1" state="hidden" r:id="rId1"/><sheet name="Tháng 11" sheetId="2" r:id="rId2"/><sheet name="Tháng 10" sheetId="3" r:id="rId3"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${[1, 2, 3].map((n) => `<Relationship Id="rId${n}" Type="${r}/worksheet" Target="worksheets/sheet${n}.xml"/>`).join('')}</Relationships>`,
      ),
      'xl/worksheets/sheet1.xml': strToU8(sheet(row(2, 'xa-an', 1))),
      'xl/worksheets/sheet2.xml': strToU8(sheet(row(2, 'xa-a', 320) + row(3, 'xa-b', 12))),
      'xl/worksheets/sheet3.xml': strToU8(sheet(row(2, 'xa-a', 200))),
    });
    await pick(element, '#file', [['hai-thang.xlsx', workbook as BlobPart]]);
    expect(names(element)).to.deep.equal(['xa-a', 'xa-b']);
    const select = $<HTMLSelectElement>(element, '#sheet');
    expect([...select.options].map((option) => option.value)).to.deep.equal(['Ẩn', 'Tháng 11', 'Tháng 10']);
    expect(select.value).to.equal('Tháng 11');
    select.value = 'Tháng 10';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => names(element).length === 1, 'the other sheet is read');
    expect(clean($(element, '#file-status'))).to.contain('Đọc trang tính "Tháng 10" của tệp Excel.');
  });

  it("says why a workbook cannot be used, in the page's language", async () => {
    const element = await report('en');
    await pick(element, '#file', [['cu.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])]]);
    expect(clean($(element, '#file-status .error'))).to.equal(
      'The file cu.xlsx cannot be used: a password-protected or old (.xls) workbook; save it as .xlsx without a password, or as CSV.',
    );
    const vi = await report('vi');
    await pick(vi, '#file', [['cu.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])]]);
    expect(clean($(vi, '#file-status .error'))).to.equal(
      'Không dùng được tệp cu.xlsx: tệp Excel có mật khẩu hoặc tệp .xls cũ; hãy lưu lại thành .xlsx không mật khẩu, hoặc CSV.',
    );
  });

  it('takes several months at once: compares with the month before, draws the trend and a small line per unit', async () => {
    const element = await report();
    await pick(element, '#file', [['thang-11.csv', month('11/2026', 320, 150, 300)]]);
    await pick(element, '#previous', [
      ['thang-9.csv', month('09/2026', 100, 50, 120)],
      ['thang-10.csv', month('10/2026', 310, 90, 200)],
    ]);
    expect([...root(element).querySelectorAll('#previous-status .ok')].map(clean)).to.deep.equal([
      'Tháng so sánh: 3 đơn vị, tháng 09/2026.',
      'Tháng so sánh: 3 đơn vị, tháng 10/2026.',
    ]);
    // The month just before November is the one compared with.
    expect(clean(root(element).querySelector('thead th:last-child')!)).to.equal('So với tháng 10/2026');
    const row = [...root(element).querySelectorAll('tbody tr')].find((tr) => clean(tr).startsWith('Phường C'))!;
    expect(clean(row.lastElementChild!)).to.equal('+100');
    expect(row.querySelector('.sparkline')!.getAttribute('aria-label')).to.equal(
      'Phường C: tháng 09/2026: 120, tháng 10/2026: 200, tháng 11/2026: 300',
    );
    expect(row.querySelector('.sparkline circle')!.classList.contains('reached')).to.equal(true);
    // The trend: units reaching 300 month by month, as a chart with its summary and its table.
    const trend = $(element, '[aria-labelledby="chart-trend-title"] svg');
    expect(trend.getAttribute('role')).to.equal('img');
    expect(clean($(element, '#chart-trend-summary'))).to.equal(
      'Qua 3 tháng, từ 09/2026 đến 11/2026: số đơn vị đạt chỉ tiêu 300 mẫu từ 0/3 lên 2/3.',
    );
    const table = $(element, '#chart-trend-summary + table');
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(clean).join(' '))).to.deep.equal([
      '09/2026 3 0 0%',
      '10/2026 3 1 33%',
      '11/2026 3 2 67%',
    ]);
  });

  it('charts the units against the target, sorted, with the line at 300 and the share per type from department.json', async () => {
    const element = await report('vi', DEPARTMENT);
    await waitUntil(
      () => clean($(element, '#chart-types-summary')).includes('Phường'),
      'the types of department.json are used',
    );
    const bars = [...root(element).querySelectorAll<SVGRectElement>('[aria-labelledby="chart-units-title"] .bar')];
    expect(bars).to.have.length(21);
    const heights = bars.map((bar) => bar.height.baseVal.value);
    expect(heights).to.deep.equal([...heights].sort((a, b) => b - a));
    expect(bars.filter((bar) => bar.classList.contains('reached'))).to.have.length(7);
    expect(clean($(element, '.target-label'))).to.equal('Chỉ tiêu 300');
    expect(clean($(element, '#chart-units-summary'))).to.match(
      /^21 đơn vị, xếp từ nhiều đến ít mẫu; 7 đơn vị đạt chỉ tiêu 300 mẫu \(33\s?%\)\. Nhiều nhất: Phường Hòa Bình \(ví dụ\), 520 mẫu;/,
    );
    // Two units are typed in department.json; the others keep the type read from the file.
    expect(clean($(element, '#chart-types-summary'))).to.match(
      /Phường 1\/1 \(100\s?%\); Xã 1\/1 \(100\s?%\); Sở, ban, ngành 2\/4/,
    );
  });

  it('keeps reached and not reached apart in forced colours, and the chosen language button distinct', async () => {
    const element = await report('vi');
    await emulateMedia({ forcedColors: 'active' });
    const bar = (kind: string) =>
      getComputedStyle(root(element).querySelector(`[aria-labelledby="chart-units-title"] .bar.${kind}`)!);
    expect(bar('reached').fill).to.not.equal(bar('open').fill);
    expect(bar('open').stroke).to.not.equal('none');
    const [vi, en] = [...root(element).querySelectorAll<HTMLButtonElement>('.languages button')].map((button) =>
      getComputedStyle(button),
    );
    expect(vi.backgroundColor).to.not.equal(en.backgroundColor);
    expect(vi.textDecorationLine).to.equal('underline');
    expect(en.textDecorationLine).to.equal('none');
  });

  it('announces what the search and filters find in a polite live region', async () => {
    const element = await report();
    const status = $(element, '.visually-hidden[role="status"]');
    expect(clean(status)).to.equal('');
    const search = $<HTMLInputElement>(element, '#search');
    search.value = 'phường';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(clean(status)).to.equal('3 trên 21 đơn vị');
    search.value = 'không có';
    search.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(clean(status)).to.equal('Không có đơn vị nào khớp.');
  });

  it("draws a focus ring of at least 3:1 on white, inside the table's scroll box for the sort buttons", async () => {
    const element = await report();
    const button = root(element).querySelector<HTMLButtonElement>('thead button.sort')!;
    button.focus();
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement).to.equal(button);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.equal('solid');
    expect(contrast(composite(style.outlineColor), [255, 255, 255])).to.be.at.least(3);
    // The ring is drawn within the button, so the scroll box cannot clip it.
    expect(parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth)).to.be.at.most(0);
    const box = $(element, '.table-wrap').getBoundingClientRect();
    const rect = button.getBoundingClientRect();
    expect(rect.left).to.be.at.least(box.left);
    expect(rect.top).to.be.at.least(box.top);
  });
});
