import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { IspeedReport } from '../../../src/tools/report/report.js';
import { readXlsx } from '../../../src/data/xlsx.js';
import { $, clean, exported, openReport, pickFiles, root } from '../../helpers/report-page.js';

/**
 * The report page joins check-portals' and clicks' files (their real
 * outputs, made by test/fixtures/activity/make.mjs) to the example units:
 * the banner on each portal and the clicks of the month, per unit and per
 * type, on screen, in print and in the exports.
 */
const ACTIVITY = '/test/fixtures/activity';
/** The page's clock: 5 December 2026, by the 15th: the report is of November, as the clicks are. */
const DECEMBER_5 = new Date('2026-12-05T02:00:00Z');

const fixtureFile = async (name: string) => new Uint8Array(await (await fetch(`${ACTIVITY}/${name}`)).arrayBuffer());

async function withActivity(lang = 'vi', portals = 'portals.json', clicks = 'clicks.json'): Promise<IspeedReport> {
  const element = await openReport(lang, undefined, DECEMBER_5);
  await pickFiles(element, '#portals', [{ name: portals, content: await fixtureFile(portals) }]);
  await pickFiles(element, '#clicks', [{ name: clicks, content: await fixtureFile(clicks) }]);
  return element;
}

/** A unit's row: its cells' text, by the column titles. */
function rowOf(element: IspeedReport, unit: string): Record<string, string> {
  const titles = [...root(element).querySelectorAll('.table-wrap thead th')].map(clean);
  const row = [...root(element).querySelectorAll('.table-wrap tbody tr')].find(
    (tr) => clean(tr.querySelector('.code')!) === unit,
  );
  if (!row) throw new Error(`no row for ${unit}`);
  return Object.fromEntries([...row.children].map((cell, index) => [titles[index], clean(cell)]));
}

describe('the monthly report: banner on portals and clicks', () => {
  afterEach(async () => {
    history.replaceState(null, '', location.pathname);
    document.documentElement.lang = 'en';
    await emulateMedia({ media: 'screen' });
  });

  it('reads both files, says what it read, and adds the banner (with its day) and the clicks against the month before', async () => {
    const element = await withActivity();
    expect(clean($(element, '#portals-status .ok'))).to.equal('Kết quả kiểm tra 20 cổng, ngày 6/12/2026.');
    expect(clean($(element, '#clicks-status .ok'))).to.equal('30 lượt bấm, các tháng 10/2026, 11/2026.');
    const titles = [...root(element).querySelectorAll('.table-wrap thead th')].map(clean);
    expect(titles.slice(-2)).to.deep.equal(['Banner trên cổng', 'Lượt bấm (so với tháng 10/2026)']);
    // The hand counts: an-binh 5 clicks in November against 3 in October; hoa-binh 4 against 6.
    expect(rowOf(element, 'vd-xa-an-binh')['Banner trên cổng']).to.equal('có ngày 6/12/2026');
    expect(rowOf(element, 'vd-xa-an-binh')['Lượt bấm (so với tháng 10/2026)']).to.equal('5 (+2)');
    expect(rowOf(element, 'vd-phuong-hoa-binh')['Lượt bấm (so với tháng 10/2026)']).to.equal('4 (-2)');
    expect(rowOf(element, 'vd-xa-ea-son')['Banner trên cổng']).to.equal('không ngày 6/12/2026');
    expect(rowOf(element, 'vd-xa-ngoc-lam')['Banner trên cổng']).to.equal('không đọc được cổng ngày 6/12/2026');
    // A unit without a portal address keeps its row, marked; one the check does not name is "not checked".
    expect(rowOf(element, 'vd-xa-son-ha')['Banner trên cổng']).to.equal('chưa có địa chỉ cổng ngày 6/12/2026');
    expect(rowOf(element, 'vd-so-y-te')['Banner trên cổng']).to.equal('chưa kiểm tra');
    expect(root(element).querySelectorAll('.table-wrap tbody tr').length).to.equal(21);
    // Per type, under the samples.
    const tallies = [...root(element).querySelectorAll('.tally')].map((tally) =>
      [...tally.querySelectorAll('dd.activity')].map(clean),
    );
    expect(tallies).to.deep.equal([
      ['8/21 cổng có banner', '15 lượt bấm (+3 so với tháng 10/2026)'],
      ['6/17 cổng có banner', '12 lượt bấm (+1 so với tháng 10/2026)'],
      ['2/4 cổng có banner', '3 lượt bấm (+2 so với tháng 10/2026)'],
    ]);
    const total = [...root(element).querySelectorAll('tfoot td')].map(clean);
    expect(total.slice(-2)).to.deep.equal(['8/21 có', '15 (+3)']);
    // What the files hold that the table does not: a unit the samples file lacks, a click with no unit.
    const notes = [...root(element).querySelectorAll('.report > ul.notes li')].map(clean);
    expect(notes).to.deep.equal([
      '1 đơn vị có trong tệp kiểm tra cổng hoặc tệp lượt bấm nhưng không có trong tệp số mẫu nên không đưa vào bảng (2 lượt bấm trong tháng): vd-xa-an-phu. Hãy kiểm tra mã đơn vị.',
      '1 lượt bấm trong tháng không ghi mã đơn vị (liên kết thiếu unit) nên không tính cho đơn vị nào.',
    ]);
  });

  it('reads the CSV and workbook forms to the same table, and sorts by clicks', async () => {
    const fromJson = await withActivity();
    const cells = (element: IspeedReport) => [...root(element).querySelectorAll('.table-wrap tbody tr')].map(clean);
    const expected = cells(fromJson);
    for (const [portals, clicks] of [
      ['portals.csv', 'clicks.csv'],
      ['portals.xlsx', 'clicks.xlsx'],
      ['portals.en.csv', 'clicks.en.csv'],
    ]) {
      const element = await withActivity('vi', portals, clicks);
      expect(cells(element), `${portals}, ${clicks}`).to.deep.equal(expected);
    }
    const sort = [...root(fromJson).querySelectorAll<HTMLButtonElement>('button.sort')].find((button) =>
      clean(button).startsWith('Lượt bấm'),
    )!;
    sort.click();
    await fromJson.updateComplete;
    const clicks = [...root(fromJson).querySelectorAll('tbody td.clicks')].map((cell) => parseInt(clean(cell), 10));
    expect(clicks.slice(0, 5)).to.deep.equal([5, 4, 3, 2, 1]);
  });

  it('speaks English: the inputs, the column titles, the statuses and the totals', async () => {
    const element = await withActivity('en', 'portals.xlsx', 'clicks.csv');
    expect(clean(root(element).querySelector('label[for="portals"]')!)).to.equal(
      'Portal check: which portals carry the banner (optional)',
    );
    expect(clean($(element, '#clicks-status .ok'))).to.equal('30 clicks, months October 2026, November 2026.');
    const titles = [...root(element).querySelectorAll('.table-wrap thead th')].map(clean);
    expect(titles.slice(-2)).to.deep.equal(['Banner on portal', 'Clicks (change from October 2026)']);
    expect(rowOf(element, 'vd-xa-tan-lap')['Banner on portal']).to.equal('no portal address on 6 Dec 2026');
    expect(rowOf(element, 'vd-so-y-te')['Banner on portal']).to.equal('not checked');
    expect(clean(root(element).querySelector('.tally dd.activity')!)).to.equal('8 of 21 portals carry the banner');
  });

  it('says clearly why a file cannot be used, in the page language, and keeps the report without its columns', async () => {
    const element = await openReport('vi', undefined, DECEMBER_5);
    await pickFiles(element, '#portals', [{ name: 'clicks.json', content: await fixtureFile('clicks.json') }]);
    expect(clean($(element, '#portals-status .error'))).to.equal(
      'Không dùng được tệp clicks.json: không phải kết quả của lệnh check-portals (portals.json, portals.csv hoặc portals.xlsx, có các cột Mã đơn vị, Banner trên cổng, Ngày kiểm tra).',
    );
    await pickFiles(element, '#clicks', [{ name: 'clicks.json', content: '[{"unit": "vd-xa-an-binh", "clicks": 3' }]);
    expect(clean($(element, '#clicks-status .error'))).to.equal(
      'Không dùng được tệp clicks.json: tệp bắt đầu như JSON nhưng không đọc được.',
    );
    expect([...root(element).querySelectorAll('.table-wrap thead th')].map(clean)).not.to.include('Banner trên cổng');
    expect(root(element).querySelector('dd.activity')).to.equal(null);
    // A few wrong records are left out, and said.
    const records = await (await fetch(`${ACTIVITY}/portals.json`)).json();
    records[0].banner = 'maybe';
    await pickFiles(element, '#portals', [{ name: 'portals.json', content: JSON.stringify(records) }]);
    expect(clean($(element, '#portals-status .notes'))).to.equal(
      'Bỏ qua 1 bản ghi thiếu mã đơn vị, kết quả banner hoặc thời điểm kiểm tra.',
    );
    expect(rowOf(element, 'vd-xa-an-binh')['Banner trên cổng']).to.equal('chưa kiểm tra');
    history.replaceState(null, '', `${location.pathname}?lang=en`);
    $(element, '.languages button[lang="en"]').click();
    await element.updateComplete;
    await pickFiles(element, '#clicks', [{ name: 'so-lieu.csv', content: 'Mã đơn vị;Số mẫu\r\nxa-a;3\r\n' }]);
    expect(clean($(element, '#clicks-status .error'))).to.equal(
      'The file so-lieu.csv cannot be used: not the output of ispeed-widgets clicks (clicks.json, clicks.csv or clicks.xlsx, with the columns Unit code, Month, Clicks).',
    );
  });

  it('exports the columns in the CSV and the workbook, in the page language', async () => {
    const element = await withActivity();
    const csv = (await exported(element, /CSV/)).text.slice(1).split('\r\n');
    expect(csv[0].split(';').slice(8)).to.deep.equal([
      'Banner trên cổng',
      'Ngày kiểm tra cổng',
      'Lượt bấm',
      'Lượt bấm tháng trước',
      'Thay đổi lượt bấm',
    ]);
    expect(
      csv
        .find((line) => line.startsWith('vd-phuong-hoa-binh;'))!
        .split(';')
        .slice(8),
    ).to.deep.equal(['có', '2026-12-06', '4', '6', '-2']);
    const workbook = readXlsx((await exported(element, /Excel \(\.xlsx\)|\.xlsx/)).bytes);
    if (!workbook.ok) throw new Error('the workbook does not read');
    const row = workbook.rows.find((cells) => cells[0] === 'vd-xa-son-ha')!;
    expect(row.slice(8)).to.deep.equal(['chưa có địa chỉ cổng', '2026-12-06', '0', '0', '0']);
  });

  it('prints the columns, their titles on every page and the totals once', async () => {
    const element = await withActivity();
    await emulateMedia({ media: 'print' });
    const banner = root(element).querySelector<HTMLElement>('tbody td.banner')!;
    // In print the status and its day may wrap, but the day itself stays on one line, and nothing is hidden.
    expect(getComputedStyle(banner).whiteSpace).to.equal('normal');
    expect(getComputedStyle(banner.querySelector('.checked')!).whiteSpace).to.equal('nowrap');
    expect(getComputedStyle(banner).display).to.equal('table-cell');
    expect(getComputedStyle($(element, 'thead')).display).to.equal('table-header-group');
    expect(getComputedStyle($(element, 'tfoot')).display).to.equal('table-row-group');
    const sortable = [...root(element).querySelectorAll<HTMLElement>('thead th[aria-sort]')].at(-1)!;
    expect(getComputedStyle(sortable).paddingLeft).not.to.equal('0px');
    // The notes about the files stay on screen.
    expect(getComputedStyle($(element, '.report > ul.notes')).display).to.equal('none');
    // Every row fits the A4 width: the table is no wider than its box.
    const wrap = $(element, '.table-wrap');
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth + 1);
  });
});
