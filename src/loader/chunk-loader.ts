import { trustedTypesPolicy } from './trusted-types.js';

/** What the build tells the loader (build/build.mjs): each widget's files, dependencies first, and their sha384. */
export interface ChunkManifest {
  files: Record<string, string[]>;
  integrity: Record<string, string>;
}

type Factory = (require: (id: string) => unknown, module: { exports: unknown }, exports: unknown) => void;

/** Where each chunk's script registers its factory (see classicChunks in build/classic-chunks.mjs). */
const REGISTRY = Symbol.for('ispeed-widgets.chunks');
const EXPORTS = Symbol.for('ispeed-widgets.chunk-exports');
const PROVIDED = 'ispeed:';

/** How the pasted tag asked to be loaded, so every chunk is loaded the same way. */
export interface LoaderTag {
  base: string;
  nonce: string;
  /** Present when the pasted tag has `integrity`: chunks are then pinned by their own hash. */
  crossOrigin: string | null;
  pinned: boolean;
}

/**
 * Loads widget code as classic scripts beside the loader: `<script src>`
 * needs no CORS (import() and type=module always do), passes a strict
 * `script-src <host>` and `strict-dynamic` (trust flows to scripts a trusted
 * script adds, and the nonce is copied for CSPs without it), and its URL goes
 * through the `ispeed-widgets` Trusted Types policy. Every file a widget needs
 * is requested at once; their code runs once all have arrived.
 */
export function chunkLoader(
  tag: LoaderTag,
  manifest: ChunkManifest,
  provided: readonly unknown[],
): (name: string) => Promise<unknown> {
  const holder = globalThis as unknown as Record<symbol, Record<string, Factory | { exports: unknown }>>;
  const factories = (holder[REGISTRY] ??= {}) as Record<string, Factory>;
  // Shared by every copy of the loader, so code that already ran is never run twice.
  const modules = (holder[EXPORTS] ??= {}) as Record<string, { exports: unknown }>;
  const loads: Record<string, Promise<void>> = {};

  const url = (file: string) => new URL(file, tag.base).href;

  function load(file: string): Promise<void> {
    return (loads[file] ??= factories[file]
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          const script = document.createElement('script');
          script.nonce = tag.nonce;
          if (tag.pinned) script.integrity = manifest.integrity[file];
          if (tag.crossOrigin !== null) script.crossOrigin = tag.crossOrigin;
          script.onload = () => {
            script.remove();
            if (factories[file]) resolve();
            else reject(new Error(`${url(file)} is not a chunk`));
          };
          script.onerror = () => {
            script.remove();
            delete loads[file];
            reject(new Error(`${url(file)} did not load`));
          };
          const policy = trustedTypesPolicy();
          script.src = (policy ? policy.createScriptURL(url(file)) : url(file)) as string;
          (document.head ?? document.documentElement).append(script);
        }));
  }

  function requireModule(id: string): unknown {
    if (id.startsWith(PROVIDED)) return provided[+id.slice(PROVIDED.length)];
    const file = id.replace(/^\.\//, '');
    let module = modules[file];
    if (!module) {
      module = modules[file] = { exports: {} };
      factories[file](requireModule, module, module.exports);
    }
    return module.exports;
  }

  return async (name) => {
    const files = manifest.files[name];
    if (!files) throw new Error(`no code for ${name}`);
    await Promise.all(files.map(load));
    return requireModule(files[files.length - 1]);
  };
}
