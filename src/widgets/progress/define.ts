import { defineElement } from '../../runtime/define.js';
import { IspeedProgress } from './progress.js';

defineElement('ispeed-progress', IspeedProgress);

declare global {
  interface HTMLElementTagNameMap {
    'ispeed-progress': IspeedProgress;
  }
}

export { IspeedProgress };
