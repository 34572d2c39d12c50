/**
 * dist/ispeed.bundle.js: the loader's behaviour with every widget inside, for
 * portals that can upload only one file or must not depend on a CDN.
 */
import '../components/banner/define.js';
import '../components/qr-card/define.js';
import '../components/guide/define.js';
import '../components/progress/define.js';
import * as unitFigure from '../components/banner/unit-figure.js';
import { boot } from '../core/boot.js';

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;

try {
  // Everything is here already; only the banner's figure is asked for by name.
  boot(script, async (name) => (name === 'unit-figure' ? unitFigure : undefined));
} catch (error) {
  console.warn('[ispeed-widgets] could not start; the fallback content stays.', error);
}
