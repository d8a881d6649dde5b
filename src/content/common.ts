import {msg} from '@lit/localize';
import type {RisksContent} from './types.js';

/** Wording the page uses for the risks of both procedures. */
export const commonRiskText = (): Omit<RisksContent, 'risks'> => ({
  heading: msg('Y a-t-il des risques ?', {id: 'risks.heading'}),
  intro: msg('Il y a :', {id: 'risks.intro'}),
  reassurance: msg('Ces risques existent, même si tous les moyens sont mis en œuvre pour les prévenir et les traiter.', {
    id: 'risks.reassurance',
  }),
  sheetNote: msg('Une fiche d’information détaillée vous sera remise avant l’examen.', {
    id: 'risks.sheet-note',
  }),
});
