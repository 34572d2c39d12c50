/**
 * The widgets' Trusted Types policy is on `globalThis`, where every copy of the
 * library finds it (the loader, the bundle and their chunks share the one name
 * a strict allowlist permits). Any script on the portal can reach it too, so
 * it must vouch for nothing that script chooses: a hostile page script
 * (test/pages/cdn/trusted-types-abuse.js) tries, under the strict CSP with a
 * Trusted Types allowlist, while every widget still renders.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { closePages, openPage, rendered, type FrameWindow } from '../helpers/frame.js';

type AbuseWindow = FrameWindow & { __abuse: Record<string, string | boolean>; __pwned?: number };

describe("the widgets' Trusted Types policy, seen from a hostile page script", () => {
  afterEach(closePages);

  it('turns none of its strings into TrustedHTML or TrustedScriptURL, and cannot be replaced', async () => {
    const win = (await openPage('/test/pages/cdn/trusted-types-abuse.html')) as AbuseWindow;
    await rendered(win, 1);
    await waitUntil(() => win.__abuse?.done, 'the page script ran', { timeout: 8000 });
    const results = win.__abuse;
    expect(results.hasPolicy).to.equal(true);
    for (const attempt of [
      'html: event handler',
      'html: script',
      'html: srcdoc',
      'html: javascript link',
      'html: base',
      'script: another host',
      'script: another port of the same host',
      'script: a page, not a script',
      'script: not a .js file',
      'script: after moving the shared folder',
    ]) {
      expect(String(results[attempt]), attempt).to.match(/^refused: /);
    }
    expect(results.replaced, 'the shared policy is read-only').to.equal(false);
    expect(results['html: a template of ours']).to.equal('trusted');
    expect(results['script: a chunk of ours']).to.equal('trusted');
    expect(win.__pwned).to.equal(undefined);
  });

  it('still serves every widget on that page: templates, chunks and the QR code', async () => {
    const win = (await openPage('/test/pages/cdn/trusted-types-abuse.html')) as AbuseWindow;
    await rendered(win, 1);
    for (const [selector, ready] of [
      ['ispeed-qr-card', 'svg'],
      ['ispeed-guide', '[role="tablist"]'],
    ]) {
      await waitUntil(() => win.document.querySelector(selector)?.shadowRoot?.querySelector(ready), selector, {
        timeout: 8000,
      });
    }
    const violations = win.__record.violations.filter((violation) => !violation.includes('__web-dev-server__'));
    expect(violations, 'CSP violations').to.deep.equal([]);
    expect(win.__record.errors, 'errors').to.deep.equal([]);
  });
});
