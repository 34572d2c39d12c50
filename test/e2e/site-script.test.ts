/**
 * The site script: `<script src="…/ispeed.js" async>` in a portal's footer
 * turns every smart link an editor kept (`…/go.html?widget=…`) into its live
 * widget, in place, on a portal of another host (dist/ without CORS, strict
 * CSP, Trusted Types allowlist).
 */
import { expect, waitUntil } from '@open-wc/testing';
import {
  addScriptAfterPaint,
  closePages,
  fixturePolicy,
  openPage,
  rendered,
  shadowPart,
  type FrameWindow,
} from '../helpers/frame.js';

const PAGE = '/test/pages/cdn/smart-links.html';

function expectClean(win: FrameWindow) {
  const violations = win.__record.violations.filter((violation) => !violation.includes('__web-dev-server__'));
  expect(violations, 'CSP violations').to.deep.equal([]);
  expect(win.__record.errors, 'errors').to.deep.equal([]);
}

/** The page with its images painted, then the site script, as a slow link delivers it; resolves once its 4 banners render. */
async function withSiteScript(): Promise<{ win: FrameWindow; cdn: string }> {
  const win = await openPage(PAGE);
  const cdn = win.document.documentElement.dataset.cdn!;
  await Promise.all([...win.document.images].map((image) => image.decode()));
  await addScriptAfterPaint(win, `${cdn}/ispeed.js`);
  await rendered(win, 4);
  return { win, cdn };
}

const box = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return [rect.width, rect.height];
};

describe('the site script on a portal whose editor kept only smart links', () => {
  afterEach(closePages);

  it('turns each smart link into its widget where the link stood, the link inside as its fallback', async () => {
    const { win } = await withSiteScript();
    const doc = win.document;
    const paragraph = doc.querySelector('#paragraph > ispeed-banner')!;
    expect(paragraph.getAttribute('size')).to.equal('300x250');
    expect(paragraph.getAttribute('unit')).to.equal('xa-ea-kao');
    expect(paragraph.getAttribute('lang')).to.equal('vi');
    expect(paragraph.firstElementChild!.localName, 'the <a><img> is its fallback').to.equal('a');
    expect(box(paragraph)).to.deep.equal([300, 250]);
    expect(box(doc.querySelector('#centred > ispeed-banner')!)).to.deep.equal([728, 90]);
    const cell = doc.querySelector('#table td > ispeed-banner')!;
    expect(box(cell)).to.deep.equal([320, 100]);
    expect(cell.getAttribute('platform')).to.equal('android');
    // On a phone the button goes to the store, with the unit for attribution.
    expect((shadowPart(cell, '.cta') as HTMLAnchorElement).href).to.contain('utm_content=xa-ea-kao');
    await waitUntil(() => doc.querySelector('#qr > ispeed-qr-card')?.shadowRoot?.querySelector('svg'), 'the QR card');
    expectClean(win);
  });

  it('leaves alone links under data-ispeed="off", in an element form, to other pages, and naming no widget (with a note)', async () => {
    const { win } = await withSiteScript();
    const doc = win.document;
    expect(doc.querySelector('#off a')!.parentElement!.localName).to.equal('p');
    const element = doc.getElementById('element-form')!;
    expect(element.querySelectorAll('ispeed-banner'), 'no widget inside the element form').to.have.length(0);
    expect(element.firstElementChild!.localName).to.equal('a');
    expect(doc.querySelector('#unknown > a'), 'an unknown widget stays a link').to.not.equal(null);
    expect(doc.querySelectorAll('#plain > a')).to.have.length(2);
    expect(win.__record.warnings.join('\n')).to.contain('widget="carousel" on the link').and.to.contain('not a widget');
    expectClean(win);
  });

  it('moves nothing on the page when the widgets take over the fallback images', async () => {
    const { win } = await withSiteScript();
    // A shift made on purpose: once it is reported, any shift from the takeover would have been.
    win.document.getElementById('sentinel')!.classList.add('moved');
    await waitUntil(() => win.__record.shiftSources.includes('div#sentinel'), 'the sentinel shift is reported');
    expect(win.__record.shiftSources.filter((source) => source !== 'div#sentinel')).to.deep.equal([]);
  });

  it("also recognises links to the smart link page named by the script tag's data-smart-link", async () => {
    const win = await openPage(PAGE);
    const cdn = win.document.documentElement.dataset.cdn!;
    const configured = 'https://so.example.gov.vn/ispeed-widgets/go.html';
    const paragraph = win.document.createElement('p');
    const link = win.document.createElement('a');
    link.href = `${configured}?widget=banner&size=320x100&unit=xa-ea-kao`;
    link.textContent = 'i-Speed';
    paragraph.append(link);
    win.document.body.append(paragraph);
    const script = win.document.createElement('script');
    script.setAttribute('data-smart-link', configured);
    script.src = fixturePolicy(win).createScriptURL(`${cdn}/ispeed.js`);
    win.document.body.append(script);
    await rendered(win, 5);
    expect(paragraph.firstElementChild!.localName).to.equal('ispeed-banner');
    expect(paragraph.firstElementChild!.getAttribute('size')).to.equal('320x100');
    expectClean(win);
    expect(win.__record.warnings.join('\n')).to.not.contain('smart-link');
  });

  it('turns smart links added later, and links in a shadow root given to ISpeed.discover', async () => {
    const { win, cdn } = await withSiteScript();
    const doc = win.document;
    const smartLink = (query: string) => {
      const link = doc.createElement('a');
      link.href = `${cdn}/go.html?${query}`;
      link.textContent = 'i-Speed';
      return link;
    };
    // A CMS's infinite scroll adds a paragraph, then a bare link.
    const later = doc.createElement('p');
    later.append(smartLink('widget=banner&size=320x100&unit=xa-ea-kao'));
    doc.body.append(later, smartLink('widget=banner&size=728x90&unit=xa-ea-kao'));
    await rendered(win, 6);
    expect(later.firstElementChild!.localName).to.equal('ispeed-banner');
    expect(doc.body.lastElementChild!.localName).to.equal('ispeed-banner');

    const host = doc.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(smartLink('widget=guide&unit=xa-ea-kao'));
    doc.body.append(host);
    expect(shadow.firstElementChild!.localName, 'the observer does not look into shadow roots').to.equal('a');
    win.ISpeed!.discover(shadow);
    await waitUntil(() => shadow.querySelector('ispeed-guide')?.shadowRoot?.querySelector('[role="tablist"]'), 'guide');
    expectClean(win);
  });
});
