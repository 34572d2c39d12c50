/** `import 'ispeed-widgets/banner'`: registers <ispeed-banner> only. */
import './esm-setup.js';

export { IspeedBanner } from './components/banner/define.js';
