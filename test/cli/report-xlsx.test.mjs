// Excel in and out: a workbook made by a real spreadsheet library (ExcelJS) is read by
// `ispeed-widgets report`, reported, exported as .xlsx, and the export read again, by ExcelJS and by us.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { cli } from './run-cli.mjs';

const folder = () => mkdtempSync(join(tmpdir(), 'ispeed-xlsx-'));

/** A Department's workbook as Excel users make them: title rows, an STT column, a formula, rich text, a second sheet. */
async function departmentWorkbook(path) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tháng 11');
  sheet.addRow(['SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
  sheet.addRow(['BÁO CÁO SỐ MẪU ĐO I-SPEED THÁNG 11/2026']);
  sheet.addRow(['Cập nhật ngày 20/11/2026']);
  sheet.addRow([]);
  sheet.addRow(['STT', 'Mã đơn vị', 'Tên đơn vị', 'Số mẫu']);
  sheet.addRow([1, 'xa-ea-kao', 'Xã Ea Kao', 124]);
  sheet.addRow([2, 'phuong-tan-loi', 'Phường Tân Lợi', { formula: '400+12', result: 412 }]);
  sheet.addRow([
    3,
    'so-khcn',
    { richText: [{ text: 'Sở Khoa học ' }, { font: { bold: true }, text: 'và Công nghệ' }] },
    350,
  ]);
  sheet.addRow([4, 'xa-a', '=HYPERLINK("http://example.invalid","bấm")', 12]);
  sheet.addRow([5, 'xa-b', 'Xã B; "Đông", Tây', 1234]);
  const other = workbook.addWorksheet('Tháng 10');
  other.addRow(['Mã đơn vị', 'Tên đơn vị', 'Số mẫu', 'Tháng']);
  other.addRow(['xa-ea-kao', 'Xã Ea Kao', 100, '10/2026']);
  await workbook.xlsx.writeFile(path);
}

describe('ispeed-widgets report with Excel workbooks', () => {
  it('reads a workbook made by ExcelJS, writes the same table as .xlsx with typed numbers, and reads that again', async () => {
    const out = folder();
    const input = join(out, 'so-lieu.xlsx');
    await departmentWorkbook(input);
    const first = await cli('report', input, '--out', join(out, 'a'));
    assert.equal(first.code, 0, first.stderr);
    assert.match(
      first.stderr,
      /đã đọc trang tính "Tháng 11" \(các trang tính: Tháng 11, Tháng 10; chọn trang khác bằng --sheet\)/,
    );
    // The reader's own rules apply to the sheet as to a CSV: the month from the title rows, said in Vietnamese.
    assert.match(first.stdout, /^Tháng 11\/2026: 3\/5 đơn vị đạt chỉ tiêu 300 mẫu/);
    assert.match(first.stdout, /\nTháng báo cáo: theo tháng ghi ở tiêu đề của tệp\.\n/);
    assert.match(first.stdout, /Đã ghi .*bao-cao-i-speed-2026-11\.xlsx\n/);

    const csv = readFileSync(join(out, 'a/bao-cao-i-speed-2026-11.csv'), 'utf8').slice(1).split('\r\n');
    assert.equal(csv[0], 'Mã đơn vị;Tên đơn vị;Loại;Số mẫu;Chỉ tiêu;Đạt chỉ tiêu;Còn thiếu;Số mẫu mỗi ngày cần thêm');
    assert.ok(csv.includes(`xa-a;"'=HYPERLINK(""http://example.invalid"",""bấm"")";Khác;12;300;Chưa đạt;288;`), csv);

    // ExcelJS reads our workbook: the CSV's columns, numbers as numbers, the formula-like name as text with its '.
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.readFile(join(out, 'a/bao-cao-i-speed-2026-11.xlsx'));
    const sheet = exported.worksheets[0];
    assert.equal(sheet.name, '2026-11');
    const rows = [];
    sheet.eachRow((row) => rows.push(row.values.slice(1)));
    assert.deepEqual(rows[0], csv[0].split(';'));
    assert.deepEqual(rows[1], ['xa-b', 'Xã B; "Đông", Tây', 'Xã, phường', 1234, 300, 'Đạt', 0]);
    assert.deepEqual(rows[2], ['phuong-tan-loi', 'Phường Tân Lợi', 'Xã, phường', 412, 300, 'Đạt', 0]);
    assert.equal(sheet.getCell('D2').type, ExcelJS.ValueType.Number);
    assert.equal(sheet.getCell('A2').type, ExcelJS.ValueType.String);
    const formulaRow = rows.find((row) => row[0] === 'xa-a');
    assert.equal(formulaRow[1], `'=HYPERLINK("http://example.invalid","bấm")`);
    assert.equal(sheet.getCell(`B${rows.indexOf(formulaRow) + 1}`).type, ExcelJS.ValueType.String);
    assert.equal(rows.length, 6);

    // Our own export, read again, gives the same figures.
    const again = await cli(
      'report',
      join(out, 'a/bao-cao-i-speed-2026-11.xlsx'),
      '--month',
      '2026-11',
      '--out',
      join(out, 'b'),
    );
    assert.equal(again.code, 0, again.stderr);
    const figures = (dir) =>
      JSON.parse(readFileSync(join(out, dir, 'progress.json'), 'utf8')).rows.map(({ unit, name, samples }) => [
        unit,
        name,
        samples,
      ]);
    // The same figures; the one name that looked like a formula keeps the ' it was written with (as in the CSV).
    const neutralised = figures('a').map(([unit, name, samples]) => [
      unit,
      name.startsWith('=') ? `'${name}` : name,
      samples,
    ]);
    assert.deepEqual(figures('b'), neutralised);
    assert.equal(figures('a').length, 5);
  });

  it("reads a workbook as it reads the CSV export: the month in the title, totals and signature rows skipped and checked, in the command's language", async () => {
    const out = folder();
    const input = join(out, 'xuat-excel.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Báo cáo');
    sheet.addRow(['BÁO CÁO SỐ MẪU ĐO I-SPEED THÁNG 11/2026']);
    sheet.addRow(['Cập nhật ngày 20/11/2026']);
    sheet.addRow([]);
    sheet.addRow(['STT', 'Tên đơn vị', 'Loại hình', 'Số mẫu']);
    sheet.addRow([1, 'Xã Ea Kao', 'Xã', 1234]);
    sheet.addRow([2, 'Phường Tân Lợi', 'Phường', 912]);
    sheet.addRow([3, 'Sở Khoa học và Công nghệ', 'Sở, ngành', 301]);
    sheet.addRow([null, 'Tổng cộng', null, { formula: 'SUM(D5:D7)', result: 2447 }]);
    sheet.addRow([]);
    sheet.addRow([null, 'Người lập biểu', null, 'Thủ trưởng đơn vị']);
    await workbook.xlsx.writeFile(input);

    const vi = await cli('report', input, '--out', join(out, 'vi'));
    assert.equal(vi.code, 0, vi.stderr);
    assert.deepEqual(vi.stdout.split('\n').slice(0, 4), [
      'Tháng 11/2026: 3/3 đơn vị đạt chỉ tiêu 300 mẫu (xã, phường 2/2; sở, ban, ngành 1/1).',
      'Tháng báo cáo: theo tháng ghi ở tiêu đề của tệp.',
      'Bỏ qua dòng tổng cộng: 2.447 mẫu.',
      'Dòng tổng cộng khớp với tổng số mẫu của các đơn vị: 2.447 mẫu.',
    ]);
    assert.equal(vi.stderr, '');
    const json = JSON.parse(readFileSync(join(out, 'vi/progress.json'), 'utf8'));
    assert.equal(json.rows.length, 3);
    assert.equal(json.updated, '2026-11-20');

    const en = await cli('report', input, '--lang', 'en', '--out', join(out, 'en'));
    assert.equal(en.code, 0, en.stderr);
    assert.match(en.stdout, /^November 2026: 3\/3 units reached the target of 300 samples/);
  });

  it('exports the banner and clicks columns typed: the status and its day as text, the clicks and their change as numbers', async () => {
    const out = folder();
    const result = await cli(
      'report',
      'demo/data/vi-du-so-lieu.csv',
      '--month',
      '2026-11',
      '--portals',
      'test/fixtures/activity/portals.xlsx',
      '--clicks',
      'test/fixtures/activity/clicks.xlsx',
      '--out',
      out,
    );
    assert.equal(result.code, 0, result.stderr);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'bao-cao-i-speed-2026-11.xlsx'));
    const sheet = workbook.worksheets[0];
    const rows = [];
    sheet.eachRow((row) => rows.push(row.values.slice(1)));
    assert.deepEqual(rows[0].slice(8), [
      'Banner trên cổng',
      'Ngày kiểm tra cổng',
      'Lượt bấm',
      'Lượt bấm tháng trước',
      'Thay đổi lượt bấm',
    ]);
    const hoaBinh = rows.findIndex((row) => row[0] === 'vd-phuong-hoa-binh');
    assert.deepEqual(rows[hoaBinh].slice(8), ['có', '2026-12-06', 4, 6, -2]);
    assert.equal(sheet.getCell(`M${hoaBinh + 1}`).type, ExcelJS.ValueType.Number);
    assert.equal(sheet.getCell(`I${hoaBinh + 1}`).type, ExcelJS.ValueType.String);
    const sonHa = rows.find((row) => row[0] === 'vd-xa-son-ha');
    assert.deepEqual(sonHa.slice(8), ['chưa có địa chỉ cổng', '2026-12-06', 0, 0, 0]);
  });

  it('reads the sheet named or numbered with --sheet', async () => {
    const out = folder();
    const input = join(out, 'so-lieu.xlsx');
    await departmentWorkbook(input);
    for (const sheet of ['Tháng 10', '2']) {
      const result = await cli('report', input, '--sheet', sheet, '--out', join(out, sheet));
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /^Tháng 10\/2026: 0\/1 đơn vị đạt chỉ tiêu/);
    }
    const missing = await cli('report', input, '--sheet', 'Tháng 12', '--out', join(out, 'x'));
    assert.equal(missing.code, 4);
    assert.match(missing.stderr, /không có trang tính có tên hoặc số thứ tự này \("Tháng 12"\)/);
    const english = await cli('report', input, '--sheet', 'Tháng 12', '--lang', 'en', '--out', join(out, 'x'));
    assert.match(english.stderr, /no sheet of that name or number \("Tháng 12"\)/);
  });

  it("writes ',' in English, and the separator asked for", async () => {
    const out = folder();
    const input = join(out, 'so-lieu.xlsx');
    await departmentWorkbook(input);
    const english = await cli('report', input, '--lang', 'en', '--out', join(out, 'en'));
    assert.equal(english.code, 0, english.stderr);
    const header = (dir) => readFileSync(join(out, dir, 'bao-cao-i-speed-2026-11.csv'), 'utf8').split('\r\n')[0];
    assert.equal(
      header('en'),
      '\uFEFFUnit code,Unit name,Type,Samples,Target,Target reached,Shortfall,Samples a day still needed',
    );
    const comma = await cli('report', input, '--separator', ',', '--out', join(out, 'vi'));
    assert.equal(comma.code, 0, comma.stderr);
    assert.match(header('vi'), /^\uFEFFMã đơn vị,Tên đơn vị,/);
    const wrong = await cli('report', input, '--separator', 'tab', '--out', join(out, 'x'));
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--separator phải là ; hoặc , không phải "tab"/);
  });

  it('refuses an old .xls, a damaged workbook and a file that only says .xlsx, with the reason', async () => {
    const out = folder();
    const cases = [
      [
        'cu.xls.xlsx',
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
        /sổ tính có mật khẩu hoặc định dạng \.xls cũ/,
        /password-protected or old/,
      ],
      [
        'hong.xlsx',
        Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]),
        /sổ tính bị hỏng|không phải sổ tính Excel/,
        /damaged|not an Excel workbook/,
      ],
      ['chu.xlsx', Buffer.from('Mã đơn vị;Số mẫu\nxa-a;1\n'), /không phải sổ tính Excel/, /not an Excel workbook/],
    ];
    for (const [name, bytes, vi, en] of cases) {
      writeFileSync(join(out, name), bytes);
      for (const [lang, message] of [
        ['vi', vi],
        ['en', en],
      ]) {
        const result = await cli('report', join(out, name), '--lang', lang, '--out', join(out, 'x'));
        assert.equal(result.code, 4, `${name}: ${result.stderr}`);
        assert.match(result.stderr, message);
      }
    }
  });
});
