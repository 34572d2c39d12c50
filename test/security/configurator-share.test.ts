/**
 * A link to the Department's configurator cannot make it
 * hand out someone else's script, app or file.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/tools/configurator/define.js';
import {
  CORS_DEPARTMENT,
  openConfigurator,
  setDepartment,
  snippet,
  type Configurator,
} from '../helpers/configurator.js';
import { closePages, openPage } from '../helpers/frame.js';

const allSnippets = (root: ShadowRoot) =>
  ['link', 'siteScript', 'element', 'oneTag', 'iframe', 'sri'].map((form) => snippet(root, form)).join('\n');

async function type(app: Configurator, name: string, value: string): Promise<void> {
  const input = app.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await app.updateComplete;
}

describe('configurator: share links carry choices only', () => {
  // The Department's host sends CORS (department.json says so): every form is offered.
  before(() => setDepartment(CORS_DEPARTMENT));
  after(() => setDepartment());
  afterEach(closePages);

  it('ignores a host and links in a shared link, and says so', async () => {
    const { win, root } = await openConfigurator(
      '?unit=xa-ea-kao&host=http://127.0.0.1:9/&android=https://evil.example/i-speed.apk&assetBase=https://evil.example/art/&dataSrc=https://evil.example/d.json&unitName=B%E1%BA%AFt%20bu%E1%BB%99c',
    );
    const code = allSnippets(root);
    const ownScript = new URL('/dist/ispeed.js', location.href).href;
    expect(snippet(root, 'element')).to.contain(`src="${ownScript}"`);
    expect(snippet(root, 'sri')).to.contain(`src="${ownScript}"`).and.contain('integrity="sha384-');
    expect(code).to.not.contain('127.0.0.1:9').and.not.contain('evil.example').and.not.contain('Bắt buộc');
    expect(snippet(root, 'element')).to.contain('unit="xa-ea-kao"');
    const notice = root.querySelector('.refused')!;
    expect(notice.textContent).to.contain('host').and.contain('android').and.contain('assetBase');
    // The address is cleaned, so sharing it again does not pass the attacker's values on.
    expect(win.location.search).to.equal('?unit=xa-ea-kao');
    expect(root.querySelector('[name="host"]'), 'no host field').to.equal(null);
  });

  it('never puts typed links, files or unit names into the share link', async () => {
    const { win, app, root } = await openConfigurator('?widget=qr-card');
    await type(app, 'android', 'https://play.google.com/store/apps/details?id=vn.vnnic.ispeed');
    await type(app, 'unitName', 'Xã Ea Kao');
    await type(app, 'assetBase', new URL('/dist/assets/', location.href).href);
    expect(snippet(root, 'element')).to.contain('links-android=').and.contain('unit-name="Xã Ea Kao"');
    const share = new URL(root.querySelector<HTMLAnchorElement>('.share a')!.href);
    expect([...share.searchParams.keys()]).to.deep.equal(['widget']);
    expect(win.location.search).to.equal('?widget=qr-card');
  });

  it('warns beside a typed link, artwork folder or data file that leaves the Department', async () => {
    const { app, root } = await openConfigurator();
    await type(app, 'android', 'https://play.google.com/store/apps/details?id=com.evil.ispeedvn');
    expect(root.querySelector('#field-android-warning')!.textContent).to.contain('play.google.com');
    await type(app, 'web', 'https://speedtest.vn/');
    expect(root.querySelector('#field-web-warning')!.textContent, 'the official site needs no warning').to.equal('');
    await type(app, 'assetBase', 'https://evil.example/art/');
    expect(root.querySelector('#field-assetBase-warning')!.textContent).to.contain('evil.example');
    await type(app, 'assetBase', new URL('/dist/assets/', location.href).href);
    expect(root.querySelector('#field-assetBase-warning')!.textContent, "the Department's own host").to.equal('');
    app.shadowRoot!.querySelector<HTMLInputElement>('[name="widget"][value="progress"]')!.click();
    await app.updateComplete;
    await type(app, 'dataSrc', 'http://evil.example/d.json');
    expect(root.querySelector('#field-dataSrc-warning')!.textContent).to.contain('evil.example');
  });

  it('puts only a plain unit name on the poster and in the code, and says why another is left out', async () => {
    const { app, root } = await openConfigurator('?widget=qr-card');
    await type(app, 'unitName', 'UBND xã Ea Kao — bắt buộc cài đặt trước 30/11');
    expect(root.querySelector('#field-unitName-error')!.textContent).to.contain('tối đa 80 ký tự');
    expect(snippet(root, 'element')).to.not.contain('unit-name');
    expect(new URL((app as unknown as { posterUrl(): string }).posterUrl()).searchParams.has('unit-name')).to.equal(
      false,
    );
    await type(app, 'unitName', 'Xã Ea Kao');
    expect(root.querySelector('#field-unitName-error')!.textContent).to.equal('');
    expect(snippet(root, 'element')).to.contain('unit-name="Xã Ea Kao"');
  });

  it('previews exactly the snippet being copied, links included', async () => {
    const { app, root } = await openConfigurator('?platform=android');
    await type(app, 'android', 'https://play.google.com/store/apps/details?id=com.evil.ispeedvn');
    expect(snippet(root, 'element')).to.contain(
      'links-android="https://play.google.com/store/apps/details?id=com.evil.ispeedvn"',
    );
    expect(
      root.querySelector('[data-form="iframe"] .hint')!.textContent,
      'the iframe form says it will not carry it',
    ).to.contain('liên kết gõ tay');
    const frame = root.querySelector<HTMLIFrameElement>('iframe.preview')!;
    expect(new URL(frame.src).search, 'the preview page takes nothing from its address').to.equal('');
    const cta = () =>
      frame.contentDocument?.querySelector('ispeed-banner')?.shadowRoot?.querySelector<HTMLAnchorElement>('a.cta');
    await waitUntil(
      () => cta()?.href.includes('com.evil.ispeedvn'),
      'the preview uses the typed link, as the snippet does',
      { timeout: 8000 },
    );
  });

  it('has a preview page that renders nothing when opened from a link', async () => {
    const win = await openPage('/dist/configurator/preview.html?widget=banner&links-android=https://evil.example/');
    await waitUntil(() => (win as Window & { ISpeed?: unknown }).ISpeed, 'the page has run', { timeout: 8000 });
    await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
    expect(win.document.getElementById('widget')!.children.length).to.equal(0);
  });
});

describe('configurator: the code is copied only when complete', () => {
  const cleanUrl = location.href;
  before(() => setDepartment(CORS_DEPARTMENT));
  after(() => setDepartment());
  afterEach(() => history.replaceState(null, '', cleanUrl));

  it('keeps "Chép mã" disabled until the integrity hashes are read, then enables it', async () => {
    // integrity.json answers 1.5 s late.
    const app = await fixture<Configurator>(
      html`<ispeed-configurator dist-base="/__slow/1500/dist/"></ispeed-configurator>`,
    );
    const root = app.shadowRoot!;
    const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('.copy')];
    expect(app.hasAttribute('ready')).to.equal(false);
    // The link form, the site script, the element, the one tag and the iframe; the SRI form waits for its hash.
    expect(buttons().length).to.equal(5);
    expect(
      buttons().every((button) => button.disabled),
      'disabled while loading',
    ).to.equal(true);
    expect(root.querySelector('[data-form="sri"] .hint')!.textContent).to.contain('integrity.json');
    const readyEvent = new Promise((resolve) =>
      app.addEventListener('ispeed-configurator-ready', resolve, { once: true }),
    );
    await readyEvent;
    expect(app.hasAttribute('ready')).to.equal(true);
    expect(buttons().length).to.equal(6);
    expect(buttons().every((button) => !button.disabled)).to.equal(true);
    expect(snippet(root, 'sri')).to.contain('integrity="sha384-');
  });

  it('offers the link form first, and says beside the SRI form that it needs CORS', async () => {
    const app = await fixture<Configurator>(html`<ispeed-configurator dist-base="/dist/"></ispeed-configurator>`);
    await waitUntil(() => app.hasAttribute('ready'), 'ready', { timeout: 8000 });
    const forms = [...app.shadowRoot!.querySelectorAll<HTMLElement>('.snippet')].map((block) => block.dataset.form);
    expect(forms[0]).to.equal('link');
    expect(forms.indexOf('sri')).to.be.greaterThan(forms.indexOf('element'));
    expect(snippet(app.shadowRoot!, 'element')).to.not.contain('integrity').and.not.contain('crossorigin');
    expect(app.shadowRoot!.querySelector('[data-form="sri"] .hint')!.textContent).to.contain(
      'Access-Control-Allow-Origin',
    );
  });

  it("says why there is no SRI form without the folder's files, and copies the plain forms", async () => {
    const app = await fixture<Configurator>(
      html`<ispeed-configurator dist-base="/no-such-dist/"></ispeed-configurator>`,
    );
    await waitUntil(() => app.hasAttribute('ready'), 'ready', { timeout: 8000 });
    const root = app.shadowRoot!;
    expect(snippet(root, 'sri')).to.equal('');
    // Neither department.json nor integrity.json there: the missing CORS promise is the reason given.
    expect(root.querySelector('[data-form="sri"] .hint')!.textContent).to.contain('department.json');
    expect([...root.querySelectorAll<HTMLButtonElement>('.copy')].every((button) => !button.disabled)).to.equal(true);
  });
});
