import { defineElement } from '../../runtime/define.js';
import { IspeedQrCard } from './qr-card.js';

defineElement('ispeed-qr-card', IspeedQrCard);

declare global {
  interface HTMLElementTagNameMap {
    'ispeed-qr-card': IspeedQrCard;
  }
}

export { IspeedQrCard };
