// `ispeed-widgets check-portals` on a local "province": 20 portal servers,
// each on its own port (its own host), with the banner in every form, without
// it, slow, redirecting, huge, broken, or in the old Windows-1258 code page.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { cli } from './run-cli.mjs';

const DEPT = 'https://skhcn.daklak.gov.vn/ispeed-widgets';
const ART = `<img src="${DEPT}/assets/banner-300x250-vi.png" width="300" height="250" alt="Đo tốc độ Internet với ứng dụng i-Speed">`;
const page = (body, head = '<meta charset="utf-8">') =>
  `<!doctype html>\n<html lang="vi"><head>${head}<title>Cổng thông tin điện tử</title></head>\n<body>\n<header><h1>Cổng thông tin điện tử</h1></header>\n<main><p>Tin tức, sự kiện, văn bản chỉ đạo điều hành và thủ tục hành chính của địa phương, cập nhật hằng ngày cho người dân và doanh nghiệp trên địa bàn.</p>\n${body}\n</main></body></html>`;

/** Windows-1258 as Windows writes it: the longest precomposed letter the code page has, then combining tone marks. */
function windows1258(text) {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  const bytes = [];
  for (const char of text.normalize('NFC')) {
    let [base, ...marks] = char.normalize('NFD');
    // Fold into the base letter whichever marks the code page has a letter for (ê, ô, ơ, ư, ă, â), in any order.
    for (let index = 0; index < marks.length;) {
      const joined = (base + marks[index]).normalize('NFC');
      if (table.has(joined)) {
        base = joined;
        marks.splice(index, 1);
        index = 0;
      } else index++;
    }
    for (const part of [base, ...marks]) bytes.push(table.get(part) ?? 0x3f);
  }
  return Buffer.from(bytes);
}

const hits = new Map();
let away;

/** What each unit's portal serves; `unit` is the unit code in the list. */
const PORTALS = {
  'xa-a': () =>
    page(
      `<ispeed-banner size="300x250" unit="xa-a">\n<a href="${DEPT}/go.html?widget=banner&size=300x250&unit=xa-a">${ART}</a>\n</ispeed-banner>\n<script src="${DEPT}/ispeed.js" async></script>`,
    ),
  'xa-b': () => page(`<script src="${DEPT}/ispeed.js" async data-widget="banner" data-unit="xa-b"></script>`),
  'xa-c': () =>
    page(`<p><a href="${DEPT}/go.html?widget=banner&amp;size=300x250&amp;unit=xa-c&amp;lang=vi">${ART}</a></p>`),
  'xa-d': () =>
    page(
      `<iframe src="${DEPT}/embed.html?widget=banner&amp;unit=xa-d" width="300" height="250" title="i-Speed"></iframe>`,
    ),
  'xa-e': () => page(`<a href="https://speedtest.vn"><img src="/uploads/2025/banner-728x90-vi.png" alt="i-Speed"></a>`),
  'xa-f': () => page(`<p>Mời người dân <a href="https://i-speed.vn/">đo tốc độ Internet</a>.</p>`),
  'xa-g': () => page('<p>Lịch tiếp công dân tháng 12.</p>'),
  'xa-h': () => ({
    type: 'text/html',
    body: windows1258(
      page(
        '<a href="https://speedtest.vn/">i-Speed</a>',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">',
      ).replace('Cổng thông tin điện tử</title>', 'Cổng thông tin điện tử xã Hòa Đông</title>'),
    ),
  }),
  'xa-i': () => ({
    type: 'text/html',
    body: windows1258(page('<p>Không có banner.</p>', '').replace('điện tử</title>', 'điện tử xã Ea Tiêu</title>')),
  }),
  'xa-j': (url) => (url === '/' ? { redirect: '/trang-chu' } : page(`<a href="${DEPT}/go.html?unit=xa-j">${ART}</a>`)),
  'xa-k': () => ({ redirect: `http://127.0.0.1:${away.address().port}/` }),
  'xa-l': () => ({ hang: true }),
  'xa-m': () => page(`<p>${'Văn bản rất dài. '.repeat(120000)}</p>`),
  'xa-n': () => ({ status: 500 }),
  'xa-o': (url) =>
    url === '/app.js'
      ? { type: 'text/javascript', body: "document.body.append(document.createElement('ispeed-banner'))" }
      : url !== '/'
        ? { status: 404 }
        : '<!doctype html><title>Cổng</title><div id="app"></div><script src="/app.js"></script>',
  'xa-q': () => page(`<ispeed-banner unit="xa-zzz"><a href="${DEPT}/go.html?unit=xa-zzz">${ART}</a></ispeed-banner>`),
  'xa-r': (url) =>
    url === '/gioi-thieu' ? page(`<a href="${DEPT}/go.html?unit=xa-r">i-Speed</a>`) : page('<p>Trang chủ.</p>'),
  'xa-s': () => page(`<ispeed-guide unit="xa-s"></ispeed-guide>\n<script src="${DEPT}/ispeed.bundle.js"></script>`),
  'xa-t': () =>
    page(`<a href="go.html?widget=banner&amp;unit=xa-t">${ART}</a>`, `<meta charset="utf-8"><base href="${DEPT}/">`),
};

const servers = [];
let csvPath;

before(async () => {
  away = createServer((_, response) => response.end(page('<ispeed-banner></ispeed-banner>')));
  await new Promise((done) => away.listen(0, '127.0.0.1', done));
  const rows = [
    ['DANH SÁCH CỔNG THÔNG TIN ĐIỆN TỬ CÁC XÃ, PHƯỜNG'],
    [''],
    ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Địa chỉ cổng'],
  ];
  for (const [index, [unit, serve]] of Object.entries(PORTALS).entries()) {
    const server = createServer((request, response) => {
      hits.set(unit, [
        ...(hits.get(unit) ?? []),
        { url: request.url, at: Date.now(), agent: request.headers['user-agent'] },
      ]);
      // A portal serves its home page; only those that say so serve other paths.
      if (request.url !== '/' && serve.length === 0) return response.writeHead(404).end('not found');
      const answer = serve(request.url);
      if (typeof answer === 'string')
        return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(answer);
      if (answer.hang) return;
      if (answer.redirect) return response.writeHead(302, { location: answer.redirect }).end();
      if (answer.status) return response.writeHead(answer.status).end('error');
      response.writeHead(200, { 'content-type': answer.type }).end(answer.body);
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    servers.push(server);
    rows.push([
      String(index + 1),
      unit,
      `Xã ${unit.slice(3).toUpperCase()}`,
      `http://127.0.0.1:${server.address().port}/`,
    ]);
  }
  rows.push(['20', 'xa-p', 'Xã P', '']);
  rows.push(['', 'Tổng cộng', '20', '']);
  csvPath = join(mkdtempSync(join(tmpdir(), 'ispeed-portals-')), 'don-vi.csv');
  writeFileSync(csvPath, `\uFEFF${rows.map((row) => row.join(';')).join('\r\n')}\r\n`);
});

after(() => {
  for (const server of [...servers, away]) {
    server.closeAllConnections();
    server.close();
  }
});

describe('ispeed-widgets check-portals', () => {
  let result;
  let records;
  let out;
  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'ispeed-portals-out-'));
    result = await cli(
      'check-portals',
      csvPath,
      '--out',
      out,
      '--timeout',
      '2',
      '--delay',
      '300',
      '--max-size',
      '1',
      '--paths',
      '/gioi-thieu',
      '--concurrency',
      '8',
    );
    records = Object.fromEntries(
      JSON.parse(readFileSync(join(out, 'portals.json'), 'utf8')).map((record) => [record.unit, record]),
    );
  });

  const kinds = (unit) => [...new Set(records[unit].found.map((finding) => finding.kind))];

  it('reads every unit of an Excel export with a title row and Vietnamese column names, and exits 0', () => {
    assert.equal(result.code, 0, result.stderr);
    assert.equal(Object.keys(records).length, 20);
    assert.match(result.stdout, /12 cổng có banner, 3 cổng không có, 5 cổng không đọc được\./);
  });

  it('finds each form of the banner, with the line it stands on', () => {
    assert.deepEqual(kinds('xa-a'), ['element', 'loader', 'smart-link', 'artwork']);
    assert.deepEqual(kinds('xa-b'), ['loader']);
    assert.deepEqual(kinds('xa-c'), ['smart-link', 'artwork']);
    assert.deepEqual(kinds('xa-d'), ['iframe']);
    assert.deepEqual(kinds('xa-e'), ['artwork', 'link']);
    assert.deepEqual(kinds('xa-f'), ['link']);
    assert.deepEqual(kinds('xa-s'), ['element', 'loader']);
    assert.deepEqual(kinds('xa-t'), ['smart-link', 'artwork']);
    const element = records['xa-a'].found.find((finding) => finding.kind === 'element');
    assert.equal(element.line, 6);
    assert.equal(records['xa-a'].found.find((finding) => finding.kind === 'loader').line, 9);
    for (const unit of ['xa-a', 'xa-b', 'xa-c', 'xa-d', 'xa-e', 'xa-f', 'xa-s', 'xa-t'])
      assert.equal(records[unit].banner, true, unit);
  });

  it('says false for a page without the banner, and notes a page built by JavaScript', () => {
    assert.equal(records['xa-g'].banner, false);
    assert.equal(records['xa-o'].banner, false);
    assert.match(records['xa-o'].notes.join(), /JavaScript.*--browser/);
  });

  it('decodes Windows-1258, declared or not', () => {
    assert.equal(records['xa-h'].title, 'Cổng thông tin điện tử xã Hòa Đông');
    assert.equal(records['xa-h'].banner, true);
    assert.equal(records['xa-i'].title, 'Cổng thông tin điện tử xã Ea Tiêu');
    assert.equal(records['xa-i'].banner, false);
  });

  it('follows a redirect within the site, refuses one away, and gives up on slow, huge and broken pages with the reason', () => {
    assert.equal(records['xa-j'].banner, true);
    assert.match(records['xa-j'].found[0].page, /\/trang-chu$/);
    assert.equal(records['xa-k'].banner, null);
    assert.match(records['xa-k'].notes.join(), /trang chuyển hướng tới .*, ra ngoài 127\.0\.0\.1:\d+$/);
    assert.equal(hits.has('away'), false);
    assert.equal(records['xa-l'].banner, null);
    assert.match(records['xa-l'].notes.join(), /không có trả lời sau 2 giây$/);
    assert.equal(records['xa-m'].banner, null);
    assert.match(records['xa-m'].notes.join(), /trang lớn hơn 1(\.0)? MB$/);
    assert.equal(records['xa-n'].banner, null);
    assert.match(records['xa-n'].notes.join(), /máy chủ trả lời HTTP 500$/);
  });

  it('keeps a unit without an address, with the reason, and skips the totals row', () => {
    assert.equal(records['xa-p'].banner, null);
    assert.equal(records['xa-p'].url, null);
    assert.match(records['xa-p'].notes.join(), /chưa có địa chỉ cổng/);
    assert.equal(records['tong-cong'], undefined);
  });

  it('reads the extra pages, notes a banner credited to another unit', () => {
    assert.equal(records['xa-r'].banner, true);
    assert.match(records['xa-r'].found[0].page, /\/gioi-thieu$/);
    assert.match(records['xa-q'].notes.join(), /mã đơn vị khác: xa-zzz/);
  });

  it('is polite: says who it is, and waits between two requests to one host', () => {
    for (const list of hits.values())
      for (const hit of list) assert.match(hit.agent, /^ispeed-widgets\/\S+ check-portals$/);
    const [home, extra] = hits.get('xa-g');
    assert.ok(extra.at - home.at >= 300, `${extra.at - home.at} ms between two requests`);
  });

  it('writes portals.csv for Excel, with a record per unit', () => {
    const csv = readFileSync(join(out, 'portals.csv'), 'utf8');
    assert.match(csv, /^\uFEFFMã đơn vị;Tên đơn vị;Địa chỉ cổng;Banner trên cổng;Tìm thấy;Ngày kiểm tra;Ghi chú\r\n/);
    assert.match(
      csv,
      /\r\nxa-c;Xã C;http:\/\/127\.0\.0\.1:\d+\/;có;"liên kết thông minh \(dòng 6\), ảnh banner \(dòng 6\)";/,
    );
    assert.equal(csv.trim().split('\r\n').length, 21);
  });

  it('writes the same table as portals.xlsx, which Excel reads', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'portals.xlsx'));
    const sheet = workbook.worksheets[0];
    assert.equal(sheet.name, 'portals');
    assert.deepEqual(sheet.getRow(1).values.slice(1), [
      'Mã đơn vị',
      'Tên đơn vị',
      'Địa chỉ cổng',
      'Banner trên cổng',
      'Tìm thấy',
      'Ngày kiểm tra',
      'Ghi chú',
    ]);
    assert.equal(sheet.rowCount, 21);
    const xaC = sheet.getSheetValues().find((row) => row?.[1] === 'xa-c');
    assert.equal(xaC[4], 'có');
    assert.equal(xaC[5], 'liên kết thông minh (dòng 6), ảnh banner (dòng 6)');
  });

  it('renders a page built by JavaScript with --browser', async () => {
    const list = join(mkdtempSync(join(tmpdir(), 'ispeed-portals-')), 'one.csv');
    writeFileSync(list, `unit,name,url\nxa-o,Xã O,${records['xa-o'].url}\n`);
    const browsed = await cli('check-portals', list, '--browser', '--lang', 'en');
    assert.equal(browsed.code, 0, browsed.stderr);
    assert.match(browsed.stdout, /^xa-o {2}yes: widget element/m);
  });

  it("gives the reasons in the output's language, with the tries only when there were several", async () => {
    const list = join(mkdtempSync(join(tmpdir(), 'ispeed-portals-')), 'closed.csv');
    // A port that was just free: nothing listens on it, the connection is refused at once.
    const closed = createServer();
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address();
    await new Promise((resolve) => closed.close(resolve));
    writeFileSync(list, `unit,name,url\nxa-z,Xã Z,http://127.0.0.1:${port}/\n`);
    const vi = await cli('check-portals', list, '--delay', '0');
    assert.equal(vi.code, 0, vi.stderr);
    assert.equal(vi.stdout.split('\n')[0], `xa-z  không đọc được: http://127.0.0.1:${port}/: lỗi mạng (ECONNREFUSED)`);
    const en = await cli('check-portals', list, '--delay', '0', '--lang', 'en');
    assert.equal(en.stdout.split('\n')[0], `xa-z  not read: http://127.0.0.1:${port}/: network error (ECONNREFUSED)`);
  });

  it('exits 2 on a usage error only', async () => {
    assert.equal((await cli('check-portals')).code, 2);
    assert.equal((await cli('check-portals', csvPath, '--paths', 'gioi-thieu')).code, 2);
    assert.equal((await cli('check-portals', csvPath, '--columns', 'colour:x')).code, 2);
  });
});
