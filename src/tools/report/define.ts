import { defineElement } from '../../runtime/define.js';
import { IspeedReport } from './report.js';

defineElement('ispeed-report', IspeedReport);

declare global {
  interface HTMLElementTagNameMap {
    'ispeed-report': IspeedReport;
  }
}

export { IspeedReport };
