// `ispeed-widgets clicks`: each log format, counted by hand. The fixtures'
// lines say what each one is for; the expected records below are that count.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { countClicks } from '../../cli/commands/clicks.mjs';
import { cli } from './run-cli.mjs';

const LOGS = 'test/fixtures/logs';
const folder = () => mkdtempSync(join(tmpdir(), 'ispeed-clicks-'));
const record = (unit, month, platform, portal, clicks) => ({ unit, month, platform, portal, clicks });

describe('ispeed-widgets clicks', () => {
  it('counts an nginx log: repeats within 30 minutes once, bots, prefetches and failures left out, months in Vietnam time', async () => {
    const { records, left } = await countClicks([`${LOGS}/nginx.log`]);
    assert.deepEqual(records, [
      record('phuong-tan-loi', '2026-11', 'ios', 'tanloi.daklak.gov.vn', 1),
      record('so-khcn', '2026-11', 'ios', 'skhcn.daklak.gov.vn', 1),
      // 08:00 and 08:41 (08:20 repeats 08:00), and 20:30 UTC on 31 October, which is 1 November in Vietnam.
      record('xa-ea-kao', '2026-11', 'android', 'eakao.daklak.gov.vn', 3),
      record('xa-ea-kao', '2026-11', 'desktop', '', 1),
      record('xa-ea-kao', '2026-11', 'desktop', 'eakao.daklak.gov.vn', 1),
    ]);
    assert.deepEqual(left, { bots: 2, prefetches: 1, repeats: 1, failed: 2 });
  });

  it('counts an Apache log with escaped quotes, a 304, a page at the root, a link without a unit', async () => {
    const { records, left } = await countClicks([`${LOGS}/apache.log`]);
    assert.deepEqual(records, [
      record('', '2026-12', 'ios', 'eakao.daklak.gov.vn', 1),
      record('xa-cu-pui', '2026-12', 'android', 'cupui.krongbong.daklak.gov.vn', 1),
      record('xa-cu-pui', '2026-12', 'desktop', '', 1),
    ]);
    assert.deepEqual(left, { bots: 1, prefetches: 0, repeats: 0, failed: 1 });
  });

  it('counts an IIS log whose #Fields line changes, with UTC times turned into Vietnam months', async () => {
    const { records, left } = await countClicks([`${LOGS}/iis.log`]);
    assert.deepEqual(records, [
      record('phuong-tan-loi', '2026-12', 'desktop', 'tanloi.daklak.gov.vn', 1),
      // 16:30 UTC on 30 November is 23:30 in Vietnam; 17:30 UTC is already 1 December.
      record('xa-ea-kao', '2026-11', 'android', 'eakao.daklak.gov.vn', 1),
      record('xa-ea-kao', '2026-12', 'android', 'eakao.daklak.gov.vn', 1),
    ]);
    assert.deepEqual(left, { bots: 1, prefetches: 1, repeats: 0, failed: 0 });
  });

  it('reads a gzipped rotation, oldest first whatever the order given, so a repeat across the rotation counts once', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'access.log.1.gz'), gzipSync(readFileSync(`${LOGS}/access.log.1`)));
    copyFileSync(`${LOGS}/nginx.log`, join(dir, 'access.log'));
    // As a shell expands access.log*: the newest first.
    const { records, left } = await countClicks([join(dir, 'access.log'), join(dir, 'access.log.1.gz')]);
    const eakao = records.find((r) => r.unit === 'xa-ea-kao' && r.platform === 'android');
    // 07:50 (rotated), 08:00 repeats it, 08:20 is 30 minutes on, 08:41 repeats 08:20, and 31 October.
    assert.equal(eakao.clicks, 3);
    assert.equal(left.repeats, 2);
    assert.deepEqual(
      records.find((r) => r.unit === 'so-khcn' && r.platform === 'desktop'),
      record('so-khcn', '2026-11', 'desktop', 'skhcn.daklak.gov.vn', 1),
    );
  });

  it('writes clicks.csv, clicks.xlsx and clicks.json with --out, in Vietnamese by default, and never an IP address', async () => {
    const out = folder();
    const result = await cli('clicks', `${LOGS}/nginx.log`, `${LOGS}/iis.log`, '--out', out);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^10 lượt bấm của 3 đơn vị, từ 2 tệp nhật ký\./);
    assert.match(result.stderr, /nginx\.log: 1 dòng không đọc được/);
    assert.ok(readdirSync(out).includes('clicks.csv') && readdirSync(out).includes('clicks.json'));
    const csv = readFileSync(join(out, 'clicks.csv'), 'utf8');
    assert.match(csv, /^\uFEFFMã đơn vị;Tháng;Nền tảng;Cổng dẫn đến;Lượt bấm\r\n/);
    assert.match(csv, /\r\nxa-ea-kao;2026-11;Máy tính;\(không có\);1\r\n/);
    const json = JSON.parse(readFileSync(join(out, 'clicks.json'), 'utf8'));
    assert.equal(
      json.reduce((sum, r) => sum + r.clicks, 0),
      10,
    );
    for (const text of [csv, JSON.stringify(json)]) assert.doesNotMatch(text, /\b(203\.0\.113|198\.51\.100)\./);
    // The workbook: the CSV's rows, the clicks as numbers.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'clicks.xlsx'));
    const rows = workbook.worksheets[0].getSheetValues().filter(Boolean);
    assert.deepEqual(rows[0].slice(1), ['Mã đơn vị', 'Tháng', 'Nền tảng', 'Cổng dẫn đến', 'Lượt bấm']);
    assert.deepEqual(rows.find((row) => row[1] === 'xa-ea-kao' && row[3] === 'Máy tính').slice(1), [
      'xa-ea-kao',
      '2026-11',
      'Máy tính',
      '(không có)',
      1,
    ]);
    assert.equal(
      rows.slice(1).reduce((sum, row) => sum + row[5], 0),
      10,
    );
  });

  it('speaks English with --lang en, and refuses a missing file or no file as a usage error', async () => {
    const english = await cli('clicks', `${LOGS}/apache.log`, '--lang', 'en');
    assert.equal(english.code, 0, english.stderr);
    // The click on a link without a unit is said apart, and counts read right for 1.
    assert.deepEqual(english.stdout.split('\n').slice(0, 3), [
      "Clicks on units' links: 2; units: 1; log files read: 1.",
      'Clicks on a link without a unit (counted for no unit): 1.',
      'Left out: bots 1, prefetches 0, repeats within 30 minutes 0, failed or not GET 1.',
    ]);
    const vietnamese = await cli('clicks', `${LOGS}/apache.log`);
    assert.deepEqual(vietnamese.stdout.split('\n').slice(0, 2), [
      '2 lượt bấm của 1 đơn vị, từ 1 tệp nhật ký.',
      '1 lượt bấm không ghi mã đơn vị (liên kết thiếu unit) nên không tính cho đơn vị nào.',
    ]);
    assert.equal((await cli('clicks')).code, 2);
    assert.equal((await cli('clicks', `${LOGS}/nope.log`)).code, 3);
    assert.equal((await cli('clicks', `${LOGS}/apache.log`, '--lang', 'fr')).code, 2);
  });
});

describe("the README's clicks example", () => {
  it('runs as written on examples/access.log, with the counts the README gives', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const command = /^npx ispeed-widgets (clicks examples\/access\.log .*)$/m.exec(readme);
    assert.ok(command, 'the README shows the clicks command on examples/access.log');
    const out = folder();
    const args = command[1].split(' ').map((arg) => (arg === 'luot-bam/' ? out : arg));
    const result = await cli(...args);
    assert.equal(result.code, 0, result.stderr);
    const [summary, left] = result.stdout.split('\n');
    assert.equal(summary, '8 lượt bấm của 3 đơn vị, từ 1 tệp nhật ký.');
    assert.ok(readme.replace(/\s+/g, ' ').includes(`"${summary}"`), 'the README quotes the summary');
    assert.equal(
      left,
      'Không tính: 2 lượt của máy tự động, 0 lượt tải trước, 1 lượt lặp lại trong 30 phút, 1 yêu cầu lỗi hoặc không phải GET.',
    );
    const records = JSON.parse(readFileSync(join(out, 'clicks.json'), 'utf8'));
    const byUnit = {};
    for (const { unit, clicks } of records) byUnit[unit] = (byUnit[unit] ?? 0) + clicks;
    // By hand: An Bình's Android (its repeat 9 minutes on left out), iPhone, desktop and a scanned code; Hòa Bình's three; Ea Sơn's one.
    assert.deepEqual(byUnit, { 'vd-phuong-hoa-binh': 3, 'vd-xa-an-binh': 4, 'vd-xa-ea-son': 1 });
    assert.deepEqual(
      records
        .filter((record) => record.unit === 'vd-xa-an-binh')
        .map((record) => `${record.platform} ${record.portal}`),
      [
        'android ',
        'android xa-an-binh.example.gov.vn',
        'desktop xa-an-binh.example.gov.vn',
        'ios xa-an-binh.example.gov.vn',
      ],
    );
  });
});
