import { defineElement } from '../../runtime/define.js';
import { IspeedGuide } from './guide.js';

defineElement('ispeed-guide', IspeedGuide);

declare global {
  interface HTMLElementTagNameMap {
    'ispeed-guide': IspeedGuide;
  }
}

export { IspeedGuide };
