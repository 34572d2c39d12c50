/**
 * The editorial board's configurator, as built in dist/configurator/, in a
 * real page; and the embed code it makes, pasted into fresh pages.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/tools/configurator/define.js';
import {
  CORS_DEPARTMENT,
  openConfigurator,
  setDepartment,
  snippet,
  type Configurator,
} from '../../helpers/configurator.js';
import { closePages, openPage, shadowPart, type FrameWindow } from '../../helpers/frame.js';

/** The widget in the preview frame, once it carries the given attribute value (the preview follows by message). */
async function previewWidget(root: ShadowRoot, check: (widget: Element) => boolean = () => true): Promise<Element> {
  const frame = root.querySelector<HTMLIFrameElement>('iframe.preview')!;
  const find = () => frame.contentDocument?.querySelector('#widget > *');
  await waitUntil(() => find() && check(find()!), 'the preview shows the snippet', { timeout: 8000 });
  return find()!;
}

async function setField(app: Configurator, name: string, value: string): Promise<void> {
  // The app may live in another frame: no instanceof across windows.
  const control = app.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(
    `[name="${name}"]${name === 'widget' ? `[value="${value}"]` : ''}`,
  )!;
  if (control.localName === 'input' && (control as HTMLInputElement).type === 'radio') {
    control.click();
  } else {
    control.value = value;
    control.dispatchEvent(
      new Event(control.localName === 'select' ? 'change' : 'input', { bubbles: true, composed: true }),
    );
  }
  await app.updateComplete;
}

/** The widget rendered in a page (or frame), once upgraded. */
async function renderedWidget(win: Window, tag: string): Promise<HTMLElement> {
  await waitUntil(() => win.document.querySelector(tag)?.shadowRoot?.querySelector('.frame'), `<${tag}> renders`, {
    timeout: 8000,
  });
  return win.document.querySelector<HTMLElement>(tag)!;
}

describe('configurator', () => {
  afterEach(closePages);

  it('changes the preview and all three snippets with each option', async () => {
    const { app, root } = await openConfigurator();
    const changes: [string, string, string][] = [
      ['bannerSize', '728x90', 'size="728x90"'],
      ['variant', 'image', 'variant="image"'],
      ['lang', 'en', 'lang="en"'],
      ['theme', 'dark', 'theme="dark"'],
      ['unit', 'xa-ea-kao', 'unit="xa-ea-kao"'],
      [
        'android',
        'https://play.google.com/store/apps/details?id=vn.vnnic.ispeed',
        'links-android="https://play.google.com/store/apps/details?id=vn.vnnic.ispeed"',
      ],
      ['ios', 'https://apps.apple.com/vn/app/id1', 'links-ios="https://apps.apple.com/vn/app/id1"'],
      ['web', 'https://i-speed.vn', 'links-web="https://i-speed.vn/"'],
    ];
    for (const [field, value, attribute] of changes) {
      await setField(app, field, value);
      const name = attribute.slice(0, attribute.indexOf('='));
      const quoted = attribute.slice(attribute.indexOf('=') + 1);
      expect(snippet(root, 'element'), field).to.contain(attribute);
      expect(snippet(root, 'oneTag'), field).to.contain(`data-${name}=${quoted}`);
      expect(decodeURIComponent(snippet(root, 'iframe').replace(/&amp;/g, '&')), field).to.contain(
        `${name}=${JSON.parse(quoted)}`,
      );
      const shown = await previewWidget(root, (widget) => widget.getAttribute(name) === JSON.parse(quoted));
      expect(shown.getAttribute(name), field).to.equal(JSON.parse(quoted));
    }
    await setField(app, 'widget', 'qr-card');
    await setField(app, 'level', 'H');
    await setField(app, 'unitName', 'Xã Ea Kao');
    expect(snippet(root, 'element'))
      .to.contain('<ispeed-qr-card')
      .and.contain('level="H"')
      .and.contain('unit-name="Xã Ea Kao"');
    expect(snippet(root, 'oneTag')).to.contain('data-widget="qr-card"');
    await setField(app, 'widget', 'guide');
    await setField(app, 'layout', 'carousel');
    expect(snippet(root, 'element')).to.contain('<ispeed-guide').and.contain('layout="carousel"');
    expect(
      (await previewWidget(root, (widget) => widget.localName === 'ispeed-guide')).getAttribute('layout'),
    ).to.equal('carousel');

    await setField(app, 'widget', 'progress');
    await setField(app, 'dataSrc', new URL('/test/fixtures/progress/thang-11.json', location.href).href);
    await setField(app, 'ranking', '5');
    await setField(app, 'target', '250');
    expect(snippet(root, 'element'))
      .to.contain('<ispeed-progress')
      .and.contain('src="http://')
      .and.contain('ranking="5"')
      .and.contain('target="250"');
    await setField(app, 'target', 'ba trăm');
    expect(root.querySelector('#field-target-error')!.textContent).to.equal('Nhập số nguyên từ 1 đến 100000.');
    expect(snippet(root, 'element')).to.not.contain('target=');
    const frame = root.querySelector<HTMLIFrameElement>('iframe.preview')!;
    await waitUntil(
      () => frame.contentDocument?.querySelector('ispeed-progress')?.shadowRoot?.querySelector('.ranking'),
      'the progress preview renders',
      { timeout: 8000 },
    );

    // The files' host is the configurator's own dist folder.
    expect(snippet(root, 'element')).to.contain(`src="${new URL('/dist/ispeed.js', location.href).href}"`);
    expect(snippet(root, 'iframe')).to.contain(`src="${new URL('/dist/embed.html?', location.href).href}`);
    expect(root.querySelector('[name="host"]')).to.equal(null);
  });

  it('runs the real widget in the preview, at the chosen width and platform', async () => {
    const { app, root } = await openConfigurator('?unit=xa-ea-kao');
    await setField(app, 'device', 'phone');
    await setField(app, 'platform', 'android');
    const frame = root.querySelector<HTMLIFrameElement>('iframe.preview')!;
    await waitUntil(
      () =>
        frame.contentDocument?.querySelector('ispeed-banner[platform="android"]')?.shadowRoot?.querySelector('a.cta'),
      'the preview renders',
      { timeout: 8000 },
    );
    expect(frame.getBoundingClientRect().width).to.equal(360);
    const cta = frame
      .contentDocument!.querySelector('ispeed-banner')!
      .shadowRoot!.querySelector<HTMLAnchorElement>('a.cta')!;
    expect(cta.href).to.match(/^https:\/\/play\.google\.com\/.*utm_content=xa-ea-kao/);
  });

  it("sizes the preview of a fluid widget from the embed page's height message", async () => {
    const { app, root } = await openConfigurator('?widget=guide&layout=compact');
    const frame = root.querySelector<HTMLIFrameElement>('iframe.preview')!;
    await waitUntil(
      () => frame.contentDocument?.querySelector('ispeed-guide')?.shadowRoot?.querySelector('.frame'),
      'the guide renders',
      { timeout: 8000 },
    );
    const widgetHeight = () =>
      Math.ceil(frame.contentDocument!.getElementById('widget')!.getBoundingClientRect().height);
    await waitUntil(
      () =>
        Math.abs(frame.getBoundingClientRect().height - (widgetHeight() + 16) * 0.8) < 2 ||
        frame.style.height === `${widgetHeight() + 16}px`,
      'the frame follows the widget height',
      { timeout: 8000 },
    );
    expect(app.isConnected).to.equal(true);
  });

  it('checks input as it is typed', async () => {
    const { app, root } = await openConfigurator();
    await setField(app, 'unit', 'Xã Ea Kao');
    expect(root.querySelector('#unit-note')!.textContent).to.equal('Đã đổi thành mã: xa-ea-kao');
    expect(snippet(root, 'element')).to.contain('unit="xa-ea-kao"');

    await setField(app, 'android', 'http://play.google.com/store/apps/details?id=x');
    const input = root.querySelector('#field-android')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(root.querySelector('#field-android-error')!.textContent).to.equal('Chỉ chấp nhận liên kết https://.');
    expect(snippet(root, 'element')).to.not.contain('links-android');
    await setField(app, 'android', 'javascript:alert(1)');
    expect(root.querySelector('#field-android-error')!.textContent).to.equal('Chỉ chấp nhận liên kết https://.');
    await setField(app, 'android', 'not a link');
    expect(root.querySelector('#field-android-error')!.textContent).to.equal('Liên kết không hợp lệ.');

    await setField(app, 'assetBase', new URL('/no-such-folder/', location.href).href);
    await waitUntil(
      () => root.querySelector('.preview-block .warning')!.textContent!.includes('no-such-folder/manifest.json'),
      'the preview warns',
      { timeout: 8000 },
    );
  });

  it('restores every option from a shared link', async () => {
    const first = await openConfigurator();
    const values: [string, string][] = [
      ['widget', 'qr-card'],
      ['qrSize', 'compact'],
      ['level', 'Q'],
      ['paper', 'a5'],
      ['lang', 'en'],
      ['theme', 'brand'],
      ['unit', 'phuong-tan-loi'],
      ['device', 'tablet'],
      ['platform', 'ios'],
    ];
    for (const [field, value] of values) await setField(first.app, field, value);
    // Typed by hand: put in the code, never in the shared link.
    const typed: [string, string][] = [
      ['unitName', 'Phường Tân Lợi'],
      ['android', 'https://play.google.com/store/apps/details?id=x'],
      ['assetBase', 'https://cdn.example.vn/ispeed-assets/'],
    ];
    for (const [field, value] of typed) await setField(first.app, field, value);
    for (const [field] of typed) await setField(first.app, field, '');
    first.root.querySelector<HTMLButtonElement>('.header button')!.click();
    await first.app.updateComplete;
    const shared = first.win.location.search;
    const snippets = ['element', 'oneTag', 'iframe'].map((form) => snippet(first.root, form));
    closePages();

    const second = await openConfigurator(shared);
    for (const [field, value] of values) {
      const control = second.root.querySelector<HTMLInputElement>(
        `[name="${field}"]${field === 'widget' ? ':checked' : ''}`,
      );
      expect(control!.value, field).to.equal(value);
    }
    expect(second.root.querySelector('h1')!.textContent, 'the interface language').to.equal(
      'Make the embed code for an i-Speed widget',
    );
    expect(['element', 'oneTag', 'iframe'].map((form) => snippet(second.root, form))).to.deep.equal(snippets);
  });

  it('offers the QR poster for the chosen unit', async () => {
    const { app } = await openConfigurator('?unit=xa-ea-kao&widget=qr-card&paper=a5');
    await setField(app, 'unitName', 'Xã Ea Kao');
    const url = new URL(app.posterUrl());
    expect(url.pathname).to.equal('/dist/print.html');
    expect(url.searchParams.get('unit')).to.equal('xa-ea-kao');
    expect(url.searchParams.get('unit-name')).to.equal('Xã Ea Kao');
    expect(url.searchParams.get('paper')).to.equal('a5');
  });
});

describe('embed code, pasted into a fresh page', () => {
  // The Department's host sends CORS (department.json says so): the SRI form is offered too.
  before(() => setDepartment(CORS_DEPARTMENT));
  after(() => setDepartment());
  afterEach(closePages);

  async function snippetsFor(query: string): Promise<Record<string, string>> {
    const { root } = await openConfigurator(query);
    expect(snippet(root, 'sri')).to.contain('integrity="sha384-');
    expect(snippet(root, 'element')).to.not.contain('integrity=');
    const result = Object.fromEntries(
      ['link', 'element', 'oneTag', 'iframe', 'sri'].map((form) => [form, snippet(root, form)]),
    );
    closePages();
    return result;
  }

  const paste = (code: string, width = 1100) => openPage(`/__paste?html=${encodeURIComponent(code)}`, width, 900);

  it('renders the same banner from each of the three forms, SRI passing', async () => {
    const codes = await snippetsFor('?bannerSize=728x90&unit=xa-ea-kao&lang=en&theme=dark');
    for (const form of ['element', 'oneTag', 'sri']) {
      const win = await paste(codes[form]);
      const banner = await renderedWidget(win, 'ispeed-banner');
      const frame = shadowPart(banner, '.frame');
      expect(frame.getBoundingClientRect().width, form).to.equal(728);
      expect(frame.classList.contains('dark'), form).to.equal(true);
      expect(shadowPart(banner, '.headline').textContent!.trim(), form).to.equal(
        'Measure your Internet speed with i-Speed',
      );
      expect(win.__record.errors, form).to.deep.equal([]);
      expect(win.__record.violations, form).to.deep.equal([]);
      closePages();
    }
    const host = await paste(codes.iframe);
    const iframe = host.document.querySelector('iframe')!;
    expect([iframe.getBoundingClientRect().width, iframe.getBoundingClientRect().height]).to.deep.equal([728, 90]);
    expect(iframe.getAttribute('loading')).to.equal('lazy');
    expect(iframe.title).to.equal('Measure your Internet speed with the i-Speed app');
    expect(iframe.sandbox.contains('allow-popups-to-escape-sandbox')).to.equal(true);
    await waitUntil(
      () => iframe.contentDocument?.querySelector('ispeed-banner')?.shadowRoot?.querySelector('.frame'),
      'the iframe widget renders',
      { timeout: 8000 },
    );
    const inner = iframe.contentDocument!.querySelector('ispeed-banner')!;
    expect(shadowPart(inner, '.frame').getBoundingClientRect().width).to.equal(728);
    await waitUntil(
      () => iframe.contentDocument!.documentElement.hasAttribute('data-ready'),
      'the embed page is ready',
    );
    expect(
      iframe.contentDocument!.querySelectorAll('ispeed-banner').length,
      'the static stand-in stays a link',
    ).to.equal(1);
    expect(iframe.contentDocument!.documentElement.scrollHeight, 'no scroll bar').to.be.at.most(90);
    expect((iframe.contentWindow as FrameWindow).__record.errors).to.deep.equal([]);
    expect(host.__record.errors).to.deep.equal([]);
  });

  it('opens links from the iframe form in a new tab', async () => {
    const codes = await snippetsFor('?unit=xa-ea-kao');
    const host = await paste(codes.iframe.replace('embed.html?', 'embed.html?platform=android&'));
    const iframe = host.document.querySelector('iframe')!;
    await waitUntil(
      () => iframe.contentDocument?.querySelector('ispeed-banner')?.shadowRoot?.querySelector('a.cta'),
      'the iframe widget renders',
      { timeout: 8000 },
    );
    const link = iframe
      .contentDocument!.querySelector('ispeed-banner')!
      .shadowRoot!.querySelector<HTMLAnchorElement>('a.cta')!;
    expect(link.target).to.equal('_blank');
    expect(link.href).to.contain('utm_content=xa-ea-kao');
    // The embed page's own origin is the Department's, not the portal's: attribution names the page it sits on.
    expect(new URL(link.href).searchParams.get('utm_source')).to.equal(location.hostname);
  });

  it('resizes a fluid iframe by the height message, for hosts that listen', async () => {
    const codes = await snippetsFor('?widget=qr-card&qrSize=compact');
    const host = await paste(`<script src="/test/pages/height-listener.js"></script>\n${codes.iframe}`);
    const iframe = host.document.querySelector('iframe')!;
    const heights = (host as unknown as { __heights: number[] }).__heights;
    await waitUntil(() => heights.length > 0, 'the embed page reports its height', { timeout: 8000 });
    const card = iframe.contentDocument!.getElementById('widget')!;
    expect(heights.at(-1)).to.equal(Math.ceil(card.getBoundingClientRect().height));
  });

  it('offers the static banner as the no-script fallback: PNG with its 2x twin by default, or SVG', async () => {
    const { app, root } = await openConfigurator('?bannerSize=728x90');
    const select = () => root.querySelector<HTMLSelectElement>('select[name="fallbackImage"]');
    expect([...select()!.options].map((option) => option.value)).to.deep.equal(['png', 'svg']);
    const png = snippet(root, 'element');
    await setField(app, 'fallbackImage', 'svg');
    const svg = snippet(root, 'element');
    await setField(app, 'bannerSize', 'fluid');
    expect(select(), 'no artwork for the fluid size').to.equal(null);
    closePages();

    const element = (code: string) => code.slice(0, code.indexOf('<script'));
    const win = await paste(element(png));
    const image = win.document.querySelector('img')!;
    await waitUntil(() => image.complete && image.naturalWidth > 0, 'the PNG fallback loads');
    expect(new URL(image.currentSrc).pathname).to.equal('/dist/assets/banner-728x90-vi.png');
    expect([image.naturalWidth, image.naturalHeight, image.alt]).to.deep.equal([
      728,
      90,
      'Đo tốc độ Internet với i-Speed. Tải ứng dụng',
    ]);
    const [twin, density] = image.getAttribute('srcset')!.split(' ');
    expect([new URL(twin).pathname, density]).to.deep.equal(['/dist/assets/banner-728x90-vi-2x.png', '2x']);
    const large = new win.Image();
    large.src = twin;
    await large.decode();
    expect([large.naturalWidth, large.naturalHeight]).to.deep.equal([1456, 180]);
    closePages();

    const vector = (await paste(element(svg))).document.querySelector('img')!;
    await waitUntil(() => vector.complete && vector.naturalWidth > 0, 'the SVG fallback loads');
    expect([new URL(vector.src).pathname, vector.hasAttribute('srcset')]).to.deep.equal([
      '/dist/assets/banner-728x90-vi.svg',
      false,
    ]);
  });

  it('centres a fixed banner and its fallback in a wider column, with no shift at the takeover, and leaves fluid and sticky as they are', async () => {
    const codes = await snippetsFor('?bannerSize=300x600&unit=xa-ea-kao');
    for (const form of ['link', 'element', 'oneTag', 'iframe', 'sri'])
      expect(codes[form], form).to.match(/^<div align="center">\n {2}<[\s\S]*\n<\/div>$/);
    const withoutScript = codes.element.replace(/\s*<script[^>]*><\/script>/, '');
    const fallback = (await paste(withoutScript, 390)).document.querySelector('ispeed-banner img')!;
    const centre = (win: Window) => (win.innerWidth - 300) / 2;
    expect(fallback.getBoundingClientRect().left, 'the fallback image is centred').to.be.closeTo(
      centre(fallback.ownerDocument.defaultView!),
      1,
    );
    closePages();
    const win = await paste(codes.element, 390);
    const banner = win.document.querySelector('ispeed-banner')!;
    await waitUntil(() => banner.shadowRoot?.querySelector('.card'), 'the banner takes over', { timeout: 8000 });
    expect(
      banner.shadowRoot!.querySelector('.frame')!.getBoundingClientRect().left,
      'the banner where its fallback was',
    ).to.be.closeTo(centre(win), 1);
    closePages();
    for (const query of ['?bannerSize=fluid', '?variant=sticky&bannerSize=320x100']) {
      const { element } = await snippetsFor(query);
      expect(element, query).to.match(/^<ispeed-banner/);
    }
  });

  it('refuses a script whose bytes differ from its integrity hash', async () => {
    const codes = await snippetsFor('?unit=xa-ea-kao');
    const tampered = codes.sri.replace(
      /src="[^"]*\/ispeed\.js"/,
      `src="${new URL('/__tampered/ispeed.js', location.href).href}"`,
    );
    expect(tampered).to.contain('/__tampered/ispeed.js').and.contain('integrity="sha384-');
    const win = await paste(tampered);
    await aTimeout(500);
    expect(win.customElements.get('ispeed-banner')).to.equal(undefined);
    expect((win as FrameWindow).ISpeed).to.equal(undefined);
    const fallback = win.document.querySelector('ispeed-banner img') as HTMLImageElement;
    expect(fallback.alt).to.equal('Đo tốc độ Internet với i-Speed. Tải ứng dụng');

    const untouched = await paste(codes.sri);
    await renderedWidget(untouched, 'ispeed-banner');
  });
});

describe('configurator accessibility', () => {
  // The configurator keeps its state in the page's URL: give each test a clean one.
  const cleanUrl = location.href;
  before(() => setDepartment(CORS_DEPARTMENT));
  after(() => setDepartment());
  afterEach(() => history.replaceState(null, '', cleanUrl));

  it('passes axe, in Vietnamese and in English', async function () {
    // Two full axe runs over the whole configurator: room for a busy machine (a guard, not a timing check).
    this.timeout(30000);
    const app = await fixture<Configurator>(html`<ispeed-configurator dist-base="/dist/"></ispeed-configurator>`);
    await app.updateComplete;
    await expect(app).to.be.accessible();
    app.shadowRoot!.querySelector<HTMLButtonElement>('.header button')!.click();
    await app.updateComplete;
    expect(app.shadowRoot!.querySelector('h1')!.textContent).to.equal('Make the embed code for an i-Speed widget');
    await expect(app).to.be.accessible();
  });

  it('copies each snippet, shows "copied" and announces it', async () => {
    const app = await fixture<Configurator>(html`<ispeed-configurator dist-base="/dist/"></ispeed-configurator>`);
    await app.updateComplete;
    const root = app.shadowRoot!;
    // The integrity hashes arrive a moment later and lengthen the code: click once the layout is final.
    await waitUntil(() => app.hasAttribute('ready'), 'the snippets are complete', { timeout: 8000 });
    for (const form of ['link', 'siteScript', 'element', 'oneTag', 'iframe', 'sri']) {
      const button = root.querySelector<HTMLButtonElement>(`[data-form="${form}"] .copy`)!;
      // A real key press: copying needs the user's gesture.
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => button.textContent!.trim() === 'Đã chép', `${form} shows copied`, { timeout: 8000 });
      expect(root.querySelector('[role="status"][aria-live="polite"]')!.textContent).to.match(
        /^Đã chép .+ vào bộ nhớ tạm\.$/,
      );
    }
  });

  it('reaches every control with the keyboard, each with a name', async () => {
    const app = await fixture<Configurator>(html`<ispeed-configurator dist-base="/dist/"></ispeed-configurator>`);
    await app.updateComplete;
    const controls = [
      ...app.shadowRoot!.querySelectorAll<HTMLElement>(
        'input:not([type="radio"]), input[type="radio"]:checked, select, button, pre, a[href], summary',
      ),
    ];
    app.shadowRoot!.querySelector<HTMLButtonElement>('.header button')!.focus();
    const reached = new Set<Element>();
    for (let press = 0; press < controls.length + 5; press++) {
      const active = app.shadowRoot!.activeElement;
      if (active) reached.add(active);
      await sendKeys({ press: 'Tab' });
    }
    for (const control of controls) {
      if (control.closest('.preview-block') && control.localName === 'iframe') continue;
      expect(
        reached.has(control),
        `${control.localName}[name=${control.getAttribute('name')}] ${control.textContent?.slice(0, 30)}`,
      ).to.equal(true);
    }
  });
});
