/**
 * The configurator, as built in dist/configurator/: the link form that every
 * editor keeps (offered first), the site script under it, department.json
 * (links, name, units, CORS and the SRI form), the preview on the device in
 * hand, and what a shared link with a messy unit becomes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/tools/configurator/define.js';
import { readSmartLink } from '../../../src/runtime/smart-link.js';
import { DEFAULT_LINKS } from '../../../src/runtime/links.js';
import configuratorEn from '../../../src/tools/configurator/locales/en.json';
import configuratorVi from '../../../src/tools/configurator/locales/vi.json';
import { ariaSnapshot } from '../../helpers/aria.js';
import {
  CORS_DEPARTMENT,
  openConfigurator,
  setDepartment,
  snippet,
  type Configurator,
} from '../../helpers/configurator.js';
import { closePages, openPage, shadowPart } from '../../helpers/frame.js';

const dist = new URL('/dist/', location.href).href;
const text = (root: ShadowRoot, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function setField(app: Configurator, name: string, value: string): Promise<void> {
  const control = app.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(
    `[name="${name}"]${name === 'widget' ? `[value="${value}"]` : ''}`,
  )!;
  if (control.localName === 'input' && (control as HTMLInputElement).type === 'radio') control.click();
  else {
    control.value = value;
    control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input', { bubbles: true }));
  }
  await app.updateComplete;
}

/** The `<a …>…</a>` of a code, and what its smart link carries. */
function smartLinkIn(code: string): { anchor: string; widget: string; options: Record<string, string> } {
  const anchor = /<a href="[^"]*">.*?<\/a>/.exec(code)![0];
  const href = /href="([^"]*)"/.exec(anchor)![1].replace(/&amp;/g, '&');
  return { anchor, ...readSmartLink(href, dist)! };
}

const ALT_VI = 'Đo tốc độ Internet với i-Speed. Tải ứng dụng';
const image = (name: string, lang = 'vi') =>
  `<img src="${dist}assets/banner-${name}-${lang}.png" srcset="${dist}assets/banner-${name}-${lang}-2x.png 2x"`;

describe('configurator: the link form, offered first', () => {
  before(() => setDepartment());
  afterEach(closePages);

  it('comes first, titled for what it is, then the site script, then the other forms', async () => {
    await setDepartment(CORS_DEPARTMENT);
    try {
      const { root } = await openConfigurator('?unit=xa-ea-kao');
      const forms = [...root.querySelectorAll<HTMLElement>('.code-block [data-form]')].map(
        (block) => block.dataset.form,
      );
      expect(forms).to.deep.equal(['link', 'siteScript', 'element', 'oneTag', 'iframe', 'sri']);
      expect(text(root, '#title-link')).to.equal(configuratorVi.linkForm);
      expect(root.querySelector('[data-form="link"]')!.nextElementSibling!.matches('.site-script')).to.equal(true);
    } finally {
      await setDepartment();
    }
  });

  it("writes each widget's link with its options by attribute name, set ones only, and the matching artwork", async () => {
    const cases: [string, string, Record<string, string>][] = [
      [
        '?unit=xa-ea-kao',
        `<div align="center">\n  <a href="${dist}go.html?widget=banner&amp;size=300x250&amp;unit=xa-ea-kao&amp;lang=vi">${image('300x250')} width="300" height="250" alt="${ALT_VI}"></a>\n</div>`,
        { size: '300x250', unit: 'xa-ea-kao', lang: 'vi' },
      ],
      [
        '?bannerSize=728x90&variant=image&theme=dark&lang=en&unit=phuong-tan-loi',
        `<div align="center">\n  <a href="${dist}go.html?widget=banner&amp;size=728x90&amp;variant=image&amp;unit=phuong-tan-loi&amp;lang=en&amp;theme=dark">${image('728x90', 'en')} width="728" height="90" alt="Measure your Internet speed with i-Speed. Get the app"></a>\n</div>`,
        { size: '728x90', variant: 'image', unit: 'phuong-tan-loi', lang: 'en', theme: 'dark' },
      ],
      [
        '?bannerSize=fluid&unit=xa-ea-kao',
        `<a href="${dist}go.html?widget=banner&amp;size=fluid&amp;unit=xa-ea-kao&amp;lang=vi">Đo tốc độ Internet với ứng dụng i-Speed</a>`,
        { size: 'fluid', unit: 'xa-ea-kao', lang: 'vi' },
      ],
      [
        '?variant=sticky&bannerSize=320x100&unit=xa-ea-kao',
        `<a href="${dist}go.html?widget=banner&amp;size=320x100&amp;variant=sticky&amp;unit=xa-ea-kao&amp;lang=vi">Đo tốc độ Internet với ứng dụng i-Speed</a>`,
        { size: '320x100', variant: 'sticky', unit: 'xa-ea-kao', lang: 'vi' },
      ],
      [
        '?widget=qr-card&level=H&unit=xa-ea-kao',
        `<a href="${dist}go.html?widget=qr-card&amp;level=H&amp;unit=xa-ea-kao&amp;lang=vi">${image('300x250')} width="300" height="250" alt="${ALT_VI}"></a>`,
        { level: 'H', unit: 'xa-ea-kao', lang: 'vi' },
      ],
      [
        '?widget=guide&layout=carousel&unit=xa-ea-kao',
        `<a href="${dist}go.html?widget=guide&amp;layout=carousel&amp;unit=xa-ea-kao&amp;lang=vi">${image('300x250')} width="300" height="250" alt="${ALT_VI}"></a>`,
        { layout: 'carousel', unit: 'xa-ea-kao', lang: 'vi' },
      ],
    ];
    for (const [query, markup, options] of cases) {
      const { root } = await openConfigurator(query);
      const code = snippet(root, 'link');
      expect(code, query).to.equal(markup);
      const link = smartLinkIn(code);
      expect([link.widget, link.options], query).to.deep.equal([
        new URLSearchParams(query).get('widget') ?? 'banner',
        options,
      ]);
      const look = text(root, '.link-look');
      if (query.includes('widget=')) expect(look, query).to.contain('300x250');
      else if (/fluid|sticky/.test(query)) expect(look, query).to.equal(configuratorVi.linkTextOnly);
      else expect(look, query).to.equal('');
      closePages();
    }

    // The progress widget's file is typed by hand (never shared): its link carries it, as the element does.
    const { app, root } = await openConfigurator('?widget=progress&ranking=5&unit=xa-ea-kao');
    const data = new URL('/test/fixtures/progress/thang-11.json', location.href).href;
    await setField(app, 'dataSrc', data);
    const link = smartLinkIn(snippet(root, 'link'));
    expect(link.widget).to.equal('progress');
    expect(link.options).to.deep.equal({ src: data, ranking: '5', unit: 'xa-ea-kao', lang: 'vi' });
    expect(snippet(root, 'link')).to.contain(image('300x250'));
  });

  it("makes the element form's fallback the same smart link, so a stripped element keeps its attribution", async () => {
    for (const query of ['?unit=xa-ea-kao', '?bannerSize=fluid&unit=xa-ea-kao', '?widget=guide&unit=xa-ea-kao']) {
      const { root } = await openConfigurator(query);
      const link = smartLinkIn(snippet(root, 'link'));
      expect(smartLinkIn(snippet(root, 'element')).anchor, query).to.equal(link.anchor);
      expect(link.options.unit, query).to.equal('xa-ea-kao');
      closePages();
    }
    // What an editor leaves of the element form: the link alone, still the smart link with the unit.
    const { root } = await openConfigurator('?unit=xa-ea-kao');
    const stripped = snippet(root, 'element')
      .replace(/<\/?ispeed-banner[^>]*>/g, '')
      .replace(/<script[^>]*><\/script>/, '');
    closePages();
    const win = await openPage(`/__paste?html=${encodeURIComponent(stripped)}`, 1100, 600);
    const anchor = win.document.querySelector('a')!;
    expect(readSmartLink(anchor.href, dist)).to.deep.equal({
      widget: 'banner',
      options: { size: '300x250', unit: 'xa-ea-kao', lang: 'vi' },
    });
    const img = anchor.querySelector('img')!;
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the artwork loads');
    expect([img.naturalWidth, img.naturalHeight]).to.deep.equal([300, 250]);
  });

  it('renders the link form as pasted, with no script: the artwork, centred, linking to the smart link', async () => {
    const { root } = await openConfigurator('?unit=xa-ea-kao');
    const code = snippet(root, 'link');
    closePages();
    const win = await openPage(`/__paste?html=${encodeURIComponent(code)}`, 1100, 600);
    const img = win.document.querySelector('a > img') as HTMLImageElement;
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the artwork loads');
    expect(img.getBoundingClientRect().left).to.be.closeTo((win.innerWidth - 300) / 2, 1);
    expect(new URL((img.parentElement as HTMLAnchorElement).href).pathname).to.equal('/dist/go.html');
    expect(win.__record.errors).to.deep.equal([]);
  });

  it('shows the site-script line under the link form, with a short note per kind of CMS, in Vietnamese and English', async () => {
    const { app, root } = await openConfigurator();
    expect(snippet(root, 'siteScript')).to.equal(`<script src="${dist}ispeed.js" async></script>`);
    const notes = () =>
      [...root.querySelectorAll('.cms-notes dt')].map((term) => [
        term.textContent!.trim(),
        term.nextElementSibling!.textContent!.trim(),
      ]);
    expect(notes().map(([name]) => name)).to.deep.equal(Object.values(configuratorVi.cmsNames));
    expect(notes().map(([, note]) => note)).to.deep.equal(Object.values(configuratorVi.cms));
    expect(text(root, '.cms-notes summary')).to.equal(configuratorVi.cmsSummary);
    root.querySelector<HTMLButtonElement>('.header button')!.click();
    await app.updateComplete;
    expect(notes().map(([, note]) => note)).to.deep.equal(Object.values(configuratorEn.cms));
    expect(text(root, '#title-siteScript')).to.equal(configuratorEn.siteScriptForm);
  });
});

describe('configurator: department.json', () => {
  afterEach(async () => {
    closePages();
    await setDepartment();
  });

  it('offers the SRI form only where department.json says the host sends CORS, and says why it is hidden otherwise', async () => {
    await setDepartment();
    let { root } = await openConfigurator('?unit=xa-ea-kao');
    expect(snippet(root, 'sri'), 'no department.json').to.equal('');
    expect(text(root, '[data-form="sri"] .hint')).to.equal(configuratorVi.sriNoDepartment);
    expect(text(root, '.department-missing')).to.equal(configuratorVi.departmentMissing);
    closePages();

    await setDepartment({ name: 'Sở Khoa học và Công nghệ tỉnh Đắk Lắk', cors: false });
    ({ root } = await openConfigurator('?unit=xa-ea-kao'));
    expect(snippet(root, 'sri'), '"cors": false').to.equal('');
    expect(text(root, '[data-form="sri"] .hint')).to.equal(configuratorVi.sriNoCors);
    expect(configuratorVi.sriNoCors).to.contain('CORS');
    expect(root.querySelector('.department-missing')).to.equal(null);
    closePages();

    await setDepartment(CORS_DEPARTMENT);
    ({ root } = await openConfigurator('?unit=xa-ea-kao'));
    expect(snippet(root, 'sri')).to.contain('integrity="sha384-').and.contain('crossorigin="anonymous"');
    expect(text(root, '[data-form="sri"] .hint')).to.equal(configuratorVi.sriHint);
    expect(text(root, '.department-name')).to.equal(CORS_DEPARTMENT.name);
  });

  it('shows its links as the defaults, its name, and offers its units in the unit field', async () => {
    const ios = 'https://apps.apple.com/vn/app/i-speed/id1234567890';
    await setDepartment({
      name: 'Sở Khoa học và Công nghệ tỉnh Đắk Lắk',
      links: { ios },
      units: [
        { code: 'xa-ea-kao', name: 'Xã Ea Kao', type: 'xa' },
        { code: 'phuong-tan-loi', name: 'Phường Tân Lợi', type: 'phuong' },
        { code: 'Not A Code', name: 'Xã Sai' },
      ],
    });
    const { app, root } = await openConfigurator();
    expect(text(root, '#field-ios-hint')).to.equal(`Mặc định: ${ios}`);
    expect(text(root, '#field-android-hint')).to.equal(`Mặc định: ${DEFAULT_LINKS.android}`);
    expect(text(root, '.links-source')).to.equal(configuratorVi.linksFromDepartment);
    const input = root.querySelector<HTMLInputElement>('#unit')!;
    expect(input.list?.id).to.equal('department-units');
    expect([...input.list!.options].map((option) => [option.value, option.label])).to.deep.equal([
      ['xa-ea-kao', 'Xã Ea Kao'],
      ['phuong-tan-loi', 'Phường Tân Lợi'],
    ]);
    expect(text(root, '#unit-hint')).to.equal('Gõ tên hoặc mã để tìm trong 2 đơn vị Sở đã công bố.');
    await setField(app, 'unit', 'phuong-tan-loi');
    expect(text(root, '#unit-listed')).to.equal('Phường Tân Lợi: có trong danh sách đơn vị của Sở.');
    expect(text(root, '#unit-unlisted')).to.equal('');
    await setField(app, 'unit', 'xa-khong-co');
    expect(text(root, '#unit-listed')).to.equal('');
    expect(text(root, '#unit-unlisted')).to.contain('xa-khong-co');
    // What the parser left out is said on the page, entry by entry.
    expect(text(root, '.department-problems li')).to.contain('units[2]');
  });
});

describe('configurator: the preview', () => {
  before(() => setDepartment());
  afterEach(closePages);

  it('shows a phone on a 390 px phone, and a desktop on a wide screen', async () => {
    const phone = await openConfigurator('?unit=xa-ea-kao', 390, 844);
    expect(phone.root.querySelector<HTMLSelectElement>('select[name="device"]')!.value).to.equal('phone');
    const frame = phone.root.querySelector<HTMLIFrameElement>('iframe.preview')!;
    expect(frame.dataset.width).to.equal('360');
    expect(Number(frame.dataset.scale), 'readable: hardly scaled').to.be.at.least(0.85);
    expect(phone.win.location.search, 'the default is not written into the address').to.equal('?unit=xa-ea-kao');
    closePages();
    const desktop = await openConfigurator('?unit=xa-ea-kao');
    expect(desktop.root.querySelector<HTMLSelectElement>('select[name="device"]')!.value).to.equal('desktop');
  });

  it('explains the sticky bar under a desktop viewer instead of an empty preview, and shows it on a phone', async () => {
    const { app, root } = await openConfigurator('?variant=sticky&bannerSize=320x100');
    expect(text(root, '.sticky-desktop p')).to.equal(configuratorVi.stickyDesktop);
    expect(root.querySelector<HTMLElement>('.stage')!.hidden).to.equal(true);
    root.querySelector<HTMLButtonElement>('.sticky-desktop button')!.click();
    await app.updateComplete;
    expect(root.querySelector('.sticky-desktop')).to.equal(null);
    expect(root.querySelector<HTMLElement>('.stage')!.hidden).to.equal(false);
    expect(root.querySelector<HTMLSelectElement>('select[name="device"]')!.value).to.equal('phone');
    expect(root.querySelector<HTMLSelectElement>('select[name="platform"]')!.value).to.equal('android');
    const frame = root.querySelector<HTMLIFrameElement>('iframe.preview')!;
    await waitUntil(
      () =>
        frame.contentDocument
          ?.querySelector('ispeed-banner[variant="sticky"][platform="android"]')
          ?.shadowRoot?.querySelector('.frame.sticky'),
      'the sticky bar shows',
      { timeout: 8000 },
    );
  });

  it('centres a fixed banner where the copied code centres it, and leaves a fluid one as the code does', async () => {
    const { app, root } = await openConfigurator('?bannerSize=300x250');
    const frame = root.querySelector<HTMLIFrameElement>('iframe.preview')!;
    const previewLeft = async () => {
      await waitUntil(
        () => frame.contentDocument?.querySelector('ispeed-banner')?.shadowRoot?.querySelector('.frame'),
        'the preview renders',
        { timeout: 8000 },
      );
      return shadowPart(frame.contentDocument!.querySelector('ispeed-banner')!, '.frame').getBoundingClientRect().left;
    };
    const code = snippet(root, 'element');
    const left = await previewLeft();
    expect(left).to.be.closeTo((1024 - 300) / 2, 1);

    // The copied code, pasted into a page as wide as the preview's desktop.
    const win = await openPage(`/__paste?html=${encodeURIComponent(code)}`, 1024, 600);
    await waitUntil(() => win.document.querySelector('ispeed-banner')?.shadowRoot?.querySelector('.frame'), 'pasted', {
      timeout: 8000,
    });
    expect(
      shadowPart(win.document.querySelector('ispeed-banner')!, '.frame').getBoundingClientRect().left,
    ).to.be.closeTo(left, 1);

    await setField(app, 'bannerSize', 'fluid');
    await waitUntil(() => !frame.contentDocument!.getElementById('widget')!.hasAttribute('align'), 'not centred', {
      timeout: 8000,
    });
    expect(snippet(root, 'element')).to.match(/^<ispeed-banner/);
  });
});

describe('configurator: titles, names and shared links', () => {
  before(() => setDepartment());
  afterEach(closePages);

  it('has an English title and language with ?ui=en, and a Vietnamese one again after switching', async () => {
    const { win, app, root } = await openConfigurator('?ui=en');
    expect(win.document.title).to.equal(configuratorEn.title);
    expect(win.document.documentElement.lang).to.equal('en');
    root.querySelector<HTMLButtonElement>('.header button')!.click();
    await app.updateComplete;
    expect(win.document.title).to.equal(configuratorVi.title);
    expect(win.document.documentElement.lang).to.equal('vi');
  });

  it('names each code box by its heading, as a region a screen reader announces', async () => {
    const cleanUrl = location.href;
    try {
      const app = await fixture<Configurator>(html`<ispeed-configurator dist-base="/dist/"></ispeed-configurator>`);
      await waitUntil(() => app.hasAttribute('ready'), 'ready', { timeout: 8000 });
      for (const [form, title] of [
        ['link', configuratorVi.linkForm],
        ['siteScript', configuratorVi.siteScriptForm],
        ['element', configuratorVi.elementForm],
      ]) {
        const tree = await ariaSnapshot(app, `[data-form="${form}"] pre`);
        expect(tree, form).to.match(new RegExp(`^- '?region "${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
      }
    } finally {
      history.replaceState(null, '', cleanUrl);
    }
  });

  it('normalises a messy unit in a shared link as a typed one is, and says so; drops one with nothing left, visibly', async () => {
    for (const messy of [
      'xa-ea-kao%E2%80%8B',
      'Xa-Ea-Kao',
      'xa-ea-kao%20',
      '%E2%80%8Fxa-ea-kao%E2%80%8E',
      '%E2%80%AExa-ea-kao',
      'X%C3%A3%20Ea%20Kao',
    ]) {
      const { win, app, root } = await openConfigurator(`?unit=${messy}`);
      const typed = decodeURIComponent(messy);
      expect(root.querySelector<HTMLInputElement>('#unit')!.value, messy).to.equal('xa-ea-kao');
      expect(snippet(root, 'element'), messy).to.contain('unit="xa-ea-kao"');
      expect(smartLinkIn(snippet(root, 'link')).options.unit, messy).to.equal('xa-ea-kao');
      expect(win.location.search, messy).to.equal('?unit=xa-ea-kao');
      expect(text(root, '.shared-unit'), messy).to.contain('xa-ea-kao');
      // The same text typed into the field gives the same code.
      await setField(app, 'unit', typed);
      expect(snippet(root, 'element'), `${messy} typed`).to.contain('unit="xa-ea-kao"');
      closePages();
    }
    const { win, root } = await openConfigurator('?unit=%E2%80%8B&bannerSize=300X250');
    expect(text(root, '.shared-ignored')).to.contain('unit').and.contain('bannerSize');
    expect(root.querySelector('.shared-unit')).to.equal(null);
    expect(win.location.search).to.equal('');
    expect(snippet(root, 'element')).to.not.contain('unit=');
  });
});
