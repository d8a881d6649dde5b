import {defineElement} from '../../internal/define-element.js';
import {CimoOverview} from './overview.js';

defineElement('cimo-overview', CimoOverview);

declare global {
  interface HTMLElementTagNameMap {
    'cimo-overview': CimoOverview;
  }
}
