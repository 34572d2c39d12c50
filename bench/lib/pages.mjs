// The pages the bench loads, made in memory: one portal-like page whose
// banner slot holds the recommended `<a><img>` fallback, with or without a
// script tag pasted after it (as the README's snippet does).

/** The CSP a careful portal sends, allowing the Department's host (`cdn`) and the widgets' Trusted Types policy. */
export function portalCsp(cdn) {
  return [
    "default-src 'self'",
    `script-src 'self' ${cdn}`,
    "style-src 'self'",
    `img-src 'self' ${cdn} data:`,
    `connect-src 'self' ${cdn}`,
    "object-src 'none'",
    "base-uri 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types ispeed-widgets',
  ].join('; ');
}

/** One banner as a webmaster pastes it; `assets` is the folder of dist/assets/. */
export function bannerMarkup(assets) {
  return `<ispeed-banner size="300x250" unit="bench"><a href="https://speedtest.vn"><img src="${assets}/banner-300x250-vi.svg" width="300" height="250" alt="Đo tốc độ Internet với ứng dụng i-Speed"></a></ispeed-banner>`;
}

const NEWS = [
  [
    'Thông báo lịch tiếp công dân định kỳ',
    'Lịch tiếp công dân của Chủ tịch Ủy ban nhân dân được niêm yết tại trụ sở và đăng trên Cổng thông tin điện tử.',
  ],
  [
    'Hướng dẫn nộp hồ sơ thủ tục hành chính trực tuyến',
    'Người dân có thể nộp hồ sơ, theo dõi tiến độ và nhận kết quả trực tuyến mà không phải đến trụ sở.',
  ],
  [
    'Kế hoạch ra quân vệ sinh môi trường',
    'Đoàn viên, thanh niên và nhân dân các thôn đồng loạt ra quân dọn dẹp đường làng, khơi thông cống rãnh.',
  ],
];

/**
 * A portal page. `script` is the pasted tag's src (none for the static page);
 * `banners` how many banners the page holds: one in the sidebar, a grid of
 * them in the main column for the scale pages, or none, with the tag in the
 * footer as a site-wide script; `links` how many plain links the sidebar lists.
 */
export function portalPage({ title, assets, script, banners = 1, links = 0 }) {
  const tag = script ? `<script src="${script}" async></script>` : '';
  const banner = bannerMarkup(assets);
  const linkList = links
    ? `<ul class="links">${Array.from({ length: links }, (_, index) => `<li><a href="/tin-tuc/bai-${index + 1}.html">Bài viết số ${index + 1}</a></li>`).join('')}</ul>`
    : '';
  const news = NEWS.map(
    ([heading, text]) =>
      `<article class="news"><h2><a href="#">${heading}</a></h2><p class="meta">Ngày đăng: 20/11/2026</p><p>${text}</p></article>`,
  ).join('\n      ');
  const sidebar = `${banners === 1 ? `${banner}\n      ${tag}` : ''}${linkList}`;
  const grid = banners > 1 ? `<div class="grid">${banner.repeat(banners)}</div>\n      ${tag}` : '';
  const footerTag = banners === 0 ? tag : '';
  return `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/bench/portal.css">
  <title>${title}</title>
</head>
<body>
  <header class="masthead"><p>ỦY BAN NHÂN DÂN TỈNH (TRANG MẪU)</p><p class="masthead-title">CỔNG THÔNG TIN ĐIỆN TỬ XÃ (TRANG THỬ)</p></header>
  <nav class="menu" aria-label="Menu chính"><a href="#">Trang chủ</a><a href="#">Giới thiệu</a><a href="#">Tin tức - Sự kiện</a><a href="#">Văn bản</a><a href="#">Thủ tục hành chính</a></nav>
  <div class="layout">
    <main class="content">
      <h1>Tin tức - Sự kiện</h1>
      ${news}
      ${grid}
    </main>
    <aside class="sidebar" aria-label="Liên kết">
      ${sidebar}
    </aside>
  </div>
  <footer class="footer">Trang thử hiệu năng của ispeed-widgets; không phải trang chính thức.</footer>
  ${footerTag}
</body>
</html>
`;
}
