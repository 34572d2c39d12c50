/**
 * For ES module users (npm, bundlers): artwork defaults to the package's
 * assets/ folder, found from this module's own URL, and `window.ISpeed` is
 * installed as with the script tag. The loader and bundle set their base
 * from their script tag first, which wins.
 */
import { installApi } from '../loader/api.js';
import { sharedState } from '../loader/shared-state.js';

declare const __ISPEED_PACKAGE_ROOT__: string | undefined;
/** The package's folder seen from this module: set by the build for dist/esm/; from source, src/npm/ is two levels down. */
const PACKAGE_ROOT = typeof __ISPEED_PACKAGE_ROOT__ === 'string' ? __ISPEED_PACKAGE_ROOT__ : '../../';

const state = sharedState();
if (!state.scriptBase) {
  state.scriptBase = new URL(/* @vite-ignore */ PACKAGE_ROOT, import.meta.url).href;
  // A bundler moves the code: no smart link page is known to sit beside it.
  state.scriptBaseFromModule = true;
}
// Elements another element needs on demand (the banner's QR dialog needs the QR card).
const lazyElements: Record<string, () => Promise<unknown>> = {
  'ispeed-banner': () => import('../widgets/banner/define.js'),
  'ispeed-qr-card': () => import('../widgets/qr-card/define.js'),
  'ispeed-guide': () => import('../widgets/guide/define.js'),
  'ispeed-progress': () => import('../widgets/progress/define.js'),
  'unit-figure': () => import('../widgets/banner/unit-figure.js'),
  'scan-code': () => import('../widgets/banner/scan-code.js'),
};
state.loadElement ??= async (name) => lazyElements[name]?.();
installApi();
