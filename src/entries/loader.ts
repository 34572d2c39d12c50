/**
 * dist/ispeed.js: the one tag a webmaster pastes. A classic script, so
 * `document.currentScript` (captured before anything async) gives its data-*
 * and its folder. It holds no widget code: each element's chunk is imported
 * from chunks/ beside it when the page first uses that element.
 */
import { boot } from '../core/boot.js';
import { VERSION } from '../core/version.js';
import { WIDGET_CHUNKS } from '../core/widgets.js';

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
const ownBase = new URL('./', script?.src || document.baseURI).href;

async function loadChunk(tag: string): Promise<void> {
  await import(/* @vite-ignore */ `${ownBase}chunks/${WIDGET_CHUNKS[tag]}.js?v=${VERSION}`);
}

try {
  boot(script, loadChunk);
} catch (error) {
  console.warn('[ispeed-widgets] could not start; the fallback content stays.', error);
}
