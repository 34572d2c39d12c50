/**
 * The keyed load the widgets use for what arrives later (artwork, the scan
 * code, a unit's figure, a guide, a progress file): a new key loads, the same
 * key does not, an answer for an old key is dropped, and a failure is a state.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LitElement, type PropertyValues } from 'lit';
import { KeyedLoad } from '../../src/ui/keyed-load.js';

type Answer = () => string | Promise<string>;

/** A promise the test settles by hand. */
function deferred(): { promise: Promise<string>; resolve: (value: string) => void; reject: (error: unknown) => void } {
  let resolve!: (value: string) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<string>((resolvePromise, rejectPromise) => {
    resolve = resolvePromise;
    reject = rejectPromise;
  });
  return { promise, resolve, reject };
}

/** An element that loads `answers[key]` for its `key`, and records each run and each render. */
class KeyedLoadHost extends LitElement {
  static override properties = { key: {} };
  declare key: string;
  readonly load = new KeyedLoad<string>(this);
  answers: Record<string, Answer> = {};
  readonly runs: string[] = [];
  readonly rendered: string[] = [];

  constructor() {
    super();
    this.key = 'a';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { key } = this;
    this.load.run(key, () => {
      this.runs.push(key);
      return this.answers[key]();
    });
  }

  protected override render(): string {
    const { state } = this.load;
    const shown = state.status === 'ready' ? state.value : state.status;
    this.rendered.push(shown);
    return shown;
  }
}
customElements.define('keyed-load-host', KeyedLoadHost);

async function mount(answers: Record<string, Answer>): Promise<KeyedLoadHost> {
  const element = document.createElement('keyed-load-host') as KeyedLoadHost;
  element.answers = answers;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const shown = (element: KeyedLoadHost) => element.shadowRoot!.textContent;

describe('KeyedLoad', () => {
  afterEach(() => document.querySelectorAll('keyed-load-host').forEach((element) => element.remove()));

  it('loads for the first key and renders the host again with the answer', async () => {
    const a = deferred();
    const element = await mount({ a: () => a.promise });
    expect(element.load.state).to.deep.equal({ status: 'loading' });
    expect(element.load.value).to.equal(undefined);
    expect(shown(element)).to.equal('loading');
    a.resolve('A');
    await waitUntil(() => shown(element) === 'A', 'the answer is rendered');
    expect(element.load.state).to.deep.equal({ status: 'ready', value: 'A' });
    expect(element.load.value).to.equal('A');
    expect(element.load.key).to.equal('a');
  });

  it('loads again when the key changes', async () => {
    const element = await mount({ a: () => 'A', b: () => 'B' });
    expect(shown(element)).to.equal('A');
    element.key = 'b';
    await element.updateComplete;
    expect(shown(element)).to.equal('B');
    expect(element.runs).to.deep.equal(['a', 'b']);
  });

  it('does not load again while the key stays the same', async () => {
    const a = deferred();
    const element = await mount({ a: () => a.promise });
    element.requestUpdate();
    await element.updateComplete;
    element.key = 'a';
    await element.updateComplete;
    a.resolve('A');
    await waitUntil(() => shown(element) === 'A', 'the answer is rendered');
    element.requestUpdate();
    await element.updateComplete;
    expect(element.runs).to.deep.equal(['a']);
    expect(shown(element)).to.equal('A');
  });

  it('drops an answer that arrives after the key changed', async () => {
    const a = deferred();
    const b = deferred();
    const element = await mount({ a: () => a.promise, b: () => b.promise });
    element.key = 'b';
    await element.updateComplete;
    // The old answer comes first, then the latest one.
    a.resolve('A');
    b.resolve('B');
    await waitUntil(() => shown(element) === 'B', 'the latest answer is rendered');
    expect(element.rendered).to.not.include('A');
    expect(element.load.value).to.equal('B');
    expect(element.runs).to.deep.equal(['a', 'b']);
  });

  it('drops an old failure too', async () => {
    const a = deferred();
    const b = deferred();
    const element = await mount({ a: () => a.promise, b: () => b.promise });
    element.key = 'b';
    await element.updateComplete;
    a.reject(new Error('too late'));
    b.resolve('B');
    await waitUntil(() => shown(element) === 'B', 'the latest answer is rendered');
    expect(element.rendered).to.not.include('failed');
  });

  it('reports a rejection as the failed state, and keeps it for the same key', async () => {
    const a = deferred();
    const error = new Error('HTTP 404');
    const element = await mount({ a: () => a.promise });
    a.reject(error);
    await waitUntil(() => shown(element) === 'failed', 'the failure is rendered');
    expect(element.load.state).to.deep.equal({ status: 'failed', error });
    expect(element.load.value).to.equal(undefined);
    element.requestUpdate();
    await element.updateComplete;
    expect(element.runs).to.deep.equal(['a']);
  });

  it('is ready at once for a plain value: no render shows it loading', async () => {
    const element = await mount({ a: () => 'A' });
    expect(element.rendered).to.deep.equal(['A']);
    expect(element.load.state).to.deep.equal({ status: 'ready', value: 'A' });
  });
});
