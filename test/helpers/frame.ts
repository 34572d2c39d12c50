import { waitUntil } from '@open-wc/testing';

export interface PageRecord {
  violations: string[];
  warnings: string[];
  errors: string[];
  shifts: number[];
}

export type FrameWindow = Window & typeof globalThis & { __record: PageRecord; ISpeed?: import('../../src/core/api.js').ISpeedApi };

/**
 * Opens a fixture page (served with a strict CSP) in an iframe of the given
 * size, as a visitor's browser would load a portal page.
 */
export async function openPage(path: string, width = 1100, height = 900): Promise<FrameWindow> {
  const iframe = document.createElement('iframe');
  iframe.width = String(width);
  iframe.height = String(height);
  iframe.allow = 'clipboard-read; clipboard-write';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = path;
  document.body.append(iframe);
  await loaded;
  return iframe.contentWindow as FrameWindow;
}

export function closePages(): void {
  for (const iframe of document.querySelectorAll('iframe')) iframe.remove();
}

/** Waits until every ispeed-banner in the page has rendered its frame or card. */
export async function rendered(win: FrameWindow, count: number): Promise<HTMLElement[]> {
  await waitUntil(
    () => {
      const banners = [...win.document.querySelectorAll('ispeed-banner')];
      return banners.length === count && banners.every((banner) => banner.shadowRoot?.querySelector('.frame'));
    },
    `${count} banners render`,
    { timeout: 8000 },
  );
  return [...win.document.querySelectorAll<HTMLElement>('ispeed-banner')];
}

export { part as shadowPart } from './shadow.js';

/**
 * Adds a script to the page after it has painted, as a slow mobile link
 * would deliver it. The page enforces Trusted Types, so the URL goes
 * through a policy like any careful site's own code.
 */
export async function addScriptAfterPaint(win: FrameWindow, src: string): Promise<void> {
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 100));
  const policy = (win as unknown as { trustedTypes: { createPolicy(name: string, rules: object): { createScriptURL(url: string): string } } })
    .trustedTypes.createPolicy(`test-${Math.random()}`, { createScriptURL: (url: string) => url });
  const script = win.document.createElement('script');
  script.src = policy.createScriptURL(src);
  win.document.body.append(script);
}
