// The banner gallery (demo/gallery.html, as built in dist/), photographed
// group by group and compared with test/visual/reference/. The browser
// context is fixed in web-test-runner.config.mjs (the "visual" group): 1280 px
// wide, deviceScaleFactor 1, reduced motion, dark colour scheme (so
// theme="auto" shows its dark palette). After an intended change to how
// banners look: npm run test:visual:update, then review the PNGs in git.
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { closePages, openPage, type FrameWindow } from '../helpers/frame.js';
import { drawn, settled } from '../helpers/settled.js';

const WIDTH = 1280;
/** The font the references were made with (Debian's fonts-noto-core, which CI installs). */
const REFERENCE_FONT = '"Noto Sans"';

type Comparison = { ok: boolean; message?: string; updated?: boolean };

/** How many times a group is looked at, painted afresh between looks, before it counts as different. */
const REPAINTS = 3;

/** The next frame the page paints. */
const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => resolve(undefined)));

/** Hides the group for a painted frame and shows it again, so Chromium rasterises it anew. */
async function repaint(win: Window, group: HTMLElement): Promise<void> {
  group.style.visibility = 'hidden';
  await nextFrame(win);
  await nextFrame(win);
  group.style.visibility = '';
  await nextFrame(win);
  await nextFrame(win);
}

/**
 * Makes the frame, and the window around it, as tall as the gallery, so
 * every group is on screen at once: lazy artwork loads, and a screenshot is
 * a plain clip of the viewport.
 */
async function showWholePage(win: FrameWindow): Promise<void> {
  const iframe = win.frameElement as HTMLIFrameElement;
  // Again until it holds: the frame's scrollbar going away can rewrap the page.
  let height;
  do {
    height = win.document.documentElement.scrollHeight;
    iframe.height = String(height);
    await setViewport({ width: WIDTH, height });
  } while (height !== win.document.documentElement.scrollHeight);
}

/** How wide a line of Vietnamese is in the given font stack, as the page's canvas draws it. */
function textWidth(win: Window, fontFamily: string): number {
  const context = win.document.createElement('canvas').getContext('2d')!;
  context.font = `16px ${fontFamily}`;
  return context.measureText('Đo tốc độ Internet với ứng dụng i-Speed, miễn phí').width;
}

describe('the banner gallery looks as its reference screenshots', function () {
  // Every group is photographed until two shots agree: 57 s on a busy 2-core machine.
  this.timeout(180000);
  let win: FrameWindow;

  before(async () => {
    document.body.style.margin = '0';
    win = await openPage('/dist/demo/gallery.html', WIDTH, 900);
    (win.frameElement as HTMLIFrameElement).style.cssText = 'display: block; border: 0';
    await drawn(win);
    await showWholePage(win);
    await settled(win);
  });

  after(closePages);

  it("renders its banners in the references' font", () => {
    const headline = win.document
      .querySelector('ispeed-banner:not([variant])')!
      .shadowRoot!.querySelector('.headline')!;
    const bannerFont = win.getComputedStyle(headline).fontFamily;
    expect(
      textWidth(win, `${REFERENCE_FONT}, monospace`),
      'Noto Sans is installed (Debian: apt-get install fonts-noto-core)',
    ).to.not.equal(textWidth(win, 'monospace'));
    expect(
      textWidth(win, bannerFont),
      `the banners' font stack (${bannerFont}) resolves to Noto Sans here, as where the references were made`,
    ).to.equal(textWidth(win, REFERENCE_FONT));
  });

  it('matches the reference of every group, within the tolerance of test/visual/png-diff.mjs', async () => {
    const groups = [...win.document.querySelectorAll<HTMLElement>('.gallery-group')];
    expect(groups.length).to.be.greaterThan(10);
    const failures: string[] = [];
    // The frame scrolls from here on: without a scroll bar, so the page keeps its width and wrapping.
    win.document.documentElement.style.scrollbarWidth = 'none';
    const photograph = async (group: HTMLElement): Promise<Comparison> => {
      // Each group alone in the frame's viewport, scrolled to inside the frame: a frame as tall as
      // the whole gallery (as it was while the artwork loaded) is rasterised only in part on a busy
      // machine (software raster, no GPU), leaving whole banners blank in a complete DOM.
      const height = Math.ceil(group.getBoundingClientRect().height);
      const iframe = win.frameElement as HTMLIFrameElement;
      iframe.height = String(height);
      await setViewport({ width: WIDTH, height });
      win.scrollTo(0, win.scrollY + group.getBoundingClientRect().top);
      // Artwork scrolled back into view may be decoded again (decoding="async"): wait for it.
      const images = [
        ...group.querySelectorAll('img'),
        ...[...group.querySelectorAll('ispeed-banner')].flatMap((banner) => [
          ...banner.shadowRoot!.querySelectorAll('img'),
        ]),
      ];
      await Promise.all(images.filter((image) => image.checkVisibility()).map((image) => image.decode()));
      await nextFrame(window);
      await nextFrame(win);
      const frameBox = win.frameElement!.getBoundingClientRect();
      const box = group.getBoundingClientRect();
      const clip = {
        x: Math.round(frameBox.left + box.left),
        y: Math.round(frameBox.top + box.top),
        width: Math.round(box.width),
        height: Math.round(box.height),
      };
      const compare = () =>
        executeServerCommand<Comparison, object>('visual-compare', { name: `gallery-${group.id}`, clip });
      let result = await compare();
      // Chromium sometimes hands a screenshot over with artwork not yet painted (blank though the
      // DOM is complete and the image decoded): have the group painted afresh and look again.
      for (let attempt = 1; !result.ok && attempt < REPAINTS; attempt++) {
        await repaint(win, group);
        result = await compare();
        if (result.ok) console.log(`visual: gallery-${group.id} matched once painted afresh (${attempt + 1} looks)`);
      }
      return result;
    };
    // A group that does not match is looked at once more after all the others, when the page has
    // long been drawn: a group that really differs differs every time.
    const unmatched: HTMLElement[] = [];
    for (const group of groups) if (!(await photograph(group)).ok) unmatched.push(group);
    for (const group of unmatched) {
      const result = await photograph(group);
      if (result.ok) console.log(`visual: gallery-${group.id} matched when looked at again after the others`);
      else failures.push(result.message!);
    }
    const { stale } = await executeServerCommand<{ stale: string[] }, object>('visual-references', {
      names: groups.map((group) => `gallery-${group.id}`),
    });
    if (stale.length)
      failures.push(
        `references without a group in the gallery: ${stale.join(', ')} (npm run test:visual:update removes them)`,
      );
    if (failures.length) {
      expect.fail(
        `the gallery (${groups.length} groups) does not match its references:\n${failures.join('\n')}\nIf the change is intended: npm run test:visual:update, then review the PNGs in git.`,
      );
    }
  });
});
