// `ispeed-widgets report`, end to end: a real process on the Department's files, its exit codes and what it writes.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli } from './run-cli.mjs';

const FIXTURES = 'test/fixtures/progress';

const folder = () => mkdtempSync(join(tmpdir(), 'ispeed-report-'));

describe('ispeed-widgets report', () => {
  it("writes the CSV (BOM, CRLF, ';' in Vietnamese), the workbook and progress.json of a one-month export without a month column, for --month", async () => {
    const out = folder();
    const result = await cli('report', `${FIXTURES}/mot-thang.csv`, '--month', '2026-11', '--out', out);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^2026-11: 2\/3 units reached the target \(communes and wards 1\/2, agencies 1\/1\)\./);
    assert.deepEqual(readdirSync(out).sort(), [
      'bao-cao-i-speed-2026-11.csv',
      'bao-cao-i-speed-2026-11.xlsx',
      'progress.json',
    ]);
    const csv = readFileSync(join(out, 'bao-cao-i-speed-2026-11.csv'), 'utf8');
    assert.equal(csv.slice(0, 1), '\uFEFF');
    assert.deepEqual(csv.slice(1).split('\r\n'), [
      'Mã đơn vị;Tên đơn vị;Loại;Số mẫu;Chỉ tiêu;Đạt chỉ tiêu;Còn thiếu;Số mẫu mỗi ngày cần thêm',
      'phuong-tan-loi;Phường Tân Lợi;"Xã, phường";412;300;Đạt;0;',
      'so-khcn;Sở Khoa học và Công nghệ;"Sở, ban, ngành";350;300;Đạt;0;',
      'xa-ea-kao;Xã Ea Kao;"Xã, phường";124;300;Chưa đạt;176;',
      '',
    ]);
    const json = JSON.parse(readFileSync(join(out, 'progress.json'), 'utf8'));
    assert.equal(json.schema, 'ispeed-widgets/progress');
    assert.equal(json.month, '2026-11');
    assert.match(json.updated, /^\d{4}-\d{2}-\d{2}$/);
    assert.deepEqual(json.rows[2], { unit: 'xa-ea-kao', name: 'Xã Ea Kao', month: '2026-11', samples: 124 });
  });

  it("reads Excel's plain CSV (Windows-1258) and says so", async () => {
    const out = folder();
    const result = await cli('report', `${FIXTURES}/windows-1258.csv`, '--month', '2026-11', '--out', out);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /is not UTF-8: read as windows-1258/);
    const csv = readFileSync(join(out, 'bao-cao-i-speed-2026-11.csv'), 'utf8');
    assert.ok(csv.includes('phuong-tan-loi;Phường Tân Lợi;"Xã, phường";412;300;Đạt;0;'), csv);
  });

  it("neutralises formulas (a leading ' inside quotes, as OWASP advises) and quotes what needs quoting", async () => {
    const out = folder();
    const result = await cli('report', `${FIXTURES}/cong-thuc.csv`, '--out', out, '--lang', 'en');
    assert.equal(result.code, 0, result.stderr);
    const lines = readFileSync(join(out, 'bao-cao-i-speed-2026-11.csv'), 'utf8').split('\r\n');
    assert.equal(
      lines[0],
      '\uFEFFUnit code,Unit name,Type,Samples,Target,Target reached,Shortfall,Samples a day still needed',
    );
    assert.deepEqual(lines.slice(1, 6), [
      `xa-b,"'+Xã B",Other,400,300,Yes,0,`,
      'xa-e,"Xã E, ""Đông""",Commune or ward,300,300,Yes,0,',
      `xa-a,"'=HYPERLINK(""http://example.invalid"",""bấm"")",Other,12,300,No,288,`,
      `xa-d,"'@Xã D",Other,7,300,No,293,`,
      `xa-c,"'-Xã C",Other,5,300,No,295,`,
    ]);
  });

  it('adds the change from another month with --compare, negative changes as numbers', async () => {
    const out = folder();
    const month = `${FIXTURES}/thang-11.json`;
    const result = await cli(
      'report',
      month,
      '--month',
      '2026-11',
      '--compare',
      `${FIXTURES}/trung-lap.csv`,
      '--out',
      out,
    );
    assert.equal(result.code, 0, result.stderr);
    const lines = readFileSync(join(out, 'bao-cao-i-speed-2026-11.csv'), 'utf8').split('\r\n');
    assert.match(lines[0], /;Số mẫu tháng so sánh;Thay đổi$/);
    assert.ok(lines.includes('xa-ea-kao;Xã Ea Kao;"Xã, phường";124;300;Chưa đạt;176;;124;0'), lines.join('\n'));
    assert.ok(lines.includes('xa-ea-tu;Xã Ea Tu;"Xã, phường";87;300;Chưa đạt;213;;87;0'));
    assert.ok(lines.includes('phuong-tan-loi;Phường Tân Lợi;"Xã, phường";412;300;Đạt;0;;;'));
    assert.match(result.stderr, /rows\[6\] \(Xã Hòa Xuân\): samples "nhiều" is not a whole number/);
  });

  const failures = [
    ['no file', ['report'], 2, /report needs the month's file/],
    ['a bad month', ['report', `${FIXTURES}/mot-thang.csv`, '--month', '13/2026'], 2, /--month must look like 2026-11/],
    [
      'a bad target',
      ['report', `${FIXTURES}/mot-thang.csv`, '--target', 'ba trăm'],
      2,
      /--target must be a positive whole number/,
    ],
    ['two files', ['report', 'a.csv', 'b.csv'], 2, /report takes one file/],
    ['a missing file', ['report', `${FIXTURES}/khong-co.csv`], 3, /cannot read ".*khong-co\.csv": no such file/],
    ['a folder', ['report', FIXTURES], 3, /is not a file/],
    ['a file that is not progress data', ['report', `${FIXTURES}/no-samples-column.csv`], 4, /no "samples" column/],
    ['duplicate columns', ['report', `${FIXTURES}/cot-trung-mau.csv`], 4, /are all read as "samples"/],
    [
      'a month the file does not have',
      ['report', `${FIXTURES}/thang-11.json`, '--month', '2026-01'],
      4,
      /has no usable row for 2026-01/,
    ],
  ];
  for (const [what, args, code, message] of failures) {
    it(`exits with ${code} for ${what}, and writes nothing`, async () => {
      const out = folder();
      const result = await cli(...args, '--out', out);
      assert.equal(result.code, code, result.stderr);
      assert.match(result.stderr, message);
      assert.deepEqual(readdirSync(out), []);
    });
  }
});
