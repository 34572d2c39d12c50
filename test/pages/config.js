// A portal's global configuration, set before the script tag (layer 2).
window.ISpeedConfig = {
  unit: 'from-global',
  theme: 'brand',
  lang: 'en',
  links: { ios: 'https://apps.apple.com/vn/app/id1' },
};
