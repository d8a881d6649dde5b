import {organIds, procedureIds, techniqueIds, type OrganId, type ProcedureId, type TechniqueId} from '../content/types.js';
import {isOneOf} from './is-one-of.js';

// Whether an attribute's value names one of the content's procedures, organs or techniques.
export const isProcedureId = isOneOf<ProcedureId>(procedureIds);
export const isOrganId = isOneOf<OrganId>(organIds);
export const isTechniqueId = isOneOf<TechniqueId>(techniqueIds);
