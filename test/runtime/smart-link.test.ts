/**
 * The smart link's address: go.html beside the script that loaded the
 * library, unless that is a public CDN or an ES module; `smart-link` sets it,
 * and an explicitly set `links-qr` wins over it for QR codes.
 */
import { expect } from '@open-wc/testing';
import '../../src/npm/index.js';
import { sharedState } from '../../src/loader/shared-state.js';
import { resolveConfig } from '../../src/runtime/config.js';
import { codeLink } from '../../src/runtime/links.js';
import {
  completeSmartLink,
  defaultSmartLink,
  isPublicCdn,
  opensSmartLink,
  readSmartLink,
  smartLinkHref,
} from '../../src/runtime/smart-link.js';

const FOLDER = 'https://skhcn.daklak.gov.vn/ispeed-widgets/';
const GO = `${FOLDER}go.html`;

/** Resolves an element's config as if the library had been loaded from `scriptBase` by a script tag. */
function resolvedFrom(scriptBase: string | undefined, attributes: Record<string, string> = {}, module = false) {
  const state = sharedState();
  const saved = { scriptBase: state.scriptBase, scriptBaseFromModule: state.scriptBaseFromModule };
  state.scriptBase = scriptBase;
  state.scriptBaseFromModule = module;
  try {
    const element = document.createElement('ispeed-qr-card');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return resolveConfig(element, { assetBase: `${FOLDER}assets/`, platform: 'desktop' });
  } finally {
    Object.assign(state, saved);
  }
}

describe('the smart link', () => {
  it('is go.html in a folder of http(s) that is not a public CDN', () => {
    expect(defaultSmartLink(FOLDER)).to.equal(GO);
    expect(defaultSmartLink('http://127.0.0.1:8080/')).to.equal('http://127.0.0.1:8080/go.html');
    for (const cdn of [
      'https://cdn.jsdelivr.net/npm/ispeed-widgets@0.1.0/dist/',
      'https://fastly.jsdelivr.net/npm/ispeed-widgets/dist/',
      'https://unpkg.com/ispeed-widgets@0.1.0/dist/',
    ]) {
      expect(isPublicCdn(cdn), cdn).to.equal(true);
      expect(defaultSmartLink(cdn), cdn).to.equal(undefined);
    }
    for (const other of [undefined, '', 'file:///C:/web/', 'data:text/html,x', 'not a folder'])
      expect(defaultSmartLink(other), String(other)).to.equal(undefined);
  });

  it('is read back, with its query, and completed only where its query is silent', () => {
    const href = smartLinkHref(FOLDER, 'banner', { size: '300x250', unit: 'xa-ea-kao', lang: '' });
    expect(href).to.equal(`${GO}?widget=banner&size=300x250&unit=xa-ea-kao`);
    expect(readSmartLink(href, FOLDER)).to.deep.equal({
      widget: 'banner',
      options: { size: '300x250', unit: 'xa-ea-kao' },
    });
    expect(opensSmartLink(href, GO)).to.equal(true);
    expect(opensSmartLink(`${FOLDER}print.html`, GO)).to.equal(false);
    expect(opensSmartLink('https://skhcn.daklak.gov.vn.evil.example/ispeed-widgets/go.html', GO)).to.equal(false);
    expect(completeSmartLink(href, 'qr-card', { unit: 'phuong-tan-loi', lang: 'en' })).to.equal(`${href}&lang=en`);
    expect(completeSmartLink(`${GO}#x`, 'qr-card', { unit: 'xa-ea-kao', lang: 'vi' })).to.equal(
      `${GO}?widget=qr-card&unit=xa-ea-kao&lang=vi`,
    );
  });

  it('resolves beside a script tag: the config gets smartLink, and QR codes open it', () => {
    const config = resolvedFrom(FOLDER);
    expect(config.smartLink).to.equal(GO);
    expect(config.links.qr).to.equal(GO);
    expect(codeLink(config.links.qr, { ...config, widget: 'qr-card', unit: 'xa-ea-kao', lang: 'vi' })).to.equal(
      `${GO}?widget=qr-card&unit=xa-ea-kao&lang=vi`,
    );
  });

  it('has none from a public CDN, or beside an ES module (a bundler moved it): QR codes keep the qr link', () => {
    for (const config of [
      resolvedFrom('https://cdn.jsdelivr.net/npm/ispeed-widgets@0.1.0/dist/'),
      resolvedFrom(FOLDER, {}, true),
      resolvedFrom(undefined),
    ]) {
      expect(config.smartLink).to.equal('');
      expect(config.links.qr).to.equal('https://speedtest.vn');
      expect(codeLink(config.links.qr, { ...config, widget: 'qr-card', unit: 'xa-ea-kao', lang: 'vi' })).to.contain(
        'utm_content=xa-ea-kao',
      );
    }
  });

  it('is set by smart-link (from a CDN too), and an explicit links-qr wins over it for QR codes', () => {
    const set = resolvedFrom('https://unpkg.com/ispeed-widgets/dist/', { 'smart-link': GO });
    expect(set.smartLink).to.equal(GO);
    expect(set.links.qr).to.equal(GO);
    const explicit = resolvedFrom(FOLDER, { 'links-qr': 'https://i-speed.vn/tai-ung-dung' });
    expect(explicit.smartLink).to.equal(GO);
    expect(explicit.links.qr).to.equal('https://i-speed.vn/tai-ung-dung');
    expect(codeLink(explicit.links.qr, { ...explicit, widget: 'qr-card', unit: 'xa-ea-kao', lang: 'vi' })).to.match(
      /^https:\/\/i-speed\.vn\/tai-ung-dung\?utm_source=/,
    );
  });

  it('refuses a smart-link that is not http(s)', () => {
    const config = resolvedFrom(undefined, { 'smart-link': 'javascript:alert(1)' });
    expect(config.smartLink).to.equal('');
    expect(config.links.qr).to.equal('https://speedtest.vn');
  });
});
