/** `import 'ispeed-widgets/progress'`: registers <ispeed-progress> only. */
import './esm-setup.js';

export { IspeedProgress } from '../widgets/progress/define.js';
