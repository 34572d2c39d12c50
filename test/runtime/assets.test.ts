import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import manifestFile from '../../assets/manifest.json';
import '../../src/npm/banner.js';
import { findBanner, loadManifest, validateManifest, type AssetManifest } from '../../src/runtime/assets.js';
import { sharedState } from '../../src/loader/shared-state.js';
import { defaultAssetBase } from '../../src/ui/widget-element.js';
import { FIXED_SIZES } from '../helpers/banner-sizes.js';
import { captureWarnings } from '../helpers/console.js';

const good = () => JSON.parse(JSON.stringify(manifestFile)) as AssetManifest;

describe('asset manifest', () => {
  it("accepts the project's own manifest, which lists every banner size in both languages", () => {
    const manifest = validateManifest(good());
    expect(typeof manifest).to.equal('object');
    for (const size of FIXED_SIZES) {
      for (const lang of ['vi', 'en'])
        expect(findBanner(manifest as AssetManifest, size, lang)?.file).to.equal(`banner-${size}-${lang}.svg`);
    }
  });

  /** A manifest as a test may break it: any field, any entry. */
  type Loose = Record<string, unknown> & { assets: Record<string, unknown>[] };
  const bad: [string, (m: Loose) => unknown, string][] = [
    ['not an object', () => 'manifest', 'not a JSON object'],
    ['another schema', (m) => ({ ...m, schema: 'other' }), 'schema is not'],
    ['a future version', (m) => ({ ...m, version: 2 }), 'version 2 is not supported'],
    ['assets not a list', (m) => ({ ...m, assets: {} }), 'assets is not a list'],
    ['an unknown kind', (m) => ((m.assets[0].kind = 'video'), m), 'assets[0].kind "video"'],
    [
      'a "../" file',
      (m) => ((m.assets[1].file = '../secret.svg'), m),
      'assets[1].file is not a plain relative file name',
    ],
    [
      'an absolute file',
      (m) => ((m.assets[1].file = '/etc/x.svg'), m),
      'assets[1].file is not a plain relative file name',
    ],
    ['a URL as file', (m) => ((m.assets[1].file = 'https://evil.example/x.svg'), m), 'assets[1].file'],
    ['a missing width', (m) => (delete m.assets[2].width, m), 'assets[2].width is not a positive whole number'],
    ['alt that is not text', (m) => ((m.assets[2].alt = { vi: 5 }), m), 'assets[2].alt is not an object of strings'],
  ];
  for (const [what, change, reason] of bad) {
    it(`refuses ${what}`, () => {
      expect(validateManifest(change(good() as unknown as Loose))).to.contain(reason);
    });
  }

  it('accepts a PDF document without a pixel size', () => {
    const manifest = good();
    manifest.assets.push({ kind: 'document', file: 'ap-phich.pdf' });
    expect(typeof validateManifest(manifest)).to.equal('object');
  });

  it('gives up on a slow asset host after the timeout, with one warning naming it', async () => {
    let result: unknown = 'pending';
    const warnings = await captureWarnings(async () => {
      result = await loadManifest(new URL('/__slow/3000/assets/', location.href).href, 200);
    });
    expect(result).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('/__slow/3000/assets/manifest.json').and.contain('no answer within 200 ms');
  });
});

describe('asset base', () => {
  it('defaults to the assets/ folder beside the loaded script', () => {
    expect(defaultAssetBase()).to.equal(new URL('assets/', sharedState().scriptBase).href);
  });

  it("ranks the element's asset-base over data-asset-base over ISpeedConfig.assetBase", async () => {
    const requested = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.endsWith('/manifest.json'));
    (window as { ISpeedConfig?: unknown }).ISpeedConfig = { assetBase: '/from-global/' };
    try {
      await captureWarnings(async () => {
        await fixture(html`<ispeed-banner variant="image"></ispeed-banner>`);
        await waitUntil(() => requested().some((url) => url.includes('/from-global/')), 'the global base is used');
        sharedState().scriptConfig = { assetBase: new URL('/from-script/', location.href).href };
        await fixture(html`<ispeed-banner variant="image"></ispeed-banner>`);
        await waitUntil(() => requested().some((url) => url.includes('/from-script/')), "the script tag's base wins");
        await fixture(html`<ispeed-banner variant="image" asset-base="/from-element/"></ispeed-banner>`);
        await waitUntil(() => requested().some((url) => url.includes('/from-element/')), "the element's base wins");
      });
    } finally {
      delete (window as { ISpeedConfig?: unknown }).ISpeedConfig;
      sharedState().scriptConfig = {};
    }
  });

  it('uses a folder made by `assets pull` as it is', async () => {
    const element = await fixture(
      html`<ispeed-banner variant="image" size="728x90" asset-base="/test/.generated/pulled/"></ispeed-banner>`,
    );
    await waitUntil(
      () => element.shadowRoot!.querySelector('.loaded'),
      'the pulled artwork shows (run the CLI tests first: npm test does)',
      {
        timeout: 5000,
      },
    );
    const image = element.shadowRoot!.querySelector('img')!;
    expect(new URL(image.src).pathname).to.equal('/test/.generated/pulled/banner-728x90.png');
    expect(image.srcset).to.contain('/test/.generated/pulled/banner-728x90-2x.png 2x');
    expect(image.alt).to.contain('Băng rôn i-Speed 728x90');
  });
});
