// The library as a public CDN serves it: only its folder's address counts
// (jsDelivr sends print.html as text/plain, so no poster page is opened there).
// Run after the library's script, which set its folder from its own address.
globalThis[Symbol.for('ispeed-widgets.state')].scriptBase = 'https://cdn.jsdelivr.net/npm/ispeed-widgets@0.1.0/dist/';
