/**
 * An iframe embed must not put "Blocked autofocusing…" into
 * the host page's console. The closed QR dialog carries no `autofocus`; focus
 * moves to its close button when showModal() opens it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/npm/banner.js';
import { closePages, openPage } from '../helpers/frame.js';

const otherOrigin = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

describe('the iframe embed and autofocus', () => {
  afterEach(closePages);

  it('logs no "Blocked autofocusing" from a cross-origin embed', async () => {
    await executeServerCommand('console-start');
    const embed = `${otherOrigin}/dist/embed.html?widget=banner&size=300x250&platform=desktop`;
    // The test page is the portal here (a strict CSP would not allow a frame from another origin).
    const heights: number[] = [];
    const listen = (event: MessageEvent) =>
      event.data?.type === 'ispeed-widgets:height' && heights.push(event.data.height);
    window.addEventListener('message', listen);
    await openPage(embed, 300, 250);
    await waitUntil(() => heights.length > 0, 'the embedded banner renders', { timeout: 8000 });
    window.removeEventListener('message', listen);
    // The banner has rendered (with its closed dialog); give the browser a few frames to log what it would.
    for (let frame = 0; frame < 10; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    const messages = await executeServerCommand<string[], object>('console-take');
    expect(messages.filter((text) => /autofocus/i.test(text))).to.deep.equal([]);
  });

  it('has no autofocus in the closed dialog, and focuses the close button when it opens', async () => {
    const banner = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<ispeed-banner platform="desktop"></ispeed-banner>`,
    );
    await waitUntil(() => banner.shadowRoot?.querySelector('.cta'), 'the banner renders', { timeout: 8000 });
    expect(banner.shadowRoot!.querySelector('[autofocus]')).to.equal(null);
    (banner.shadowRoot!.querySelector('.cta') as HTMLElement).click();
    await waitUntil(
      () => banner.shadowRoot!.querySelector<HTMLDialogElement>('dialog.qr-dialog')?.open,
      'the dialog opens',
      { timeout: 8000 },
    );
    await waitUntil(
      () => banner.shadowRoot!.activeElement?.classList.contains('close'),
      'focus is on the close button',
      { timeout: 8000 },
    );
  });
});
