import {msg, str} from '@lit/localize';
import {procedureIds} from '../content/types.js';
import {isProcedureId} from './content-ids.js';
import type {Problem} from './problem.js';
import {quoted} from './quoted.js';

/** The problem with a `procedure` attribute, if any. */
export function procedureProblem(value: string | undefined): Problem | undefined {
  if (isProcedureId(value)) return undefined;
  const valid = `Valid values: ${procedureIds.join(', ')}.`;
  if (value == null || value.trim() === '') {
    return {
      key: 'procedure:missing',
      notice: msg('Contenu indisponible\u00a0: la procédure n’est pas précisée.', {id: 'notice.procedure-missing'}),
      warning: `needs a procedure attribute. ${valid}`,
    };
  }
  return {
    key: `procedure:${value}`,
    notice: msg(str`Contenu indisponible\u00a0: la procédure ${quoted(value)} est inconnue.`, {
      id: 'notice.procedure-unknown',
    }),
    warning: `procedure=${JSON.stringify(value)} is not valid. ${valid}`,
  };
}
