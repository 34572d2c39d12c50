/** `import 'ispeed-widgets/guide'`: registers <ispeed-guide> only. */
import './esm-setup.js';

export { IspeedGuide } from '../widgets/guide/define.js';
