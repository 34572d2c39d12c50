/**
 * For ES module users (npm, bundlers): artwork defaults to the package's
 * assets/ folder, found from this module's own URL, and `window.ISpeed` is
 * installed as with the script tag. The loader and bundle set their base
 * from their script tag first, which wins.
 */
import { installApi } from './core/api.js';
import { sharedState } from './core/shared-state.js';

const state = sharedState();
state.scriptBase ??= new URL(/* @vite-ignore */ '../', import.meta.url).href;
// Elements another element needs on demand (the banner's QR dialog needs the QR card).
const lazyElements: Record<string, () => Promise<unknown>> = {
  'ispeed-banner': () => import('./components/banner/define.js'),
  'ispeed-qr-card': () => import('./components/qr-card/define.js'),
  'ispeed-guide': () => import('./components/guide/define.js'),
  'ispeed-progress': () => import('./components/progress/define.js'),
  'unit-figure': () => import('./components/banner/unit-figure.js'),
  'scan-code': () => import('./components/banner/scan-code.js'),
};
state.loadElement ??= async (name) => lazyElements[name]?.();
installApi();
