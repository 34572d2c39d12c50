/**
 * The iframe form as editors keep it. TinyMCE wraps a pasted iframe in
 * sandbox="": the frame runs no script, so embed.html shows the static
 * artwork that fits the frame, chosen by CSS alone, linked to the smart link
 * page. Without a sandbox the same page is the live widget. And a frame too
 * small for the QR dialog opens the smart link page in a new tab instead.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { closePages, openPage, rendered, type FrameWindow } from '../helpers/frame.js';
import { part } from '../helpers/shadow.js';
import { decodeCanvas } from '../helpers/qr-decode.js';
import vi from '../../src/tools/pages/locales/vi.json';
import en from '../../src/tools/pages/locales/en.json';

interface FrameLook {
  url: string;
  title: string;
  mains: number;
  links: { href: string; target: string }[];
  images: { src: string; alt: string; complete: boolean; box: number[]; visible: boolean }[];
  widgets: string[];
}

const EMBED = '/dist/embed.html';

/** An iframe at the page's top left, as a portal's editor left it. */
async function frame(src: string, width: number, height: number, sandbox?: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.width = String(width);
  iframe.height = String(height);
  iframe.style.cssText = 'position:fixed;left:0;top:0;border:0';
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = src;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

const look = (url: string) => executeServerCommand<FrameLook | false, { url: string }>('frame-look', { url });

/** The frame once its images have loaded. */
async function loadedLook(url: string): Promise<FrameLook> {
  let page: FrameLook | false = false;
  await waitUntil(
    async () => {
      page = await look(url);
      return page && page.images.every((image) => image.complete);
    },
    'the artwork loads',
    { timeout: 8000 },
  );
  return page as unknown as FrameLook;
}

/** The frame as painted, as RGBA pixels. */
async function pixels(box: { x: number; y: number; width: number; height: number }): Promise<Uint8ClampedArray> {
  const png = await executeServerCommand<string, typeof box>('screenshot-area', box);
  const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(image, 0, 0);
  return context.getImageData(0, 0, image.width, image.height).data;
}

/** The share of pixels more than 40/255 off in a channel. */
function difference(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  let differing = 0;
  for (let index = 0; index < a.length; index += 4) {
    if ([0, 1, 2].some((channel) => Math.abs(a[index + channel] - b[index + channel]) > 40)) differing++;
  }
  return differing / (a.length / 4);
}

describe('the iframe form in a frame that runs no script (sandbox="")', () => {
  afterEach(closePages);

  for (const [width, height] of [
    [300, 250],
    [728, 90],
    [160, 600],
  ]) {
    it(`shows the ${width}x${height} artwork in a ${width}x${height} frame, linked to go.html`, async () => {
      const query = `widget=banner&size=${width}x${height}&unit=xa-ea-kao&frame=${width}`;
      await frame(`${EMBED}?${query}`, width, height, '');
      const page = await loadedLook(query);
      expect(page.widgets, 'no script ran: the static artwork is all there is').to.deep.equal(['a']);
      expect(page.images).to.have.length(1);
      const [image] = page.images;
      expect(new URL(image.src).pathname).to.equal(`/dist/assets/banner-${width}x${height}-vi.svg`);
      expect(image.box, 'the whole frame').to.deep.equal([0, 0, width, height]);
      expect(image.visible).to.equal(true);
      expect(image.alt).to.equal('Đo tốc độ Internet với i-Speed. Tải ứng dụng');
      expect(page.links.map((link) => [new URL(link.href).pathname, link.target])).to.deep.equal([
        ['/dist/go.html', ''],
      ]);
      expect(page.mains).to.equal(1);
      expect(page.title).to.equal(vi.titles.banner);

      // As painted: the artwork itself, drawn the same size beside it for comparison.
      const framed = await pixels({ x: 0, y: 0, width, height });
      closePages();
      const reference = document.createElement('img');
      reference.src = `/dist/assets/banner-${width}x${height}-vi.svg`;
      reference.width = width;
      reference.height = height;
      reference.style.cssText = 'position:fixed;left:0;top:0;display:block';
      document.body.append(reference);
      await reference.decode();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const drawn = await pixels({ x: 0, y: 0, width, height });
      reference.remove();
      expect(difference(framed, drawn), 'pixels that differ from the artwork').to.be.below(0.01);
    });
  }

  it('a click on the artwork opens go.html in the frame: the only navigation sandbox="" allows', async () => {
    const query = 'widget=banner&size=300x250&unit=xa-ea-kao&click=1';
    const iframe = await frame(`${EMBED}?${query}`, 300, 250, '');
    await loadedLook(query);
    const navigated = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    const { sendMouse } = await import('@web/test-runner-commands');
    await sendMouse({ type: 'click', position: [150, 125] });
    await navigated;
    // The runner hears of the frame's new address a moment after the page does.
    await waitUntil(async () => Boolean(await look('/dist/go.html')), 'the frame shows go.html', { timeout: 8000 });
    await sendMouse({ type: 'move', position: [700, 500] });
  });
});

describe('the iframe form in a frame that runs script', () => {
  afterEach(closePages);

  async function liveFrame(query: string, width: number, height: number): Promise<FrameWindow> {
    const iframe = await frame(`${EMBED}?${query}`, width, height);
    return iframe.contentWindow as FrameWindow;
  }

  async function banner(win: FrameWindow): Promise<HTMLElement> {
    await waitUntil(() => win.document.querySelector('ispeed-banner')?.shadowRoot?.querySelector('.cta'), 'renders', {
      timeout: 8000,
    });
    return win.document.querySelector<HTMLElement>('ispeed-banner')!;
  }

  it('is the live widget, in <main>, titled for the widget in its language', async () => {
    const win = await liveFrame('widget=banner&size=300x250&unit=xa-ea-kao', 300, 250);
    const element = await banner(win);
    expect(element.parentElement!.localName).to.equal('main');
    expect(win.document.querySelector('.static-artwork'), 'the static artwork is gone').to.equal(null);
    expect(win.document.title).to.equal(vi.titles.banner);
    expect(part(element, '.frame').getBoundingClientRect().height).to.equal(250);
    expect(win.__record.errors).to.deep.equal([]);

    for (const [widget, lang, words] of [
      ['guide', 'en', en],
      ['qr-card', 'vi', vi],
      ['progress', 'en', en],
    ] as const) {
      const other = await liveFrame(`widget=${widget}&lang=${lang}`, 600, 400);
      await waitUntil(() => other.document.querySelector(`ispeed-${widget}`), `${widget} renders`, { timeout: 8000 });
      expect(other.document.title, widget).to.equal(words.titles[widget]);
      expect(other.document.documentElement.lang).to.equal(lang);
    }
  });

  for (const [width, height] of [
    [300, 250],
    [728, 90],
    [160, 600],
  ]) {
    it(`at ${width}x${height}, too small for the QR dialog, the desktop button opens the smart link page in a new tab`, async () => {
      const win = await liveFrame(
        `widget=banner&size=${width}x${height}&unit=xa-ea-kao&platform=desktop`,
        width,
        height,
      );
      const element = await banner(win);
      const cta = part(element, '.cta');
      expect(cta.localName).to.equal('a');
      const link = cta as HTMLAnchorElement;
      const url = new URL(link.href);
      expect(url.pathname).to.equal('/dist/go.html');
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({ widget: 'banner', unit: 'xa-ea-kao', lang: 'vi' });
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      expect(link.textContent).to.contain('(mở trong thẻ mới)');
      expect(link.hasAttribute('aria-haspopup')).to.equal(false);
    });
  }

  it('at 300x600 the dialog opens, with the whole code in the frame, at least 240 px', async () => {
    const win = await liveFrame('widget=banner&size=300x600&unit=xa-ea-kao&platform=desktop', 300, 600);
    const element = await banner(win);
    const cta = part(element, '.cta');
    expect(cta.localName).to.equal('button');
    cta.click();
    let code: SVGSVGElement | null | undefined;
    await waitUntil(
      () => (code = element.shadowRoot!.querySelector('ispeed-qr-card')?.shadowRoot?.querySelector('svg.qr')),
      'the dialog shows the code',
      { timeout: 8000 },
    );
    const box = code!.getBoundingClientRect();
    expect(box.width).to.be.at.least(240);
    expect(box.left).to.be.at.least(0);
    expect(box.top).to.be.at.least(0);
    expect(box.right).to.be.at.most(300);
    expect(box.bottom).to.be.at.most(600);
    // And it scans as painted.
    const iframe = document.querySelector('iframe')!.getBoundingClientRect();
    const png = await executeServerCommand<string, object>('screenshot-area', {
      x: iframe.left + box.left,
      y: iframe.top + box.top,
      width: box.width,
      height: box.height,
    });
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    canvas.getContext('2d')!.drawImage(image, 0, 0);
    // The code opens the smart link with the unit: go.html credits the visit itself.
    const scanned = new URL(decodeCanvas(canvas)!);
    expect(scanned.pathname).to.equal('/dist/go.html');
    expect(scanned.searchParams.get('unit')).to.equal('xa-ea-kao');
  });
});

describe("a portal under the README's policy", () => {
  afterEach(closePages);

  const FRAME = 'embed.html?widget=banner&size=300x250&unit=xa-ea-kao&form=iframe';

  it('shows every form: the element, the one tag and the iframe, live', async () => {
    const win = await openPage('/test/pages/cdn/readme-policy.html?csp=readme');
    await rendered(win, 2);
    await waitUntil(
      async () => {
        const page = await look(FRAME);
        return page && page.widgets.includes('ispeed-banner');
      },
      'the framed banner renders',
      { timeout: 8000 },
    );
    expect(win.__record.violations.filter((violation) => !violation.includes('__web-dev-server__'))).to.deep.equal([]);
    expect(win.__record.errors).to.deep.equal([]);
  });

  it('blocks the iframe form without frame-src, as default-src decides', async () => {
    const win = await openPage('/test/pages/cdn/readme-policy.html?csp=readme-without-frame-src');
    await rendered(win, 2);
    await waitUntil(
      () => win.__record.violations.some((violation) => violation.startsWith('frame-src')),
      'the frame is refused',
      { timeout: 8000 },
    );
    expect(await look(FRAME)).to.equal(false);
  });
});
