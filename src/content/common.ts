import {msg} from '@lit/localize';
import type {RisksContent} from './types.js';

/** Wording the page uses for the risks of both procedures. */
export const commonRiskText = (): Omit<RisksContent, 'risks'> => ({
  heading: msg('Y a-t-il des risques\u202f?', {id: 'risks.heading'}),
  intro: msg('Il y a\u00a0:', {id: 'risks.intro'}),
  reassurance: msg('Ces risques existent, même si tous les moyens sont mis en œuvre pour les prévenir et les traiter.', {
    id: 'risks.reassurance',
  }),
});
