// The built report page (dist/report/) printed by Chromium to a real A4 PDF, for a province of
// 126 units over three months, and read back page by page with a PDF text extractor: the
// administrative head, every column title on every page the table runs over, page numbers
// from page 2, every unit once, the totals row once after the last unit, the signatures, the charts.
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { extractTextItems } from 'unpdf';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { STRICT_CSP } from '../../scripts/serve.mjs';

const UNITS = 126;
const AGENCY = 'Sở Khoa học và Công nghệ tỉnh Đắk Lắk';
const code = (index) => `${index % 5 ? 'xa' : 'phuong'}-${String(index).padStart(3, '0')}`;
const name = (index) => `${index % 5 ? 'Xã' : 'Phường'} ${String(index).padStart(3, '0')}`;
const department = {
  name: AGENCY,
  units: Array.from({ length: UNITS }, (_, at) => ({
    code: code(at + 1),
    name: name(at + 1),
    type: (at + 1) % 5 ? 'xa' : 'phuong',
  })),
};

/** A month's export as a Department has it: a title row naming the month, semicolons. */
function monthFile(month, factor) {
  const lines = [`BÁO CÁO SỐ MẪU ĐO I-SPEED THÁNG ${month};;`, 'Mã đơn vị;Tên đơn vị;Số mẫu'];
  for (let index = 1; index <= UNITS; index++)
    lines.push(`${code(index)};${name(index)};${Math.round(((index * 37) % 520) * factor)}`);
  return Buffer.from(lines.join('\r\n'));
}

const HEADINGS = {
  vi: [
    'STT',
    'Đơn vị',
    'Loại',
    'Số mẫu',
    'Chỉ tiêu',
    'Đạt',
    'Còn thiếu',
    'Mẫu/ngày cần thêm',
    'Các tháng gần đây',
    'So với tháng 10/2026',
  ],
  en: [
    'No.',
    'Unit',
    'Type',
    'Samples',
    'Target',
    'Reached',
    'Shortfall',
    'Samples a day needed',
    'Recent months',
    'Change from October 2026',
  ],
};

let server;
let browser;

before(async () => {
  assert.ok(existsSync('dist/report/index.html'), 'dist/ is missing: run "npm run build" first');
  server = await startStaticServer({
    root: 'dist',
    headers: { 'content-security-policy': STRICT_CSP },
    route: (url) =>
      url.pathname === '/department.json' ? { body: JSON.stringify(department), path: 'department.json' } : undefined,
  });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The report of November with October and September, printed; each page's text items (x, y from the bottom). */
async function printed(lang) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${server.origin}/report/index.html?lang=${lang}`);
  await page
    .locator('#file')
    .setInputFiles({ name: 'thang-11.csv', mimeType: 'text/csv', buffer: monthFile('11/2026', 1) });
  await page.locator('#previous').setInputFiles([
    { name: 'thang-10.csv', mimeType: 'text/csv', buffer: monthFile('10/2026', 0.8) },
    { name: 'thang-9.csv', mimeType: 'text/csv', buffer: monthFile('09/2026', 0.6) },
  ]);
  await page.locator('.sparkline').first().waitFor();
  await page.locator('.print-settings summary').click();
  await page.locator('#print-place').fill('Đắk Lắk');
  await page.locator('#print-signer').fill(lang === 'vi' ? 'Giám đốc' : 'Director');
  await page
    .locator('#print-agency')
    .getAttribute('placeholder')
    .then((placeholder) => assert.equal(placeholder, AGENCY));
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  if (process.env.REPORT_PDF) writeFileSync(`${process.env.REPORT_PDF}-${lang}.pdf`, pdf);
  await page.close();
  assert.deepEqual(errors, []);
  const { items } = await extractTextItems(new Uint8Array(pdf));
  return items.map((page) => page.filter((item) => item.str.trim()));
}

const text = (items) => items.map((item) => item.str).join(' ');

const words = (item) => item.str.trim().split(/\s+/);
/** A page's lines: its items grouped by height, left to right. */
function lines(items) {
  const byHeight = new Map();
  for (const item of items) {
    const y = Math.round(item.y);
    byHeight.set(y, [...(byHeight.get(y) ?? []), item]);
  }
  return [...byHeight].map(([y, row]) => ({
    y,
    text: text(row.sort((a, b) => a.x - b.x))
      .replace(/\s+/g, ' ')
      .trim(),
  }));
}
/** The units' names in a page's text (a long name may wrap: its words stay in order). */
const UNIT_NAME = /\b(?:Xã|Phường) \d{3}\b/gu;
const unitNames = (items) => text(items).replace(/\s+/g, ' ').match(UNIT_NAME) ?? [];

/** The column titles' band: the items level with the "STT" cell (titles that wrap rise above it). */
function headerBand(items, first) {
  const anchor = items.find((item) => words(item).includes(first));
  if (!anchor) return undefined;
  return items.filter((item) => item.y >= anchor.y - 2 && item.y <= anchor.y + 45);
}

for (const lang of ['vi', 'en']) {
  describe(`the 126-unit report printed to PDF (${lang})`, () => {
    let pages;
    before(async () => {
      pages = await printed(lang);
    });

    it('heads page 1 as an administrative report: the agency, the national heading, the date line, the title', () => {
      const first = text(pages[0]);
      assert.match(first, /SỞ KHOA HỌC VÀ CÔNG NGHỆ/);
      if (lang === 'vi') {
        assert.match(first, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
        assert.match(first, /Độc lập - Tự do - Hạnh phúc/);
        assert.match(first, /Đắk Lắk, ngày \d{2} tháng \d{2} năm 20\d{2}/);
        assert.match(first, /BÁO CÁO/);
        assert.match(first, /Kết quả đo tốc độ Internet bằng ứng dụng i-Speed tháng 11\/2026/);
      } else {
        assert.match(first, /SOCIALIST REPUBLIC OF VIET NAM/);
        assert.match(first, /Independence - Freedom - Happiness/);
        assert.match(first, /Đắk Lắk, \d{1,2} [A-Z][a-z]+ 20\d{2}/);
        assert.match(first, /Results of Internet speed measurement with the i-Speed app, November 2026/);
      }
      assert.doesNotMatch(first, /Trang \d|Page \d/, 'no page number on page 1');
    });

    it('repeats every column title on every page the table runs over, with "Trang n/N" from page 2', () => {
      const tablePages = pages.filter((items) => headerBand(items, HEADINGS[lang][0]));
      assert.ok(tablePages.length >= 3, `the table runs over ${tablePages.length} pages`);
      assert.deepEqual(
        tablePages,
        pages.slice(0, tablePages.length),
        'the table pages come first, one after the other',
      );
      tablePages.forEach((items, index) => {
        const band = text(headerBand(items, HEADINGS[lang][0]));
        for (const heading of HEADINGS[lang])
          for (const word of heading.split(' '))
            assert.ok(band.split(/\s+/).includes(word), `page ${index + 1}: "${heading}" (${word}) in "${band}"`);
      });
      pages.forEach((items, index) => {
        if (index === 0) return;
        const number = lang === 'vi' ? `Trang ${index + 1}/${pages.length}` : `Page ${index + 1} of ${pages.length}`;
        assert.ok(text(items).includes(number), `page ${index + 1} says "${number}"`);
      });
    });

    it('lists every unit once, then the totals row once, after the last unit, then the signatures', () => {
      const total = lang === 'vi' ? 'Tổng cộng' : 'Total';
      // The table's pages (the charts' summaries name units too).
      const tablePages = pages.filter((items) => headerBand(items, HEADINGS[lang][0]));
      const names = tablePages.flatMap(unitNames);
      assert.equal(names.length, UNITS);
      assert.equal(new Set(names).size, UNITS);
      // A line of the print whose text starts with the totals row's title (its words may be items of their own).
      const totals = pages.flatMap((items, page) =>
        lines(items)
          .filter((line) => new RegExp(`^${total}( |$)`).test(line.text))
          .map((line) => ({ ...line, page })),
      );
      assert.equal(totals.length, 1, `"${total}" once in the whole print`);
      const [row] = totals;
      const lastUnitPage = tablePages.length - 1;
      assert.equal(row.page, lastUnitPage);
      const lowest = Math.min(
        ...pages[row.page].filter((item) => /^(Xã|Phường)$|^\d{3}$/.test(item.str.trim())).map((item) => item.y),
      );
      assert.ok(row.y < lowest, 'below the last unit');
      const sums = text(pages[row.page].filter((item) => Math.abs(item.y - row.y) < 2));
      const samples = Array.from({ length: UNITS }, (_, at) => ((at + 1) * 37) % 520).reduce((a, b) => a + b, 0);
      assert.ok(sums.includes(new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(samples)), sums);
      const signatures = text(pages[row.page]);
      assert.match(signatures, lang === 'vi' ? /Người lập biểu .*GIÁM ĐỐC/ : /Prepared by .*DIRECTOR/);
    });

    it('puts the charts on pages of their own after the table, with their summaries and the types from department.json', () => {
      const heading = lang === 'vi' ? 'Biểu đồ' : 'Charts';
      const at = pages.findIndex((items) => items.some((item) => item.str.trim() === heading));
      assert.ok(at > 0, 'the charts are printed');
      assert.ok(!headerBand(pages[at], HEADINGS[lang][0]), 'on a page of their own');
      const charts = text(pages.slice(at).flat());
      assert.match(charts, lang === 'vi' ? /Chỉ tiêu 300/ : /Target 300/);
      assert.match(
        charts,
        lang === 'vi' ? /126 đơn vị, xếp từ nhiều đến ít mẫu/ : /126 units, from most to fewest samples/,
      );
      assert.match(charts, lang === 'vi' ? /Phường 10\/25/ : /Wards 10\/25/);
      assert.match(
        charts,
        lang === 'vi' ? /Số đơn vị đạt chỉ tiêu qua các tháng/ : /Units reaching the target, month by month/,
      );
    });
  });
}
