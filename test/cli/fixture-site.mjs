// A local stand-in for a government materials page such as
// speedtest.vn/tai-lieu (which tests cannot reach): relative and absolute
// links, a srcset, a PDF poster, a broken link, a redirect, a file over the
// size cap, a Vietnamese file name with spaces, and a "../" path attempt.
import { createServer } from 'node:http';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A real, decodable PNG of one colour. */
export function solidPng(width, height, [r, g, b] = [11, 92, 173]) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** JPEG markers up to the frame header: enough for the size reader. */
function jpegHeader(width, height) {
  const sof = Buffer.from([
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    0x03,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ]);
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])]);
}

/** A WebP with an extended (VP8X) header. */
function webpHeader(width, height) {
  const bytes = Buffer.alloc(30);
  bytes.write('RIFF', 0, 'ascii');
  bytes.writeUInt32LE(22, 4);
  bytes.write('WEBPVP8X', 8, 'ascii');
  bytes.writeUInt32LE(10, 16);
  bytes.writeUIntLE(width - 1, 24, 3);
  bytes.writeUIntLE(height - 1, 27, 3);
  return bytes;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export const FILES = {
  '/tai-lieu/files/banner-728x90.png': ['image/png', solidPng(728, 90)],
  '/tai-lieu/files/banner-728x90@2x.png': ['image/png', solidPng(1456, 180)],
  '/cdn/banner-300x250-en.png': ['image/png', solidPng(300, 250, [255, 204, 41])],
  '/tai-lieu/files/Băng rôn i-Speed 160x600.png': ['image/png', solidPng(160, 600)],
  '/tai-lieu/files/anh-su-kien.jpg': ['image/jpeg', jpegHeader(1200, 800)],
  '/tai-lieu/files/banner-320x100.jpg': ['image/jpeg', jpegHeader(320, 100)],
  '/tai-lieu/files/doc-300x600.webp': ['image/webp', webpHeader(300, 600)],
  '/tai-lieu/files/bieu-tuong.svg': [
    'image/svg+xml',
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#0b5cad"/></svg>',
    ),
  ],
  '/tai-lieu/files/ap-phich-A4.pdf': ['application/pdf', PDF],
  '/tai-lieu/files/redirected-300x250.png': ['image/png', solidPng(300, 250)],
  '/tai-lieu/files/huge.png': ['image/png', Buffer.concat([solidPng(10, 10), Buffer.alloc(3 * 1048576)])],
  '/escape.png': ['image/png', solidPng(10, 10)],
};

export const PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Tài liệu truyền thông i-Speed</title>
<meta property="og:image" content="/tai-lieu/files/bieu-tuong.svg"></head>
<body>
  <h1>Tài liệu truyền thông</h1>
  <ul class="tai-lieu">
    <li><img src="files/banner-728x90.png" srcset="files/banner-728x90.png 1x, files/banner-728x90@2x.png 2x" alt="Băng rôn i-Speed 728x90"></li>
    <li><a href="{ORIGIN}/cdn/banner-300x250-en.png">Banner 300x250 (English)</a></li>
    <li><a href="files/B%C4%83ng%20r%C3%B4n%20i-Speed%20160x600.png">Băng rôn dọc</a></li>
    <li><img data-src="files/anh-su-kien.jpg" alt="Ảnh sự kiện"></li>
    <li><a href="files/banner-320x100.jpg">320x100</a> <a href="files/doc-300x600.webp">300x600</a></li>
    <li><a href="files/ap-phich-A4.pdf">Áp phích A4 (PDF)</a></li>
    <li><a href="files/khong-ton-tai.png">Liên kết hỏng</a></li>
    <li><a href="old/banner-cu.png">Banner cũ (chuyển hướng)</a></li>
    <li><a href="files/huge.png">Tệp quá lớn</a></li>
    <li><a href="files/..%2F..%2F..%2Fescape.png">Thử thoát thư mục</a></li>
    <li><a href="/gioi-thieu">Giới thiệu</a> <a href="mailto:lienhe@example.vn">Liên hệ</a></li>
  </ul>
</body></html>`;

/** A page with the hostile cases: odd escapes, a broken <base>, a zero-sized PNG, a scripted SVG. */
export const HOSTILE_PAGE = `<!doctype html><html><head><base href="http://[bad"></head><body>
  <a href="/hostile/100%.png">phần trăm</a>
  <a href="/hostile/zero.png">0x0</a>
  <a href="/hostile/script.svg">svg</a>
  <a href="/hostile/ok-300x250.png">ok</a>
  <a href="javascript:alert(1)//x.png">js</a> <a href="file:///etc/passwd.png">file</a>
</body></html>`;

const zeroPng = (() => {
  const png = solidPng(1, 1);
  png.writeUInt32BE(0, 16);
  return png;
})();

Object.assign(FILES, {
  '/hostile/100%.png': ['image/png', solidPng(300, 250)],
  '/hostile/zero.png': ['image/png', zeroPng],
  '/hostile/script.svg': [
    'image/svg+xml',
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="250" onload="alert(1)"><script>alert(2)</script></svg>',
    ),
  ],
  '/hostile/ok-300x250.png': ['image/png', solidPng(300, 250)],
});

/** Starts the site on a free loopback port; resolves to { url, close }. */
export function startSite() {
  const server = createServer((request, response) => {
    const raw = new URL(request.url, 'http://x').pathname;
    let path = raw;
    try {
      path = decodeURIComponent(raw);
    } catch {
      // "100%.png": served under its literal name.
    }
    const origin = `http://127.0.0.1:${server.address().port}`;
    if (path === '/tai-lieu/' || path === '/tai-lieu') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE.replaceAll('{ORIGIN}', origin));
    } else if (path === '/hostile/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HOSTILE_PAGE);
    } else if (path === '/empty/') {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><p>Không có tài liệu.</p>');
    } else if (path === '/tai-lieu/old/banner-cu.png') {
      response.writeHead(302, { location: '/tai-lieu/files/redirected-300x250.png' }).end();
    } else if (path.endsWith('escape.png') && path.includes('..')) {
      const [type, body] = FILES['/escape.png'];
      response.writeHead(200, { 'content-type': type, 'content-length': body.length }).end(body);
    } else if (FILES[path]) {
      const [type, body] = FILES[path];
      // The huge file hides its length, so the cap must be enforced while reading.
      response
        .writeHead(200, {
          'content-type': type,
          ...(path.endsWith('huge.png') ? {} : { 'content-length': body.length }),
        })
        .end(body);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(done)),
      }),
    ),
  );
}
