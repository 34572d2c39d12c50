/**
 * The export a Department really makes in Excel: a BOM, semicolons, title
 * rows, an STT column, "1.234" numbers, a totals row and a signature block;
 * and the reporting month of a file that names none, on a fixed clock.
 */
import { expect } from '@open-wc/testing';
import { describe as say } from '../../src/data/messages.js';
import {
  isUnusable,
  parseProgressCsv,
  parseProgressJson,
  parseProgressText,
  type ProgressData,
  type ReadResult,
  type ReadOptions,
} from '../../src/data/progress-file.js';
import { buildReport, progressFile } from '../../src/data/report-table.js';
import { notAUnit } from '../../src/data/row-kinds.js';
import en from '../../src/data/locales/en.json';
import vi from '../../src/data/locales/vi.json';
import enNotes from '../../src/data/locales/notes.en.json';
import viNotes from '../../src/data/locales/notes.vi.json';

const EXPORT = '/test/fixtures/progress/xuat-excel.csv';
/** 5 December 2026, 09:00 in Vietnam: before the 15th, so a file without a month is November's. */
const DECEMBER_5 = new Date('2026-12-05T02:00:00Z');

function data(result: ReadResult): ProgressData {
  if (isUnusable(result)) throw new Error(`expected data, got "${say(result.unusable, 'en')}"`);
  return result;
}

const notes = (read: ProgressData, lang = 'vi') => read.notes.map((note) => say(note, lang));
const csv = (lines: string[], options: ReadOptions = {}) => data(parseProgressCsv(lines.join('\r\n'), options));

describe('the realistic Excel export', () => {
  let text = '';
  before(async () => {
    text = await (await fetch(EXPORT)).text();
  });

  it('reads 12 units: the totals row and the signature block are not units', () => {
    const read = data(parseProgressText(text, { now: DECEMBER_5 }));
    expect(read.rows).to.have.length(12);
    expect(read.rows.map((row) => row.name)).to.not.include('Tổng cộng');
    expect(read.rows.find((row) => row.name === 'Xã Ea Kao')).to.deep.include({ unit: 'xa-ea-kao', samples: 1234 });
    expect(read.rows.reduce((sum, row) => sum + row.samples, 0)).to.equal(6246);
    expect(read.problems).to.deep.equal([]);
    const report = buildReport(read, { month: read.rows[0].month, target: 300, now: DECEMBER_5 });
    expect(report.totals.all).to.deep.equal({ units: 12, reached: 8 });
    expect(report.rows[0].name).to.equal('Xã Ea Kao');
  });

  it('says once what it skipped, and that the totals row adds up', () => {
    const read = data(parseProgressText(text, { now: DECEMBER_5 }));
    expect(notes(read)).to.deep.equal([
      'Bỏ qua dòng tổng cộng: 6.246 mẫu',
      'Dòng tổng cộng khớp với tổng số mẫu của các đơn vị: 6.246 mẫu',
      'Bỏ qua 2 dòng chữ ký, ghi chú (dòng 19, 20)',
    ]);
    expect(notes(read, 'en')).to.deep.equal([
      'Skipped the totals row: 6,246 samples',
      'The totals row matches the sum of the units, 6,246 samples',
      'Skipped 2 signature and note rows (line 19, 20)',
    ]);
  });

  it('is November 2026 when opened on 5 December 2026, updated 20 November 2026 (its title)', () => {
    const read = data(parseProgressText(text, { now: DECEMBER_5, modified: DECEMBER_5 }));
    expect(read.rows.every((row) => row.month === '2026-11')).to.equal(true);
    expect([read.monthSource, read.fileMonth]).to.deep.equal(['file', '2026-11']);
    expect([read.updated, read.updatedSource]).to.deep.equal(['2026-11-20', 'file']);
    expect(progressFile(buildReport(read, { month: '2026-11', target: 300 }))).to.deep.include({
      month: '2026-11',
      updated: '2026-11-20',
    });
  });

  it('without its title rows, is still November when opened on 5 December: the month just ended', () => {
    const untitled = text.split('\r\n').slice(3).join('\r\n');
    const read = data(parseProgressText(untitled, { now: DECEMBER_5 }));
    expect(read.rows).to.have.length(12);
    expect(read.rows[0].month).to.equal('2026-11');
    expect([read.monthSource, read.monthDate, read.monthRule]).to.deep.equal(['today', '2026-12-05', 'ended']);
    expect(read.updated, 'never today').to.equal(undefined);
  });

  it('warns when a month given differs from the month in its title', () => {
    const read = data(parseProgressText(text, { month: '2026-12' }));
    expect(read.rows[0].month).to.equal('2026-12');
    expect(notes(read)).to.include(
      'Tháng đã chọn (12/2026) khác với tháng ghi trong tệp (11/2026): số liệu đang được ghi là tháng 12/2026',
    );
    expect(notes(data(parseProgressText(text, { month: '11/2026' }))).join('\n')).to.not.contain('Tháng đã chọn');
  });
});

describe('the reporting month of a file that names none', () => {
  const lines = ['Mã đơn vị;Số mẫu', 'xa-a;12'];
  const at = (iso: string) => new Date(`${iso}T09:00:00+07:00`);
  const month = (options: ReadOptions) => csv(lines, options).rows[0].month;

  it('is the month just ended from the 1st to the 15th, in Vietnam, and the month running after', () => {
    expect(month({ now: at('2026-12-01') })).to.equal('2026-11');
    expect(month({ now: at('2026-12-15') })).to.equal('2026-11');
    expect(month({ now: at('2026-12-16') })).to.equal('2026-12');
    expect(month({ now: at('2027-01-10') })).to.equal('2026-12');
    // 20:00 on 15 December in UTC is already the 16th in Vietnam.
    expect(month({ now: new Date('2026-12-15T20:00:00Z') })).to.equal('2026-12');
  });

  it("is counted from the file's own date: its update line, else its last-modified date, else today", () => {
    const saved = csv(lines, { now: at('2026-12-20'), modified: at('2026-12-03') });
    expect([saved.rows[0].month, saved.monthSource, saved.updated, saved.updatedSource]).to.deep.equal([
      '2026-11',
      'modified',
      '2026-12-03',
      'modified',
    ]);
    const dated = csv(['Số liệu cập nhật ngày 20 tháng 11 năm 2026', ...lines], {
      now: at('2026-12-20'),
      modified: at('2026-12-03'),
    });
    expect([dated.rows[0].month, dated.monthSource, dated.updated]).to.deep.equal(['2026-11', 'updated', '2026-11-20']);
  });

  it('takes "ngày … tháng … năm …" as a date, not as the month', () => {
    const read = csv(['BÁO CÁO THÁNG 11/2026', 'Đắk Lắk, ngày 5 tháng 12 năm 2026', ...lines]);
    expect([read.rows[0].month, read.monthSource, read.updated]).to.deep.equal(['2026-11', 'file', '2026-12-05']);
    const footer = csv([...lines, ';', 'Đắk Lắk, ngày 20 tháng 11 năm 2026;'], { now: at('2026-12-20') });
    expect([footer.updated, footer.rows[0].month]).to.deep.equal(['2026-11-20', '2026-11']);
  });
});

describe('rows that are not units', () => {
  it('knows totals and subtotals in any case, with or without tone marks, and keeps units that only look alike', () => {
    for (const label of [
      'Tổng cộng',
      'TỔNG CỘNG',
      'Tổng cộng:',
      'Tổng cộng (12 đơn vị)',
      'Tổng',
      'Tổng số',
      'Cộng',
      'Cộng khối xã, phường',
      'Tong cong',
      'TONG SO',
      'Total',
      'Grand total',
      'Subtotal',
      'Tổng cộng'.normalize('NFD'),
    ])
      expect(notAUnit(label), label).to.equal('total');
    for (const label of [
      'Công an tỉnh',
      'Cong an xa Ea Kao',
      'Tổng công ty Điện lực',
      'Tổng cục Thống kê',
      'Xã Cộng Hòa',
      'Phường Tân Lợi',
    ])
      expect(notAUnit(label), label).to.equal(undefined);
  });

  it('knows signature and note rows, and the date line above them', () => {
    for (const label of [
      'Người lập biểu',
      'NGƯỜI LẬP BIỂU',
      'Thủ trưởng đơn vị',
      'KT. GIÁM ĐỐC',
      'Ghi chú: số liệu từ cổng VNNIC',
      '(Ký, ghi rõ họ tên)',
      'Nơi nhận:',
      'Đắk Lắk, ngày 20 tháng 11 năm 2026',
    ])
      expect(notAUnit(label), label).to.equal('signature');
    expect(notAUnit(undefined, ['', 'Tổng cộng', '', '6.246'])).to.equal('total');
  });

  it('says so where a totals row is not the sum of the units, and checks subtotals against their group', () => {
    const wrong = csv(['Đơn vị;Số mẫu', 'Xã A;100', 'Xã B;200', 'Tổng cộng;310']);
    expect(notes(wrong)).to.deep.equal([
      'Bỏ qua dòng tổng cộng: 310 mẫu',
      'dòng 4: dòng tổng cộng ghi 310 mẫu, nhưng các đơn vị cộng lại được 300 mẫu (chênh 10): cần kiểm tra lại tệp',
    ]);
    expect(say(wrong.notes[1], 'en')).to.equal(
      'line 4: the totals row says 310 samples, but the units add up to 300 (10 apart): check the file',
    );
    const grouped = csv([
      'Đơn vị;Số mẫu',
      'Xã A;100',
      'Xã B;200',
      'Cộng khối xã;300',
      'Sở Y tế;50',
      'Cộng khối sở, ngành;50',
      'Tổng cộng;350',
    ]);
    expect(grouped.rows).to.have.length(3);
    expect(notes(grouped)).to.deep.equal([
      'Bỏ qua 3 dòng tổng cộng, cộng nhóm (dòng 4, 6, 7): 300, 50, 350 mẫu',
      'Dòng tổng cộng khớp với tổng số mẫu của các đơn vị: 350 mẫu',
    ]);
  });

  it('skips rows with no unit name, saying which', () => {
    const read = csv(['STT;Tên đơn vị;Số mẫu', '1;Xã A;100', '2;;45', '3;Xã B;20']);
    expect(read.rows.map((row) => row.name)).to.deep.equal(['Xã A', 'Xã B']);
    expect(notes(read)).to.deep.equal(['Bỏ qua 1 dòng không có tên đơn vị (dòng 3)']);
    expect(read.problems).to.deep.equal([]);
  });

  it('skips a totals row in the JSON form too', () => {
    const read = data(
      parseProgressJson({
        schema: 'ispeed-widgets/progress',
        version: 1,
        month: '2026-11',
        rows: [
          { unit: 'xa-a', name: 'Xã A', samples: 5 },
          { name: 'Tổng cộng', samples: 5 },
        ],
      }),
    );
    expect(read.rows).to.have.length(1);
    expect(notes(read, 'en')[0]).to.equal('Skipped the totals row: 5 samples');
  });
});

describe("the reader's messages", () => {
  it('are in Vietnamese on a Vietnamese page, with no attribute syntax', () => {
    const unusable = parseProgressCsv('Mã định danh;Đơn vị báo cáo;Số lượt đo\nxa-a;Xã A;12\n');
    if (!isUnusable(unusable)) throw new Error('expected an unusable file');
    expect(say(unusable.unusable, 'vi')).to.equal(
      'tệp không có cột số mẫu (các cột tìm thấy: Mã định danh, Đơn vị báo cáo, Số lượt đo)',
    );
    expect(unusable.headers).to.deep.equal(['Mã định danh', 'Đơn vị báo cáo', 'Số lượt đo']);
    const picked = csv(['Mã định danh;Đơn vị báo cáo;Số lượt đo', 'xa-a;Xã A;12', 'xa-b;Xã B;'], {
      columnMap: { unit: 'Mã định danh', name: 'Đơn vị báo cáo', samples: 'Số lượt đo' },
      month: '2026-11',
    });
    expect(picked.rows).to.have.length(1);
    expect(picked.columnsRead).to.deep.equal({ unit: 0, name: 1, samples: 2 });
    expect(picked.problems.map((problem) => say(problem, 'vi'))).to.deep.equal(['dòng 3 (Xã B): chưa ghi số mẫu']);
    const month = csv(['unit;month;samples', 'xa-a;;5', 'xa-a;2026-11;5']);
    expect(say(month.problems[0], 'vi')).to.equal('dòng 2 (xa-a): chưa ghi tháng');
  });

  it('have the same names and placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
    const base = (words: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(words).map(([key, text]) => [key.replace(/_(one|other)$/, ''), placeholders(text)]),
      );
    expect(base(vi.messages)).to.deep.equal(base(en.messages));
    expect(base(viNotes.messages)).to.deep.equal(base(enNotes.messages));
    for (const text of [...Object.values(vi.messages), ...Object.values(viNotes.messages)])
      expect(text.normalize('NFC')).to.equal(text);
  });
});
