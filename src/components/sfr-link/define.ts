import {defineElement} from '../../internal/define-element.js';
import {CimoSfrLink} from './sfr-link.js';

defineElement('cimo-sfr-link', CimoSfrLink);

declare global {
  interface HTMLElementTagNameMap {
    'cimo-sfr-link': CimoSfrLink;
  }
}
