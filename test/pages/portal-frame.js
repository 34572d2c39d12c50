// A portal on another origin that frames one of the Department's pages
// (?frame=<address>), as the iframe embed does: that page's document.referrer
// is this portal. Used by test/fixtures/department/portal.html.
(function () {
  var address = new URLSearchParams(location.search).get('frame');
  if (!/^https?:\/\//.test(address || '')) return;
  var frame = document.createElement('iframe');
  frame.width = '800';
  frame.height = '900';
  frame.src = address;
  document.body.appendChild(frame);
})();
