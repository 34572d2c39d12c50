import { expect } from '@open-wc/testing';
import { DEFAULT_LINKS, safeHttpUrl, withAttribution } from '../../src/runtime/links.js';
import { captureWarnings } from '../helpers/console.js';

describe('safeHttpUrl', () => {
  it('accepts http and https links, resolving relative ones against the page', () => {
    expect(safeHttpUrl('https://speedtest.vn/tai-lieu', 'test')).to.equal('https://speedtest.vn/tai-lieu');
    expect(safeHttpUrl('/gioi-thieu', 'test')).to.equal(new URL('/gioi-thieu', location.href).href);
  });

  for (const bad of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox',
    'ftp://speedtest.vn/',
    'file:///etc/passwd',
  ]) {
    it(`refuses ${bad.trim().slice(0, 12)}… with a console warning`, async () => {
      let result: string | undefined = 'unset';
      const warnings = await captureWarnings(() => (result = safeHttpUrl(bad, '<ispeed-banner links-android>')));
      expect(result).to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('[ispeed-widgets] <ispeed-banner links-android>').and.contain('only http(s)');
    });
  }

  it('refuses malformed, non-string and huge links', async () => {
    const warnings = await captureWarnings(() => {
      expect(safeHttpUrl('http://', 'a')).to.equal(undefined);
      expect(safeHttpUrl(42, 'b')).to.equal(undefined);
      expect(safeHttpUrl(`https://speedtest.vn/?q=${'x'.repeat(5000)}`, 'c')).to.equal(undefined);
    });
    expect(warnings).to.have.length(3);
    expect(warnings[2]).to.contain('longer than 2048');
  });

  it('refuses a link with a user name or password, which reads as one host and opens another', async () => {
    const warnings = await captureWarnings(() => {
      expect(safeHttpUrl('https://speedtest.vn@evil.example/', 'a')).to.equal(undefined);
      expect(safeHttpUrl('https://user:pass@speedtest.vn/', 'b')).to.equal(undefined);
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('user name or password');
  });

  it('treats an empty value as unset, silently', async () => {
    const warnings = await captureWarnings(() => expect(safeHttpUrl('', 'x')).to.equal(undefined));
    expect(warnings).to.deep.equal([]);
  });
});

describe('withAttribution', () => {
  it('adds the campaign parameters with the unit as utm_content', () => {
    const url = new URL(withAttribution('https://speedtest.vn', { unit: 'xa-ea-kao', host: 'eakao.daklak.gov.vn' }));
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      utm_source: 'eakao.daklak.gov.vn',
      utm_medium: 'ispeed-widget',
      utm_campaign: 'ispeed',
      utm_content: 'xa-ea-kao',
    });
  });

  it('leaves utm_content out without a unit', () => {
    const url = new URL(withAttribution('https://speedtest.vn', { unit: '', host: 'example.gov.vn' }));
    expect(url.searchParams.has('utm_content')).to.equal(false);
    expect(url.searchParams.get('utm_source')).to.equal('example.gov.vn');
  });

  it('passes the attribution to Google Play through its referrer parameter', () => {
    const url = new URL(withAttribution(DEFAULT_LINKS.android, { unit: 'xa-ea-kao', host: 'eakao.daklak.gov.vn' }));
    expect(url.searchParams.get('q')).to.equal('i-Speed by VNNIC');
    const referrer = new URLSearchParams(url.searchParams.get('referrer')!);
    expect(referrer.get('utm_content')).to.equal('xa-ea-kao');
    expect(referrer.get('utm_source')).to.equal('eakao.daklak.gov.vn');
  });

  it('keeps parameters the webmaster already set', () => {
    const url = new URL(withAttribution('https://speedtest.vn/?utm_campaign=thang-12&x=1', { unit: 'u', host: 'h' }));
    expect(url.searchParams.get('utm_campaign')).to.equal('thang-12');
    expect(url.searchParams.get('x')).to.equal('1');
  });

  it('defaults to safe links: only those known to work', () => {
    expect(DEFAULT_LINKS).to.deep.equal({
      web: 'https://speedtest.vn',
      android: 'https://play.google.com/store/search?q=i-Speed%20by%20VNNIC&c=apps',
      ios: 'https://speedtest.vn',
      qr: 'https://speedtest.vn',
      materials: 'https://speedtest.vn/tai-lieu',
    });
  });
});
