import type { ReactiveControllerHost } from 'lit';

/** Where a keyed load stands: not asked yet, waiting, its value, or why it failed. */
export type LoadState<T> =
  { status: 'idle' | 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

/**
 * A value that depends on some inputs and may take a while to come (a file,
 * a lazily loaded module), for the element that renders it. The key is the
 * inputs as one string: a new key starts a new load, the same key keeps what
 * there is, and an answer for a key that is no longer the latest is dropped,
 * so a slow old answer never replaces a newer one. A load that returns a
 * plain value, not a promise, is ready at once: no render shows it loading.
 *
 * The host calls `run` from `willUpdate`, where its inputs are known and in
 * the order its loads depend on each other, and renders again when an answer
 * arrives; no other lifecycle hook is needed.
 */
export class KeyedLoad<T> {
  state: LoadState<T> = { status: 'idle' };
  /** The key of the latest run. */
  key?: string;

  constructor(protected readonly host: ReactiveControllerHost) {}

  /** The value once ready, else undefined. */
  get value(): T | undefined {
    return this.state.status === 'ready' ? this.state.value : undefined;
  }

  /** Loads for `key` unless the latest run had the same key; a rejection becomes the `failed` state. */
  run(key: string, load: () => T | Promise<T>): void {
    if (key === this.key) return;
    this.key = key;
    const answer = load();
    if (!(answer instanceof Promise)) {
      this.state = { status: 'ready', value: answer };
      return;
    }
    this.state = { status: 'loading' };
    answer
      .then(
        (value): LoadState<T> => ({ status: 'ready', value }),
        (error: unknown): LoadState<T> => ({ status: 'failed', error }),
      )
      .then((state) => {
        // An answer for an older key is dropped: the latest run's answer will come.
        if (key !== this.key) return;
        this.state = state;
        this.host.requestUpdate();
      });
  }
}
