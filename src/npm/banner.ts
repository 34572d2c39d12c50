/** `import 'ispeed-widgets/banner'`: registers <ispeed-banner> only. */
import './esm-setup.js';

export { IspeedBanner } from '../widgets/banner/define.js';
