import { defineElement } from '../../runtime/define.js';
import { IspeedBanner } from './banner.js';

defineElement('ispeed-banner', IspeedBanner);

declare global {
  interface HTMLElementTagNameMap {
    'ispeed-banner': IspeedBanner;
  }
}

export { IspeedBanner };
