import { waitUntil } from '@open-wc/testing';

export interface PageRecord {
  violations: string[];
  warnings: string[];
  errors: string[];
  shifts: number[];
  scripts: { src: string; type: string; integrity: string; crossOrigin: string | null; nonce: string; batch: number }[];
  shiftSources: string[];
}

export type FrameWindow = Window &
  typeof globalThis & { __record: PageRecord; ISpeed?: import('../../src/loader/api.js').ISpeedApi };

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

type UrlPolicy = { createScriptURL(url: string): string };
const fixturePolicies = new WeakMap<Window, UrlPolicy>();

/** The fixtures' own Trusted Types policy, created once per page: the pages allow the name "fixture" once. */
export function fixturePolicy(win: Window): UrlPolicy {
  let policy = fixturePolicies.get(win);
  if (!policy) {
    policy = (
      win as unknown as { trustedTypes: { createPolicy(name: string, rules: object): UrlPolicy } }
    ).trustedTypes.createPolicy('fixture', {
      createScriptURL: (url: string) => url,
    });
    fixturePolicies.set(win, policy);
  }
  return policy;
}

/**
 * Adds a script to the page after it has painted, as a slow mobile link
 * would deliver it. The page enforces Trusted Types, so the URL goes
 * through a policy like any careful site's own code.
 */
export async function addScriptAfterPaint(win: FrameWindow, src: string): Promise<void> {
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 100));
  const script = win.document.createElement('script');
  script.src = fixturePolicy(win).createScriptURL(src);
  win.document.body.append(script);
}
