import { waitUntil } from '@open-wc/testing';

type Banner = HTMLElement & { updateComplete: Promise<boolean> };

/** Has the banner drawn what it will show for good: its card, its bar, or its artwork once loaded? */
function finished(banner: Banner): boolean {
  const frame = banner.shadowRoot?.querySelector('.frame');
  if (!frame) return false;
  // A tall desktop banner draws its QR code after its first render: wait for the code, not its placeholder.
  if (frame.querySelector('.code') && !frame.querySelector('.code svg.qr')) return false;
  return banner.getAttribute('variant') !== 'image' || frame.classList.contains('loaded');
}

/** Lit has no more updates queued for any of them (updateComplete is false when another one was queued meanwhile). */
async function allUpdated(banners: Banner[]): Promise<void> {
  let done = false;
  while (!done) done = (await Promise.all(banners.map((banner) => banner.updateComplete))).every(Boolean);
}

/** Every banner defined and drawn at its size (artwork may still be loading: its box is already fixed). */
export async function drawn(win: Window): Promise<Banner[]> {
  await win.customElements.whenDefined('ispeed-banner');
  const banners = [...win.document.querySelectorAll<Banner>('ispeed-banner')];
  await allUpdated(banners);
  return banners;
}

/**
 * Waits, on readiness and never on a timer, until a page of banners looks
 * as it will stay: every element defined and rendered, every artwork
 * loaded (an image banner that fell back to its card fails here, by name),
 * every image decoded, every font loaded. Lazy artwork loads only on
 * screen: show the whole page first.
 */
export async function settled(win: Window): Promise<Banner[]> {
  const banners = await drawn(win);
  try {
    await waitUntil(() => banners.every(finished), 'every banner renders', { timeout: 8000 });
  } catch {
    const late = banners
      .filter((banner) => !finished(banner))
      .map((banner) => banner.outerHTML.slice(0, banner.outerHTML.indexOf('>') + 1));
    throw new Error(
      `these banners never finished rendering (or an image banner fell back to its card): ${late.join(', ')}`,
    );
  }
  await allUpdated(banners);
  // Only the images on screen: a hidden lazy one (a leaderboard's narrow artwork) never loads.
  const images = [
    ...win.document.images,
    ...banners.flatMap((banner) => [...banner.shadowRoot!.querySelectorAll('img')]),
  ];
  await Promise.all(images.filter((image) => image.checkVisibility()).map((image) => image.decode()));
  await win.document.fonts.ready;
  return banners;
}
