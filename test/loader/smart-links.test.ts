/**
 * The loader's reading of smart links (src/loader/smart-links.ts) against the
 * one that builds and reads them (src/runtime/smart-link.ts): every link the
 * configurator can make becomes the widget its query describes, and nothing
 * else is touched.
 */
import { expect } from '@open-wc/testing';
import { sharedState } from '../../src/loader/shared-state.js';
import { upgradeLinks } from '../../src/loader/smart-links.js';
import { readSmartLink, smartLinkHref } from '../../src/runtime/smart-link.js';
import { captureWarnings } from '../helpers/console.js';

const FOLDER = 'https://so.example.gov.vn/ispeed-widgets/';

function link(href: string, content: Node = document.createTextNode('i-Speed')): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.append(content);
  return anchor;
}

function container(...children: Node[]): HTMLElement {
  const element = document.createElement('div');
  element.append(...children);
  document.body.append(element);
  return element;
}

describe('the site script finds smart links (the loader)', () => {
  let pages: Set<string> | undefined;
  beforeEach(() => {
    pages = sharedState().smartLinkPages;
    sharedState().smartLinkPages = new Set([`${FOLDER}go.html`]);
  });
  afterEach(() => {
    sharedState().smartLinkPages = pages;
    for (const element of document.querySelectorAll('body > div')) element.remove();
  });

  it('turns each link smartLinkHref() makes into the widget readSmartLink() reads from it, the link inside', () => {
    const cases: [string, Record<string, string>][] = [
      ['banner', { size: '300x250', unit: 'xa-ea-kao', lang: 'vi' }],
      ['banner', { size: 'fluid', variant: 'sticky', unit: 'phuong-1', 'unit-name': 'Phường 1 & "2"', theme: 'dark' }],
      [
        'qr-card',
        { unit: 'xa-ea-kao', size: 'compact', 'links-android': 'https://play.google.com/store/apps/details?id=x&y=1' },
      ],
      ['guide', { layout: 'carousel', lang: 'en' }],
    ];
    const links = cases.map(([widget, options]) => link(smartLinkHref(FOLDER, widget, options)));
    const root = container(...links);
    upgradeLinks(root);
    cases.forEach(([widget], index) => {
      const element = root.children[index];
      expect(element.localName).to.equal(`ispeed-${widget}`);
      expect(element.firstElementChild, 'the link is its fallback').to.equal(links[index]);
      const read = readSmartLink(links[index].href, FOLDER)!;
      expect(read.widget).to.equal(widget);
      const attributes = Object.fromEntries([...element.attributes].map(({ name, value }) => [name, value]));
      expect(attributes).to.deep.equal(read.options);
    });
  });

  it('reads a link without a widget as a banner, as the smart link page does', () => {
    const anchor = link(`${FOLDER}go.html?unit=xa-ea-kao`);
    const root = container(anchor);
    upgradeLinks(root);
    expect(readSmartLink(anchor.href, FOLDER)!.widget).to.equal('banner');
    expect(root.firstElementChild!.localName).to.equal('ispeed-banner');
    expect(root.firstElementChild!.getAttribute('unit')).to.equal('xa-ea-kao');
  });

  it('upgrades a link given as the root itself, as the observer hands over an added <a>', () => {
    const anchor = link(smartLinkHref(FOLDER, 'banner', { unit: 'xa-ea-kao' }));
    const root = container(anchor);
    upgradeLinks(anchor);
    expect(root.firstElementChild!.localName).to.equal('ispeed-banner');
  });

  it('copies only known settings, with a note for each other name', async () => {
    const anchor = link(`${FOLDER}go.html?widget=banner&unit=xa-ea-kao&onclick=alert(1)&utm_source=x`);
    const root = container(anchor);
    const warnings = await captureWarnings(() => upgradeLinks(root));
    const element = root.firstElementChild!;
    expect(element.getAttributeNames()).to.deep.equal(['unit']);
    expect(warnings.join('\n')).to.contain('onclick on the link').and.to.contain('utm_source on the link');
  });

  it('leaves a link naming no widget as it is, with a note', async () => {
    const anchor = link(`${FOLDER}go.html?widget=carousel&unit=xa-ea-kao`);
    const root = container(anchor);
    const warnings = await captureWarnings(() => upgradeLinks(root));
    expect(root.firstElementChild).to.equal(anchor);
    expect(warnings.join('\n')).to.contain('widget="carousel" on the link').and.to.contain('is not a widget');
  });

  it('leaves alone links elsewhere, in a widget, under data-ispeed="off", and an SVG link', () => {
    const others = [
      link('https://speedtest.vn/?widget=banner'),
      link(`${FOLDER}embed.html?widget=banner`),
      link(`https://other.example.vn/ispeed-widgets/go.html?widget=banner`),
      link(`${FOLDER}sub/go.html?widget=banner`),
    ];
    const fallback = document.createElement('ispeed-banner');
    fallback.append(link(smartLinkHref(FOLDER, 'banner', { unit: 'xa-ea-kao' })));
    const off = document.createElement('section');
    off.dataset.ispeed = 'OFF';
    const deep = document.createElement('p');
    deep.append(link(smartLinkHref(FOLDER, 'banner', { unit: 'xa-ea-kao' })));
    off.append(deep);
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const svgLink = document.createElementNS('http://www.w3.org/2000/svg', 'a');
    svgLink.setAttribute('href', smartLinkHref(FOLDER, 'banner'));
    svg.append(svgLink);
    const root = container(...others, fallback, off, svg);
    const before = [...root.querySelectorAll('*')];
    upgradeLinks(root);
    expect([...root.querySelectorAll('*')]).to.deep.equal(before);
    expect(root.querySelectorAll('ispeed-banner')).to.have.length(1);
  });

  it('finds links in a shadow root it is given, but not in a widget\'s own shadow root or under data-ispeed="off" around its host', () => {
    const host = document.createElement('portal-box');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(link(smartLinkHref(FOLDER, 'qr-card', { unit: 'xa-ea-kao' })));
    const widget = document.createElement('ispeed-banner');
    const widgetShadow = widget.attachShadow({ mode: 'open' });
    widgetShadow.append(link(smartLinkHref(FOLDER, 'banner', { unit: 'xa-ea-kao' })));
    const off = document.createElement('div');
    off.dataset.ispeed = 'off';
    const offHost = document.createElement('portal-box');
    const offShadow = offHost.attachShadow({ mode: 'open' });
    offShadow.append(link(smartLinkHref(FOLDER, 'banner', { unit: 'xa-ea-kao' })));
    off.append(offHost);
    container(host, widget, off);
    upgradeLinks(shadow);
    upgradeLinks(widgetShadow);
    upgradeLinks(offShadow);
    expect(shadow.firstElementChild!.localName).to.equal('ispeed-qr-card');
    expect(widgetShadow.firstElementChild!.localName).to.equal('a');
    expect(offShadow.firstElementChild!.localName).to.equal('a');
  });

  it('does nothing on a page whose loader has no address (no smart link page)', () => {
    sharedState().smartLinkPages = undefined;
    const anchor = link(smartLinkHref(FOLDER, 'banner'));
    const root = container(anchor);
    upgradeLinks(root);
    expect(root.firstElementChild).to.equal(anchor);
  });
});
