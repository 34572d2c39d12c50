import { expect, fixture, html } from '@open-wc/testing';
import { readAttributes, readObject, resolveConfig, slugify } from '../../src/runtime/config.js';
import { sharedState } from '../../src/loader/shared-state.js';
import { captureWarnings } from '../helpers/console.js';

const defaults = { assetBase: 'https://cdn.example/assets/', platform: 'desktop' as const };
type Global = { ISpeedConfig?: unknown };

describe('configuration', () => {
  afterEach(() => {
    delete (window as Global).ISpeedConfig;
    sharedState().scriptConfig = {};
    sharedState().runtimeConfig = {};
  });

  it('uses the built-in defaults when nothing is set', async () => {
    const element = await fixture(html`<div></div>`);
    const config = resolveConfig(element, defaults);
    expect(config).to.deep.include({ lang: '', unit: '', theme: 'light', platform: 'desktop', dismissDays: 14 });
    expect(config.assetBase).to.equal('https://cdn.example/assets/');
    expect(config.links.android).to.contain('play.google.com');
  });

  it('ranks defaults < window.ISpeedConfig < script data-* < element attributes', async () => {
    const element = await fixture(html`<div></div>`);
    (window as Global).ISpeedConfig = {
      unit: 'from-global',
      theme: 'dark',
      lang: 'en',
      links: { ios: 'https://apps.apple.com/vn/app/id1' },
    };
    expect(resolveConfig(element, defaults)).to.deep.include({ unit: 'from-global', theme: 'dark', lang: 'en' });

    const script = document.createElement('script');
    script.setAttribute('data-unit', 'from-script');
    script.setAttribute('data-theme', 'brand');
    sharedState().scriptConfig = readAttributes(script, 'data-');
    expect(resolveConfig(element, defaults)).to.deep.include({ unit: 'from-script', theme: 'brand', lang: 'en' });

    element.setAttribute('unit', 'from-element');
    const config = resolveConfig(element, defaults);
    expect(config).to.deep.include({ unit: 'from-element', theme: 'brand', lang: 'en' });
    // Links merge key by key: the global iOS link stays, the others keep their defaults.
    expect(config.links.ios).to.equal('https://apps.apple.com/vn/app/id1');
    expect(config.links.web).to.equal('https://speedtest.vn');
  });

  it('lets ISpeed.config() values stand with window.ISpeedConfig, over it', async () => {
    const element = await fixture(html`<div></div>`);
    (window as Global).ISpeedConfig = { unit: 'global', theme: 'dark' };
    sharedState().runtimeConfig = readObject({ unit: 'runtime' }, 'ISpeed.config()');
    expect(resolveConfig(element, defaults)).to.deep.include({ unit: 'runtime', theme: 'dark' });
  });

  it('ignores a bad value at one layer and falls to the layer below, with one warning', async () => {
    const element = await fixture(html`<div theme="neon" links-android="javascript:alert(1)"></div>`);
    (window as Global).ISpeedConfig = { theme: 'dark' };
    let config!: ReturnType<typeof resolveConfig>;
    const warnings = await captureWarnings(() => {
      config = resolveConfig(element, defaults);
      resolveConfig(element, defaults);
    });
    expect(config.theme).to.equal('dark');
    expect(config.links.android).to.contain('play.google.com');
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('<div theme>').and.contain('"neon"');
  });

  it('survives a window.ISpeedConfig whose getter throws, keeping its other keys', async () => {
    const element = await fixture(html`<div></div>`);
    (window as Global).ISpeedConfig = {
      get unit(): string {
        throw new Error('broken getter');
      },
      theme: 'dark',
    };
    let config!: ReturnType<typeof resolveConfig>;
    const warnings = await captureWarnings(() => (config = resolveConfig(element, defaults)));
    expect(config.unit).to.equal('');
    expect(config.theme).to.equal('dark');
    expect(warnings[0]).to.contain('window.ISpeedConfig.unit could not be read').and.contain('broken getter');
  });

  it('drops only an odd key (constructor, toString, __proto__) or an unreadable value, with a note each', async () => {
    const element = await fixture(html`<div></div>`);
    for (const odd of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      // JSON.parse makes `__proto__` an own key, as a Department's JSON file would.
      (window as Global).ISpeedConfig = JSON.parse(
        `{"${odd}": {"unit": "x"}, "unit": "xa-ea-kao", "theme": "dark", "links": {"${odd}": "https://a.example/", "ios": "https://apps.apple.com/vn/app/id1"}}`,
      );
      let config!: ReturnType<typeof resolveConfig>;
      const warnings = await captureWarnings(() => (config = resolveConfig(element, defaults)));
      expect(config, odd).to.deep.include({ unit: 'xa-ea-kao', theme: 'dark' });
      expect(config.links.ios, odd).to.equal('https://apps.apple.com/vn/app/id1');
      expect(warnings.join('\n'), odd)
        .to.contain(`window.ISpeedConfig.${odd} is not a known setting`)
        .and.contain(`window.ISpeedConfig.links.${odd} is not a known link`);
    }
    // Values no string can be made of: a BigInt, an object that refuses to be text, a loop.
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    (window as Global).ISpeedConfig = {
      lang: 10n,
      theme: {
        toString: null,
        toJSON: () => {
          throw new Error('no');
        },
      },
      progressSrc: loop,
      unit: 'xa-ea-kao',
      dismissDays: 7,
    };
    let config!: ReturnType<typeof resolveConfig>;
    const warnings = await captureWarnings(() => (config = resolveConfig(element, defaults)));
    expect(config).to.deep.include({ unit: 'xa-ea-kao', dismissDays: 7 });
    expect(warnings.join('\n'))
      .to.contain('window.ISpeedConfig.lang')
      .and.not.contain('window.ISpeedConfig could not be read');
  });

  it('reads links-* and data-links-* attributes', async () => {
    const element = await fixture(
      html`<div links-android="https://play.google.com/store/apps/details?id=vn.vnnic.ispeed"></div>`,
    );
    expect(readAttributes(element).links).to.deep.equal({
      android: 'https://play.google.com/store/apps/details?id=vn.vnnic.ispeed',
    });
    const script = document.createElement('script');
    script.setAttribute('data-links-web', 'https://i-speed.vn');
    script.setAttribute('data-asset-base', 'https://portal.example/ispeed/assets');
    expect(readAttributes(script, 'data-')).to.deep.equal({
      links: { web: 'https://i-speed.vn/' },
      assetBase: 'https://portal.example/ispeed/assets/',
    });
  });

  it('warns about unknown and malformed keys in a config object', async () => {
    const warnings = await captureWarnings(() => {
      expect(readObject('unit=x', 'window.ISpeedConfig')).to.deep.equal({});
      expect(
        readObject({ colour: 'red', links: { facebook: 'https://fb.com' }, dismissDays: -3 }, 'window.ISpeedConfig'),
      ).to.deep.equal({});
    });
    expect(warnings.join('\n'))
      .to.contain('must be an object')
      .and.contain('colour')
      .and.contain('facebook')
      .and.contain('dismissDays');
  });

  it('turns a unit name into a code, and says so', async () => {
    expect(slugify('Xã Ea Kao')).to.equal('xa-ea-kao');
    expect(slugify('Phường Tân Lợi – TP. Buôn Ma Thuột')).to.equal('phuong-tan-loi-tp-buon-ma-thuot');
    expect(slugify('Đắk Lắk')).to.equal('dak-lak');
    const element = await fixture(html`<div unit="Xã Ea Kao"></div>`);
    const warnings = await captureWarnings(() => expect(readAttributes(element).unit).to.equal('xa-ea-kao'));
    expect(warnings[0]).to.contain('"xa-ea-kao"');
  });

  it('drops a huge unit string instead of carrying it into links', async () => {
    const element = await fixture(html`<div></div>`);
    element.setAttribute('unit', 'x'.repeat(100000));
    const warnings = await captureWarnings(() => expect(readAttributes(element).unit).to.equal(undefined));
    expect(warnings[0]).to.contain('100000 characters');
  });

  it('keeps "auto" where it is a value (theme) and reads it as "detect" where it is not (platform)', async () => {
    const element = await fixture(html`<div theme="auto" platform="auto"></div>`);
    expect(readAttributes(element)).to.deep.equal({ theme: 'auto' });
    expect(resolveConfig(element, defaults)).to.deep.include({ theme: 'auto', platform: 'desktop' });
  });

  it('reads the progress file under its one name, progressSrc, and the older "progress" with a note', async () => {
    const element = await fixture(html`<div></div>`);
    expect(readObject({ progressSrc: 'https://so.example/a.json' }, 'window.ISpeedConfig')).to.deep.equal({
      progressSrc: 'https://so.example/a.json',
    });
    (window as Global).ISpeedConfig = { progress: 'https://so.example/b.json' };
    const warnings = await captureWarnings(() =>
      expect(resolveConfig(element, defaults).progressSrc).to.equal('https://so.example/b.json'),
    );
    expect(warnings.join('\n')).to.contain('"progress" is now called "progressSrc"');
    expect(
      readObject(
        { progressSrc: 'https://so.example/new.json', progress: 'https://so.example/old.json' },
        'window.ISpeedConfig',
      ),
      'the current name wins over an older one beside it',
    ).to.deep.equal({ progressSrc: 'https://so.example/new.json' });
    element.setAttribute('progress-src', 'https://so.example/c.json');
    expect(resolveConfig(element, defaults).progressSrc).to.equal('https://so.example/c.json');
  });
});
