import {msg, str} from '@lit/localize';
import {procedureIds, type ProcedureId} from '../content/types.js';
import type {Problem} from './problem.js';

const MAX_SHOWN = 40;

/** A value quoted for a notice, shortened so a huge attribute cannot flood the page. */
export const quoted = (value: string): string => {
  const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return msg(str`«\u00a0${shown}\u00a0»`, {id: 'notice.quoted'});
};

/** A type guard for "one of these values" (an attribute's valid values). */
export const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    (values as readonly unknown[]).includes(value);

export const isProcedureId = isOneOf<ProcedureId>(procedureIds);

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

/** Reads a whole-number attribute; anything else (empty, `2.5`, `abc`) gives NaN. */
export const integerConverter = {
  fromAttribute: (value: string | null): number | undefined => {
    if (value === null) return undefined;
    return /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  },
};

/** A `YYYY-MM-DD` calendar date as a UTC `Date`, or undefined if it is not a real date. */
export function parseIsoDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Date.UTC rolls 2026-02-30 over to March: a real date survives the round trip.
  return date.toISOString().startsWith(value.trim()) ? date : undefined;
}
