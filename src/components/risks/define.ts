import {defineElement} from '../../internal/define-element.js';
import {CimoRisks} from './risks.js';

defineElement('cimo-risks', CimoRisks);

declare global {
  interface HTMLElementTagNameMap {
    'cimo-risks': CimoRisks;
  }
}
