/** `import 'ispeed-widgets'`: registers every element and installs `window.ISpeed`. */
import './esm-setup.js';

export { IspeedBanner } from '../widgets/banner/define.js';
export { IspeedQrCard } from '../widgets/qr-card/define.js';
export { IspeedGuide } from '../widgets/guide/define.js';
export { IspeedProgress } from '../widgets/progress/define.js';
export { detectPlatform } from '../runtime/platform.js';
export { DEFAULT_LINKS, withAttribution } from '../runtime/links.js';
export type { ISpeedApi, RenderOptions } from '../loader/api.js';
export type { WidgetConfig, ResolvedConfig, Theme, Platform, Links } from '../registry/config-types.js';
