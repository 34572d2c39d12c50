/** `import 'ispeed-widgets'`: registers every element and installs `window.ISpeed`. */
import './esm-setup.js';

export { IspeedBanner } from './components/banner/define.js';
export { IspeedQrCard } from './components/qr-card/define.js';
export { IspeedGuide } from './components/guide/define.js';
export { IspeedProgress } from './components/progress/define.js';
export { detectPlatform } from './core/platform.js';
export { DEFAULT_LINKS, withAttribution } from './core/links.js';
export type { ISpeedApi, RenderOptions } from './core/api.js';
export type { WidgetConfig, ResolvedConfig, Theme, Platform, Links } from './core/config-types.js';
