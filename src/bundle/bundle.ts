/**
 * dist/ispeed.bundle.js: the loader's behaviour with every widget inside, for
 * portals that can upload only one file or must not depend on a CDN.
 */
import '../widgets/banner/define.js';
import '../widgets/qr-card/define.js';
import '../widgets/guide/define.js';
import '../widgets/progress/define.js';
import * as scanCode from '../widgets/banner/scan-code.js';
import * as unitFigure from '../widgets/banner/unit-figure.js';
import { boot } from '../loader/boot.js';

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;

try {
  // Everything is here already; only the banner's figure and code are asked for by name.
  const byName: Record<string, unknown> = { 'unit-figure': unitFigure, 'scan-code': scanCode };
  boot(script, async (name) => byName[name]);
} catch (error) {
  console.warn('[ispeed-widgets] could not start; the fallback content stays.', error);
}
