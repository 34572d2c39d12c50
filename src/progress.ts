/** `import 'ispeed-widgets/progress'`: registers <ispeed-progress> only. */
import './esm-setup.js';

export { IspeedProgress } from './components/progress/define.js';
