/** `import 'ispeed-widgets/qr-card'`: registers <ispeed-qr-card> only. */
import './esm-setup.js';

export { IspeedQrCard } from '../widgets/qr-card/define.js';
