import { defineElement } from '../../runtime/define.js';
import { IspeedConfigurator } from './configurator.js';

defineElement('ispeed-configurator', IspeedConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'ispeed-configurator': IspeedConfigurator;
  }
}

export { IspeedConfigurator };
