/**
 * The README's iframe-resize snippet, as a portal pastes it (served from the
 * README itself, see readmeSnippets in web-test-runner.config.mjs): the
 * Department's embed page resizes its frame, another frame on the page cannot
 * resize anything, and no height goes past the cap.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { closePages, openPage, type FrameWindow } from '../helpers/frame.js';

describe("the README's iframe-resize snippet", () => {
  afterEach(closePages);

  async function portal(): Promise<{ win: FrameWindow; department: HTMLIFrameElement; other: HTMLIFrameElement }> {
    const win = await openPage('/test/pages/cdn/readme-resize.html');
    const department = win.document.getElementById('department') as HTMLIFrameElement;
    const other = win.document.getElementById('other') as HTMLIFrameElement;
    // The Department's page sends its height once its widget has drawn: the frame takes it.
    await waitUntil(() => department.height !== '200', "the Department's frame is resized", { timeout: 8000 });
    return { win, department, other };
  }

  it("resizes the Department's frame to its widget's height", async () => {
    const { department } = await portal();
    expect(Number(department.height)).to.be.within(250, 4000);
  });

  it('ignores a frame of another origin, whichever frame it names', async () => {
    const { win, department, other } = await portal();
    const before = department.height;
    // A real message from the other frame: its origin is the portal's, not the Department's.
    const seen = new Promise((resolve) => win.addEventListener('message', resolve, { once: true }));
    other.contentWindow!.parent.postMessage({ type: 'ispeed-widgets:height', height: 20000 }, '*');
    await seen;
    // A forged one, naming the Department's frame as its source.
    for (const source of [department.contentWindow!, other.contentWindow!]) {
      win.dispatchEvent(
        new win.MessageEvent('message', {
          data: { type: 'ispeed-widgets:height', height: 20000 },
          origin: win.location.origin,
          source,
        }),
      );
    }
    expect(department.height).to.equal(before);
    expect(other.height).to.equal('250');
  });

  it("caps a huge height from the Department's origin at 4000 px", async () => {
    const { win, department } = await portal();
    const origin = new URL(department.src).origin;
    // Huge heights are capped; then heights that are no height leave the cap as it is.
    for (const height of [20000, 1e308, Infinity, -5, 0, 'abc', null]) {
      win.dispatchEvent(
        new win.MessageEvent('message', {
          data: { type: 'ispeed-widgets:height', height },
          origin,
          source: department.contentWindow!,
        }),
      );
      expect(department.height, String(height)).to.equal('4000');
    }
    const violations = win.__record.violations.filter((violation) => !violation.includes('__web-dev-server__'));
    expect(violations).to.deep.equal([]);
  });
});
