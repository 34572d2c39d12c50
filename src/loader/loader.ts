/**
 * dist/ispeed.js: the one tag a webmaster pastes. A classic script, so
 * `document.currentScript` (captured before anything async) gives its data-*
 * and its folder. It holds the API, the box reservation and the modules every
 * widget shares (provided-modules.ts), but no widget code: when the page first
 * uses an element, all the files it needs are requested at once from chunks/.
 */
import { boot } from './boot.js';
import { chunkLoader, type ChunkManifest } from './chunk-loader.js';
import { PROVIDED_MODULES } from './provided-modules.js';

declare const __ISPEED_CHUNKS__: ChunkManifest;

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;

try {
  const loadElement = chunkLoader(
    {
      base: new URL('chunks/', script?.src || document.baseURI).href,
      nonce: script?.nonce ?? '',
      crossOrigin: script?.getAttribute('crossorigin') ?? null,
      pinned: !!script?.integrity,
    },
    __ISPEED_CHUNKS__,
    PROVIDED_MODULES,
  );
  boot(script, loadElement);
} catch (error) {
  console.warn('[ispeed-widgets] could not start', error);
}
