import { expect, fixture, html } from '@open-wc/testing';
import { resolveLanguage, translator } from '../../src/runtime/i18n.js';
import { addTranslations } from '../../src/runtime/translations.js';
import { translatorOf } from '../../src/runtime/translate.js';
import en from '../../src/runtime/locales/en.json';
import vi from '../../src/runtime/locales/vi.json';
import { captureWarnings } from '../helpers/console.js';
import guideEn from '../../src/widgets/guide/locales/en.json';
import guideVi from '../../src/widgets/guide/locales/vi.json';
import progressEn from '../../src/widgets/progress/locales/en.json';
import progressVi from '../../src/widgets/progress/locales/vi.json';
import '../../src/widgets/guide/guide.js';
import '../../src/widgets/progress/progress.js';

/** A word with a placeholder named like an inherited property. */
const translatorOfValues = () => translatorOf([{ vi: { w: '{{constructor}}' } }], 'vi')('w', { count: 1 });

function keys(object: object, prefix = ''): string[] {
  return Object.entries(object).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('language resolution', () => {
  let htmlLang: string;
  beforeEach(() => (htmlLang = document.documentElement.lang));
  afterEach(() => (document.documentElement.lang = htmlLang));

  it("takes the element's own lang first", async () => {
    const element = await fixture(html`<section lang="vi"><span lang="en"></span></section>`);
    expect(resolveLanguage(element.firstElementChild!, 'en')).to.equal('en');
  });

  it('then the nearest ancestor with lang, then <html lang>, then Vietnamese', async () => {
    const element = await fixture(html`<section lang="en-GB"><div><span></span></div></section>`);
    const span = element.querySelector('span')!;
    expect(resolveLanguage(span, '')).to.equal('en');
    element.removeAttribute('lang');
    document.documentElement.lang = 'en';
    expect(resolveLanguage(span, '')).to.equal('en');
    document.documentElement.lang = '';
    expect(resolveLanguage(span, '')).to.equal('vi');
  });

  it('skips a page language it has no words for, without a warning', async () => {
    document.documentElement.lang = 'fr';
    const element = await fixture(html`<span></span>`);
    const warnings = await captureWarnings(() => expect(resolveLanguage(element, '')).to.equal('vi'));
    expect(warnings).to.deep.equal([]);
  });

  it('warns when a webmaster asks for a language it has no words for', async () => {
    document.documentElement.lang = '';
    const element = await fixture(html`<span></span>`);
    const warnings = await captureWarnings(() => expect(resolveLanguage(element, 'fr')).to.equal('vi'));
    expect(warnings[0]).to.contain('no translations for language "fr"');
  });

  it('finds the lang of a host across a shadow root', async () => {
    const host = await fixture(html`<div lang="en"></div>`);
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    expect(resolveLanguage(inner, '')).to.equal('en');
  });
});

describe('translations', () => {
  it('ship the same keys in Vietnamese and English, none empty', () => {
    expect(keys(en)).to.deep.equal(keys(vi));
    for (const key of keys(vi)) {
      const text = translator('vi')(key);
      expect(text.length, key).to.be.greaterThan(0);
      expect(text, key).to.not.equal(key);
    }
  });

  it("ship each widget's own words (guide, progress) in both languages, with its code", () => {
    for (const [ownVi, ownEn] of [
      [guideVi, guideEn],
      [progressVi, progressEn],
    ] as const) {
      expect(keys(ownEn)).to.deep.equal(keys(ownVi));
      for (const key of keys(ownVi)) {
        expect(Object.keys(vi), 'not also in the shared words').to.not.include(key.split('.')[0]);
        for (const lang of ['vi', 'en']) {
          const text = translator(lang)(key);
          expect(text, key).to.not.equal(key);
          expect(text.normalize('NFC'), key).to.equal(text);
        }
      }
    }
  });

  it('are Vietnamese with full diacritics, in NFC', () => {
    expect(vi.banner.headline).to.equal('Đo tốc độ Internet với i-Speed');
    for (const key of keys(vi)) {
      const text = translator('vi')(key);
      expect(text.normalize('NFC'), key).to.equal(text);
    }
  });

  it('accept a language added at run time, falling back to Vietnamese for missing strings', () => {
    expect(addTranslations('ede', { banner: { cta: 'Mă ứng dụng' } })).to.equal(true);
    const t = translator('ede');
    expect(t('banner.cta')).to.equal('Mă ứng dụng');
    expect(t('banner.headline')).to.equal(vi.banner.headline);
  });

  it('take words under keys such as __proto__ and constructor as words, and drop only what cannot be read', async () => {
    const words = JSON.parse(
      '{"__proto__": {"banner": {"cta": "polluted"}}, "constructor": "Từ", "banner": {"toString": "x", "cta": "Tải ứng dụng"}}',
    );
    Object.defineProperty(words.banner, 'headline', {
      enumerable: true,
      get() {
        throw new Error('broken getter');
      },
    });
    const warnings = await captureWarnings(() => expect(addTranslations('ede', words)).to.equal(true));
    const t = translator('ede');
    expect(t('banner.cta')).to.equal('Tải ứng dụng');
    expect(t('constructor')).to.equal('Từ');
    expect(t('banner.toString')).to.equal('x');
    // Not a prototype: no lookup reaches the words under "__proto__" by inheritance.
    expect(translator('ede')('banner.cta')).to.not.equal('polluted');
    expect(t('hasOwnProperty'), 'nothing inherited').to.equal('hasOwnProperty');
    expect(warnings.join('\n')).to.contain('banner.headline could not be read');
    // A placeholder is filled from the values' own keys only.
    expect(translatorOfValues()).to.equal('{{constructor}}');
  });

  it('survive a translations object that refers to itself', async () => {
    const loop: Record<string, unknown> = { banner: { cta: 'Vòng lặp' } };
    loop.self = loop;
    let added = false;
    const warnings = await captureWarnings(() => (added = addTranslations('lp', loop)));
    expect(added).to.equal(true);
    expect(translator('lp')('banner.cta')).to.equal('Vòng lặp');
    expect(warnings.join('\n')).to.contain('nest deeper than');
  });

  it('keep only strings, cut huge ones, and refuse bad codes', async () => {
    const warnings = await captureWarnings(() => {
      expect(addTranslations('mnong', 'not an object')).to.equal(false);
      expect(addTranslations('not a code!', {})).to.equal(false);
      expect(addTranslations('mnc', { banner: { cta: 'x'.repeat(5000), weird: 42 } })).to.equal(true);
    });
    expect(translator('mnc')('banner.cta')).to.have.length(1000);
    expect(warnings.join('\n'))
      .to.contain('must be an object')
      .and.contain('not a language code')
      .and.contain('longer than 1000');
  });
});

describe('the translator', () => {
  it('fills {{placeholders}}, leaves unknown ones visible, and picks plural forms by count', () => {
    expect(
      addTranslations('xpl', {
        demo: {
          items: '{{count}} mục',
          items_one: 'một mục',
          items_other: '{{count}} mục',
          hello: 'Chào {{ name }} {{missing}}',
        },
      }),
    ).to.equal(true);
    const t = translator('xpl');
    expect(t('demo.hello', { name: 'Ea Kao' })).to.equal('Chào Ea Kao {{missing}}');
    expect(t('demo.items', { count: 1 })).to.equal('một mục');
    expect(t('demo.items', { count: 5 })).to.equal('5 mục');
  });

  it('falls back to Vietnamese for a missing key, and shows the key when no language has it', () => {
    const t = translator('xpl');
    expect(t('banner.cta')).to.equal(translator('vi')('banner.cta'));
    expect(t('no.such.key')).to.equal('no.such.key');
  });
});
