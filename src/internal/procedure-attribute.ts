import {msg, str} from '@lit/localize';
import {nothing, type TemplateResult, type PropertyDeclarations} from 'lit';
import {procedureIds, type ProcedureId} from '../content/types.js';
import type {CimoElement} from './cimo-element.js';
import {isProcedureId} from './content-ids.js';
import type {Problem} from './problem.js';
import {quoted} from './quoted.js';

/** The problem with a `procedure` attribute, if any. */
function procedureProblem(value: string | undefined): Problem | undefined {
  if (isProcedureId(value)) return undefined;
  const valid = `Valid values: ${procedureIds.join(', ')}.`;
  if (value == null || value.trim() === '') {
    return {
      notice: msg('Contenu indisponible\u00a0: la procédure n’est pas précisée.', {id: 'notice.procedure-missing'}),
      warning: `needs a procedure attribute. ${valid}`,
    };
  }
  return {
    notice: msg(str`Contenu indisponible\u00a0: la procédure ${quoted(value)} est inconnue.`, {
      id: 'notice.procedure-unknown',
    }),
    warning: `procedure=${JSON.stringify(value)} is not valid. ${valid}`,
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base must take any arguments
type AbstractConstructor<T> = abstract new (...args: any[]) => T;

/** What the mixin adds, declared apart: a class built in a function cannot export protected members. */
export declare abstract class ProcedureElement {
  /** Which procedure the element is about: `drainage` or `thermal-ablation`. Required. */
  procedure?: ProcedureId;
  // Implemented here, so the elements need not (CimoElement declares it abstract).
  protected renderContent(): TemplateResult | typeof nothing;
  /** The content for a valid `procedure`. */
  protected abstract renderProcedure(procedure: ProcedureId): TemplateResult;
}

/**
 * Gives an element the required `procedure` attribute. A missing or unknown value is a problem
 * (notice and warning) and the element shows nothing else; a valid one is rendered by
 * `renderProcedure`.
 */
export function ProcedureAttribute<Base extends AbstractConstructor<CimoElement>>(base: Base) {
  abstract class WithProcedure extends base {
    static get properties(): PropertyDeclarations {
      return {
        procedure: {},
      };
    }

    /**
     * Which procedure the element is about: `drainage` or `thermal-ablation`. Required.
     * @type {'drainage' | 'thermal-ablation'}
     */
    procedure?: ProcedureId;

    protected override problems(): Problem[] {
      const problems = super.problems();
      const problem = procedureProblem(this.procedure);
      if (problem) problems.push(problem);
      return problems;
    }

    protected override renderContent(): TemplateResult | typeof nothing {
      return isProcedureId(this.procedure) ? this.renderProcedure(this.procedure) : nothing;
    }

    /** The content for a valid `procedure`. */
    protected abstract renderProcedure(procedure: ProcedureId): TemplateResult;
  }
  return WithProcedure as unknown as AbstractConstructor<ProcedureElement> & Base;
}
