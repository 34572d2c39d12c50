/**
 * Run twice, in browsers that present themselves as an iPhone and as an
 * Android phone (see the device groups in web-test-runner.config.mjs): the
 * widgets read the real navigator, with no platform attribute.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/npm/index.js';
import { part } from '../helpers/shadow.js';

const expected = /iPhone/.test(navigator.userAgent) ? 'ios' : /Android/.test(navigator.userAgent) ? 'android' : 'desktop';

describe(`a visitor on ${expected} (${navigator.userAgent.slice(0, 60)}…)`, () => {
  it('runs in a phone browser', () => {
    expect(expected).to.not.equal('desktop');
  });

  it('the guide opens on their platform\'s tab', async () => {
    const guide = await fixture<LitElement>(html`<ispeed-guide></ispeed-guide>`);
    await guide.updateComplete;
    expect(part(guide, '[aria-selected="true"]').id).to.equal(`tab-${expected}`);
  });

  it('the banner sends them to their store', async () => {
    const banner = await fixture<LitElement>(html`<ispeed-banner unit="xa-ea-kao"></ispeed-banner>`);
    await banner.updateComplete;
    const link = part(banner, 'a.cta') as HTMLAnchorElement;
    expect(link.href.startsWith(expected === 'android' ? 'https://play.google.com/' : 'https://speedtest.vn/')).to.equal(true);
  });

  it('the QR card leads with their store button', async () => {
    const card = await fixture(html`<ispeed-qr-card></ispeed-qr-card>`);
    await waitUntil(() => card.shadowRoot?.querySelector('.store'));
    expect(part(card, '.store').classList.contains('mine')).to.equal(true);
    expect(part(card, '.store').textContent).to.contain(expected === 'android' ? 'Android' : 'iPhone');
  });

  it('a sticky bar shows', async () => {
    const banner = await fixture<LitElement>(html`<ispeed-banner variant="sticky" dismiss-days="0"></ispeed-banner>`);
    await banner.updateComplete;
    expect(banner.shadowRoot!.querySelector('.frame')).to.not.equal(null);
  });
});
