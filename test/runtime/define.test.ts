import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/runtime/define.js';
import { captureWarnings } from '../helpers/console.js';

describe('defineElement', () => {
  it('defines a tag once', () => {
    class First extends HTMLElement {}
    defineElement('ispeed-test-once', First);
    expect(customElements.get('ispeed-test-once')).to.equal(First);
  });

  it('warns instead of throwing when another copy defined the tag first', async () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('ispeed-test-twice', First);
    const warnings = await captureWarnings(() => defineElement('ispeed-test-twice', Second));
    expect(customElements.get('ispeed-test-twice')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ispeed-test-twice> was already defined');
  });

  it('is silent when the same class is registered again', async () => {
    class Same extends HTMLElement {}
    defineElement('ispeed-test-same', Same);
    const warnings = await captureWarnings(() => defineElement('ispeed-test-same', Same));
    expect(warnings).to.deep.equal([]);
  });

  it('still throws for a programming error such as an invalid name', () => {
    class Bad extends HTMLElement {}
    expect(() => defineElement('NotValid', Bad)).to.throw(DOMException);
  });
});
