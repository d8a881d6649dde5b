// The whole library: importing it registers every element (this is the CDN entry point).
import './components/overview/define.js';
import './components/procedure/define.js';
import './components/risks/define.js';
import './components/sfr-link/define.js';

export {CimoOverview} from './components/overview/overview.js';
export {CimoProcedure, type OrganList, type TechniqueList} from './components/procedure/procedure.js';
export {CimoRisks} from './components/risks/risks.js';
export {
  CimoSfrLink,
  SFR_DEFAULT_HREF,
  type SfrLinkClickDetail,
  type SfrLinkClickEvent,
} from './components/sfr-link/sfr-link.js';
export type {OrganId, ProcedureId, TechniqueId} from './content/types.js';
export type {Theme} from './internal/cimo-element.js';
export type {HeadingLevel} from './internal/headed-element.js';
export {defineElement} from './internal/define-element.js';
export {getLocale, setLocale, LOCALE_CHANGE_EVENT, type Locale, type LocaleChangeEvent} from './internal/locale.js';
export {VERSION} from './version.js';
