import {msg} from '@lit/localize';
import type {ProcedureId, SfrLinkContent} from './types.js';

/**
 * The link the page announces, per procedure. Only the thermal-ablation section announces the
 * detailed sheet and its download "dès à présent"; drainage gets a plain link to the SFR's
 * information, with no promise of a sheet.
 */
export const sfrLinkContent: Record<ProcedureId, () => SfrLinkContent> = {
  drainage: () => ({
    intro: msg('Sur le site de la Société Française de Radiologie (SFR)\u00a0:', {id: 'sfr-link.drainage.intro'}),
    label: msg('Information de la SFR sur le drainage percutané', {id: 'sfr-link.drainage.label'}),
  }),
  'thermal-ablation': () => ({
    intro: msg(
      'Vous pouvez télécharger dès à présent la fiche d’information détaillée sur le site de la Société Française de Radiologie (SFR)\u00a0:',
      {id: 'sfr-link.thermal-ablation.intro'}
    ),
    label: msg('Fiche d’information de la SFR\u00a0: la destruction tumorale par thermothérapie', {
      id: 'sfr-link.thermal-ablation.label',
    }),
  }),
};
