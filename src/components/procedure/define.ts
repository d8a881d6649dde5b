import {defineElement} from '../../internal/define-element.js';
import {CimoProcedure} from './procedure.js';

defineElement('cimo-procedure', CimoProcedure);

declare global {
  interface HTMLElementTagNameMap {
    'cimo-procedure': CimoProcedure;
  }
}
