// An old ad-slot script: writes the one-tag form where it stands. The page
// enforces Trusted Types, so the markup goes through the page's own policy.
var cdn = document.documentElement.getAttribute('data-cdn');
var policy = trustedTypes.createPolicy('fixture', {
  createHTML: function (html) {
    return html;
  },
});
// `<\/script>`: a literal end tag would close this script where it stands.
document.write(
  policy.createHTML(
    // eslint-disable-next-line no-useless-escape
    '<script src="' + cdn + '/ispeed.js" data-widget="banner" data-size="728x90" data-unit="xa-ea-kao"><\/script>',
  ),
);
