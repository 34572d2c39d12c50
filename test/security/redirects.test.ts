/**
 * Data fetches check where they ended up. An allowed host
 * with an open redirect must not hand a widget another host's file, even
 * when that host sends CORS headers (as an attacker's would).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/npm/guide.js';
import '../../src/npm/progress.js';
import { loadManifest } from '../../src/runtime/assets.js';
import { fetchJson } from '../../src/runtime/fetch-json.js';
import { captureWarnings } from '../helpers/console.js';
import { part } from '../helpers/shadow.js';

/** The same test server under its other name: another origin. */
const otherOrigin = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
const foreign = (path: string) => `${otherOrigin}/__cors${path}`;
const viaRedirect = (url: string) => `/__redirect?to=${encodeURIComponent(url)}`;

describe('data fetches and redirects', () => {
  it('can read the other origin directly (so the refusals below are about the redirect)', async () => {
    const result = await fetchJson(foreign('/test/fixtures/guides/department.json'), 3000);
    expect(result.ok).to.equal(true);
  });

  it('follows a redirect within the same origin', async () => {
    const result = await fetchJson(viaRedirect('/test/fixtures/guides/department.json'), 3000);
    expect(result.ok).to.equal(true);
  });

  it('refuses a guide that a redirect fetched from another host, and shows the built-in steps', async () => {
    const warnings = await captureWarnings(async (lines) => {
      const element = await fixture(
        html`<ispeed-guide platform="android" src=${viaRedirect(foreign('/test/fixtures/guides/department.json'))}></ispeed-guide>`,
      );
      await waitUntil(() => lines.some((line) => line.includes('could not be used')), 'the guide is refused', {
        timeout: 5000,
      });
      await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(part(element, '.title').textContent!.trim()).to.equal('Cài đặt i-Speed và bật chế độ đo tự động');
    });
    expect(warnings.filter((line) => line.includes('redirected to another host'))).to.have.length(1);
  });

  for (const file of ['/test/fixtures/progress/thang-11.json', '/test/fixtures/progress/so-lieu.csv']) {
    it(`refuses progress data (${file.split('.').pop()}) that a redirect fetched from another host`, async () => {
      const warnings = await captureWarnings(async (lines) => {
        const element = await fixture(
          html`<ispeed-progress unit="xa-ea-kao" src=${viaRedirect(foreign(file))}></ispeed-progress>`,
        );
        await waitUntil(
          () => lines.some((line) => line.includes('redirected to another host')),
          'the data is refused',
          { timeout: 5000 },
        );
        expect(element.shadowRoot!.textContent).to.not.match(/\d+\s*\/\s*300/);
      });
      expect(warnings.join('\n')).to.contain('redirected to another host');
    });
  }

  it('refuses an asset manifest that a redirect fetched from another host', async () => {
    const base = `/__redirect-to/${encodeURIComponent(foreign('/dist/assets'))}/`;
    const warnings = await captureWarnings(async () => {
      expect(await loadManifest(new URL(base, location.href).href, 3000)).to.equal(undefined);
    });
    expect(warnings.join('\n')).to.contain('redirected to another host');
  });
});
