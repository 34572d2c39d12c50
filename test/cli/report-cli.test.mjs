// `ispeed-widgets report`, end to end: a real process on the Department's files, its exit codes and what it writes.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli } from './run-cli.mjs';

const FIXTURES = 'test/fixtures/progress';

const folder = () => mkdtempSync(join(tmpdir(), 'ispeed-report-'));

describe('ispeed-widgets report', () => {
  it("writes the CSV (BOM, CRLF, ';' in Vietnamese), the workbook, progress.js and progress.json of a one-month export without a month column, for --month", async () => {
    const out = folder();
    const result = await cli('report', `${FIXTURES}/mot-thang.csv`, '--month', '2026-11', '--out', out);
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stdout,
      /^Tháng 11\/2026: 2\/3 đơn vị đạt chỉ tiêu 300 mẫu \(xã, phường 1\/2; sở, ban, ngành 1\/1\)\.\nTháng báo cáo: theo --month\.\n/,
    );
    assert.deepEqual(readdirSync(out).sort(), [
      'bao-cao-i-speed-2026-11.csv',
      'bao-cao-i-speed-2026-11.xlsx',
      'progress.js',
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
    // The file names no date: its last-modified date, never the day the report was made.
    const { mtime } = statSync(`${FIXTURES}/mot-thang.csv`);
    assert.equal(json.updated, new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(mtime));
    assert.deepEqual(json.rows[2], { unit: 'xa-ea-kao', name: 'Xã Ea Kao', month: '2026-11', samples: 124 });
    // progress.js: the same data, as a classic script that registers it.
    const script = readFileSync(join(out, 'progress.js'), 'utf8');
    const registered = [];
    new Function('globalThis', script)({ [Symbol.for('ispeed-widgets.data')]: registered });
    assert.deepEqual(registered, [json]);
  });

  it('reads the realistic Excel export: 12 units, the totals row skipped and checked, said in Vietnamese', async () => {
    const out = folder();
    const result = await cli('report', `${FIXTURES}/xuat-excel.csv`, '--out', out, '--script-name', 'so-lieu.js');
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.stdout.split('\n').slice(0, 5), [
      'Tháng 11/2026: 8/12 đơn vị đạt chỉ tiêu 300 mẫu (xã, phường 7/10; sở, ban, ngành 1/2).',
      'Tháng báo cáo: theo tháng ghi ở tiêu đề của tệp.',
      'Bỏ qua dòng tổng cộng: 6.246 mẫu.',
      'Dòng tổng cộng khớp với tổng số mẫu của các đơn vị: 6.246 mẫu.',
      'Bỏ qua 2 dòng chữ ký, ghi chú (dòng 19, 20).',
    ]);
    assert.match(result.stdout, /Đã ghi .*so-lieu\.js\n/);
    assert.equal(result.stderr, '');
    const json = JSON.parse(readFileSync(join(out, 'progress.json'), 'utf8'));
    assert.equal(json.rows.length, 12);
    assert.equal(json.updated, '2026-11-20');
  });

  it('takes the month just ended for a file saved by the 15th, and says why and how to change it', async () => {
    const out = folder();
    const file = join(folder(), 'khong-thang.csv');
    writeFileSync(file, 'Đơn vị;Số mẫu\r\nXã A;310\r\n');
    const december5 = new Date('2026-12-05T02:00:00Z');
    utimesSync(file, december5, december5);
    const result = await cli('report', file, '--out', out);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(
      result.stdout.split('\n')[1],
      'Tệp không ghi tháng; tệp được lưu ngày 5/12/2026, chưa quá ngày 15 (hạn báo cáo số liệu tháng trước) nên là tháng vừa qua, tháng 11/2026 (để lấy tháng đang diễn ra: --month 2026-12).',
    );
    assert.deepEqual(readdirSync(out).sort(), [
      'bao-cao-i-speed-2026-11.csv',
      'bao-cao-i-speed-2026-11.xlsx',
      'progress.js',
      'progress.json',
    ]);
  });

  it("runs the README's example as written: November 2026 against October, whatever day the files were saved", async () => {
    // A clone gives the files the day it was made: a copy saved after the 15th of a later month must read the same.
    const copies = folder();
    const january20 = new Date('2027-01-20T02:00:00Z');
    for (const name of ['vi-du-so-lieu.csv', 'vi-du-so-lieu-thang-truoc.csv']) {
      writeFileSync(join(copies, name), readFileSync(`demo/data/${name}`));
      utimesSync(join(copies, name), january20, january20);
    }
    const out = folder();
    const result = await cli(
      'report',
      join(copies, 'vi-du-so-lieu.csv'),
      '--compare',
      join(copies, 'vi-du-so-lieu-thang-truoc.csv'),
      '--out',
      out,
    );
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.stdout.split('\n').slice(0, 2), [
      'Tháng 11/2026: 7/21 đơn vị đạt chỉ tiêu 300 mẫu (xã, phường 5/17; sở, ban, ngành 2/4).',
      'Tháng báo cáo: theo tháng ghi ở tiêu đề của tệp.',
    ]);
    const csv = readFileSync(join(out, 'bao-cao-i-speed-2026-11.csv'), 'utf8').slice(1).split('\r\n');
    assert.match(csv[0], /;Số mẫu tháng so sánh;Thay đổi$/);
    assert.match(csv[1], /^vd-phuong-hoa-binh;.*;520;300;Đạt;0;;480;40$/);
  });

  it('warns when --month is not the month in the title', async () => {
    const result = await cli('report', `${FIXTURES}/xuat-excel.csv`, '--month', '2026-10', '--out', folder());
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stdout,
      /Tháng đã chọn \(10\/2026\) khác với tháng ghi trong tệp \(11\/2026\): số liệu đang được ghi là tháng 10\/2026\./,
    );
  });

  it('answers --help in Vietnamese, and in English with --lang en', async () => {
    const vi = await cli('report', '--help');
    assert.equal(vi.code, 0);
    assert.match(vi.stdout, /Báo cáo tháng từ tệp số liệu của tháng/);
    const en = await cli('report', '--help', '--lang', 'en');
    assert.match(en.stdout, /The monthly report from the month's export/);
  });

  it("exits 4 for a --portals or --clicks file that is not one, as the command line's help says", async () => {
    const help = (await cli('--help')).stdout.replace(/\s+/g, ' ');
    assert.match(
      help,
      /4 nothing to download \(report: [^)]*--portals\/--clicks file is not what check-portals\/clicks write/,
    );
    for (const option of ['--portals', '--clicks']) {
      const result = await cli('report', EXAMPLE, option, 'demo/data/vi-du-so-lieu-thang-truoc.csv', '--out', folder());
      assert.equal(result.code, 4, `${option}: ${result.stderr}`);
    }
  });

  it("reads Excel's plain CSV (Windows-1258) and says so", async () => {
    const out = folder();
    const result = await cli('report', `${FIXTURES}/windows-1258.csv`, '--month', '2026-11', '--out', out);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /không ở dạng UTF-8 nên được đọc theo bảng mã windows-1258/);
    const csv = readFileSync(join(out, 'bao-cao-i-speed-2026-11.csv'), 'utf8');
    assert.ok(csv.includes('phuong-tan-loi;Phường Tân Lợi;"Xã, phường";412;300;Đạt;0;'), csv);
  });

  it("neutralises formulas (a leading ' inside quotes, as OWASP advises) and quotes what needs quoting", async () => {
    const out = folder();
    const result = await cli('report', `${FIXTURES}/cong-thuc.csv`, '--out', out, '--lang', 'en');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^November 2026: 2\/5 units reached the target of 300 samples/);
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
    assert.match(result.stderr, /rows\[6\] \(Xã Hòa Xuân\): số mẫu "nhiều" không phải số nguyên/);
  });

  const failures = [
    ['no file', ['report'], 2, /lệnh report cần tệp số liệu của tháng/],
    ['a bad month', ['report', `${FIXTURES}/mot-thang.csv`, '--month', '13/2026'], 2, /--month phải có dạng 2026-11/],
    [
      'a bad target',
      ['report', `${FIXTURES}/mot-thang.csv`, '--target', 'ba trăm'],
      2,
      /--target phải là số nguyên dương/,
    ],
    ['a bad language', ['report', `${FIXTURES}/mot-thang.csv`, '--lang', 'fr'], 2, /--lang must be vi or en/],
    [
      'a script name with a folder',
      ['report', `${FIXTURES}/mot-thang.csv`, '--script-name', '../x.js'],
      2,
      /--script-name/,
    ],
    [
      'a bad separator',
      ['report', `${FIXTURES}/mot-thang.csv`, '--separator', '|'],
      2,
      /--separator phải là ; hoặc , không phải "\|"/,
    ],
    [
      'a bad separator, in English',
      ['report', `${FIXTURES}/mot-thang.csv`, '--separator', '|', '--lang', 'en'],
      2,
      /--separator must be ; or , not "\|"/,
    ],
    ['two files', ['report', 'a.csv', 'b.csv'], 2, /lệnh report nhận một tệp/],
    ['a missing file', ['report', `${FIXTURES}/khong-co.csv`], 3, /không đọc được ".*khong-co\.csv": không có tệp này/],
    ['a folder', ['report', FIXTURES], 3, /không phải là tệp/],
    [
      'a file that is not progress data',
      ['report', `${FIXTURES}/no-samples-column.csv`],
      4,
      /tệp không có cột số mẫu \(các cột tìm thấy: unit, month\); ghi tên cột bằng --columns/,
    ],
    [
      'a file that is not progress data, in English',
      ['report', `${FIXTURES}/no-samples-column.csv`, '--lang', 'en'],
      4,
      /the header has no "samples" column/,
    ],
    ['duplicate columns', ['report', `${FIXTURES}/cot-trung-mau.csv`], 4, /đều được hiểu là cột số mẫu/],
    [
      'a month the file does not have',
      ['report', `${FIXTURES}/thang-11.json`, '--month', '2026-01'],
      4,
      /không có dòng nào dùng được cho tháng 01\/2026/,
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

/** check-portals' and clicks' real outputs for the demo's example units (made by test/fixtures/activity/make.mjs). */
const ACTIVITY = 'test/fixtures/activity';
const EXAMPLE = 'demo/data/vi-du-so-lieu.csv';

describe('ispeed-widgets report --portals --clicks', () => {
  /** The report's CSV as rows of cells, by unit code. */
  const csvByUnit = (out, separator = ';') =>
    Object.fromEntries(
      readFileSync(join(out, 'bao-cao-i-speed-2026-11.csv'), 'utf8')
        .slice(1)
        .trim()
        .split('\r\n')
        .map((line) => line.split(separator))
        .map((cells) => [cells[0], cells]),
    );

  /** The example's November report with the given portal check and clicks files (names under ACTIVITY), into `out`. */
  const november = (out, portals, clicks, ...extra) =>
    cli(
      'report',
      EXAMPLE,
      '--month',
      '2026-11',
      '--portals',
      `${ACTIVITY}/${portals}`,
      '--clicks',
      `${ACTIVITY}/${clicks}`,
      ...extra,
      '--out',
      out,
    );

  it('adds the banner (with the day checked) and the clicks of the month against the month before, per unit and per type', async () => {
    const out = folder();
    const result = await november(out, 'portals.json', 'clicks.json');
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.stdout.split('\n').slice(2, 8), [
      'Banner trên cổng: 8/21 đơn vị có banner (xã, phường 6/17; sở, ban, ngành 2/4).',
      '2 đơn vị chưa có địa chỉ cổng (vẫn có trong bảng): vd-xa-son-ha, vd-xa-tan-lap.',
      '2 đơn vị chưa được kiểm tra cổng: vd-so-y-te, vd-xa-quang-dien.',
      'Lượt bấm tháng 11/2026: 15, so với tháng 10/2026: +3 (xã, phường 12 (+1); sở, ban, ngành 3 (+2)).',
      '1 đơn vị có trong tệp kiểm tra cổng hoặc tệp lượt bấm nhưng không có trong tệp số mẫu nên không đưa vào bảng (2 lượt bấm trong tháng): vd-xa-an-phu. Hãy kiểm tra mã đơn vị.',
      '1 lượt bấm trong tháng không ghi mã đơn vị (liên kết thiếu unit) nên không tính cho đơn vị nào.',
    ]);
    const rows = csvByUnit(out);
    assert.deepEqual(rows['Mã đơn vị'].slice(8), [
      'Banner trên cổng',
      'Ngày kiểm tra cổng',
      'Lượt bấm',
      'Lượt bấm tháng trước',
      'Thay đổi lượt bấm',
    ]);
    // Hand counts (make.mjs): an-binh 5 in November against 3, hoa-binh 4 against 6.
    assert.deepEqual(rows['vd-xa-an-binh'].slice(8), ['có', '2026-12-06', '5', '3', '2']);
    assert.deepEqual(rows['vd-phuong-hoa-binh'].slice(8), ['có', '2026-12-06', '4', '6', '-2']);
    assert.deepEqual(rows['vd-xa-ea-son'].slice(8), ['không', '2026-12-06', '0', '0', '0']);
    assert.deepEqual(rows['vd-xa-ngoc-lam'].slice(8), ['không đọc được cổng', '2026-12-06', '0', '0', '0']);
    // Without a portal address: marked, not dropped; not in the check: said so, without a date.
    assert.deepEqual(rows['vd-xa-son-ha'].slice(8, 9), ['chưa có địa chỉ cổng']);
    assert.deepEqual(rows['vd-so-y-te'].slice(8), ['chưa kiểm tra', '', '0', '0', '0']);
    assert.equal(Object.keys(rows).length, 22);
    assert.equal(rows['vd-xa-an-phu'], undefined);
    // progress.js and progress.json stay the samples only.
    assert.doesNotMatch(readFileSync(join(out, 'progress.json'), 'utf8'), /banner|clicks/);
  });

  it('reads the CSV and workbook forms of both files, in either language, to the same table', async () => {
    const json = folder();
    await november(json, 'portals.json', 'clicks.json');
    const expected = readFileSync(join(json, 'bao-cao-i-speed-2026-11.csv'), 'utf8');
    for (const [portals, clicks] of [
      ['portals.csv', 'clicks.csv'],
      ['portals.xlsx', 'clicks.xlsx'],
      ['portals.en.csv', 'clicks.en.csv'],
    ]) {
      const out = folder();
      const result = await november(out, portals, clicks);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(readFileSync(join(out, 'bao-cao-i-speed-2026-11.csv'), 'utf8'), expected, `${portals}, ${clicks}`);
    }
  });

  it('speaks English with --lang en, in its lines and its columns', async () => {
    const out = folder();
    const result = await november(out, 'portals.xlsx', 'clicks.csv', '--lang', 'en');
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stdout,
      /\nBanner on portal: 8\/21 units carry it \(commune or ward 6\/17; department or agency 2\/4\)\.\n/,
    );
    assert.match(result.stdout, /\nClicks in November 2026: 15, against October 2026: \+3 /);
    const rows = csvByUnit(out, ',');
    assert.deepEqual(rows['Unit code'].slice(8), [
      'Banner on portal',
      'Portal checked on',
      'Clicks',
      'Clicks the month before',
      'Change in clicks',
    ]);
    assert.deepEqual(rows['vd-xa-tan-lap'].slice(8), ['no portal address', '2026-12-06', '0', '0', '0']);
  });

  it('gives the clicks without the change when the file does not have the month before, and says when it lacks the month', async () => {
    const out = folder();
    const november = join(out, 'november.json');
    const all = JSON.parse(readFileSync(`${ACTIVITY}/clicks.json`, 'utf8'));
    writeFileSync(november, JSON.stringify(all.filter((record) => record.month === '2026-11')));
    const result = await cli('report', EXAMPLE, '--month', '2026-11', '--clicks', november, '--out', out);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /\nLượt bấm tháng 11\/2026: 15 \(xã, phường 12; sở, ban, ngành 3\)\.\n/);
    assert.deepEqual(csvByUnit(out)['Mã đơn vị'].slice(8), ['Lượt bấm']);
    // A month the log does not reach: every unit at 0 would mislead without a word.
    const december = await cli(
      'report',
      EXAMPLE,
      '--month',
      '2026-12',
      '--clicks',
      `${ACTIVITY}/clicks.json`,
      '--out',
      out,
    );
    assert.equal(december.code, 0, december.stderr);
    assert.match(december.stdout, /\nLượt bấm tháng 12\/2026: 0, so với tháng 11\/2026: -15 /);
    assert.match(december.stdout, /\nTệp lượt bấm không có lượt nào trong tháng 12\/2026: /);
  });

  it('leaves out wrong records and says how many, on stderr', async () => {
    const out = folder();
    const records = JSON.parse(readFileSync(`${ACTIVITY}/portals.json`, 'utf8'));
    records[0].banner = 'maybe';
    delete records[1].checked;
    writeFileSync(join(out, 'portals.json'), JSON.stringify(records));
    const result = await cli('report', EXAMPLE, '--portals', join(out, 'portals.json'), '--out', out);
    assert.equal(result.code, 0, result.stderr);
    assert.match(
      result.stderr,
      /portals\.json: Bỏ qua 2 bản ghi thiếu mã đơn vị, kết quả banner hoặc thời điểm kiểm tra\./,
    );
    assert.match(
      result.stdout,
      /\n4 đơn vị chưa được kiểm tra cổng: vd-xa-an-binh, vd-xa-binh-minh, vd-so-y-te, vd-xa-quang-dien\.\n/,
    );
  });

  const broken = [
    [
      'the clicks given as the portal check',
      ['--portals', `${ACTIVITY}/clicks.json`],
      /không phải kết quả của lệnh check-portals/,
    ],
    [
      'the portal check given as the clicks',
      ['--clicks', `${ACTIVITY}/portals.csv`],
      /không phải tệp lượt bấm của lệnh ispeed-widgets clicks/,
    ],
    ['a samples file given as the clicks', ['--clicks', EXAMPLE], /không phải tệp lượt bấm/],
    [
      'a missing file',
      ['--portals', `${ACTIVITY}/khong-co.json`],
      /không đọc được ".*khong-co\.json": không có tệp này/,
    ],
  ];
  for (const [what, args, message] of broken) {
    it(`stops, says why and writes nothing for ${what}`, async () => {
      const out = folder();
      const result = await cli('report', EXAMPLE, ...args, '--out', out);
      assert.notEqual(result.code, 0);
      assert.match(result.stderr, message);
      assert.deepEqual(readdirSync(out), []);
    });
  }

  it('says a JSON file it cannot parse is one, in English too', async () => {
    const out = folder();
    writeFileSync(join(out, 'portals.json'), '[{"unit": "vd-xa-an-binh", "banner": tru');
    const result = await cli(
      'report',
      EXAMPLE,
      '--portals',
      join(out, 'portals.json'),
      '--lang',
      'en',
      '--out',
      join(out, 'x'),
    );
    assert.equal(result.code, 4);
    assert.match(result.stderr, /portals\.json" cannot be used: the file starts as JSON but cannot be read\./);
  });
});
