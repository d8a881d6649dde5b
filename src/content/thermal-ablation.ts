import {msg, str} from '@lit/localize';
import type {OrganId, ProcedureContent, RisksContent, Speaker, Technique, TechniqueId} from './types.js';
import {commonRiskText} from './common.js';
import {formatOrList} from '../internal/intl-format.js';

const techniqueName = (id: TechniqueId): string =>
  ({
    radiofrequency: msg('radiofréquence', {id: 'thermal-ablation.technique.radiofrequency'}),
    microwave: msg('micro-ondes', {id: 'thermal-ablation.technique.microwave'}),
    cryotherapy: msg('cryothérapie', {id: 'thermal-ablation.technique.cryotherapy'}),
  })[id];

// CIMO's own statements, word for word: never built from attributes, so no page can put
// another clinic's name, technique, organ or figure into them.
const cimoOffers = (): string =>
  msg(
    'Le CIMO dispose actuellement de la technique de radiofréquence permettant de détruire des tumeurs du foie, du rein ou du poumon par application de chaleur.',
    {id: 'thermal-ablation.cimo.offers'}
  );
const cimoStay = (): string =>
  msg('Ces interventions nécessitent une hospitalisation de 2\u00a0nuits à la clinique.', {
    id: 'thermal-ablation.cimo.stay',
  });

/** "du foie" / "liver": an organ as it fits into "des tumeurs …" / "tumours of the …". */
const organName = (id: OrganId): string =>
  ({
    liver: msg('du foie', {id: 'thermal-ablation.partner.organ.liver'}),
    kidney: msg('du rein', {id: 'thermal-ablation.partner.organ.kidney'}),
    lung: msg('du poumon', {id: 'thermal-ablation.partner.organ.lung'}),
  })[id];

/** A partner's statement that it offers a technique, for the organs it names (or none). */
function partnerOffers(id: TechniqueId, clinic: string, organIds: readonly OrganId[]): string {
  const tumours = organIds.length
    ? msg(str`des tumeurs ${formatOrList(organIds.map(organName))}`, {id: 'thermal-ablation.partner.tumours-of'})
    : msg('des tumeurs', {id: 'thermal-ablation.partner.tumours'});
  return {
    radiofrequency: msg(
      str`${clinic} dispose actuellement de la technique de radiofréquence permettant de détruire ${tumours} par application de chaleur.`,
      {id: 'thermal-ablation.partner.offers.radiofrequency'}
    ),
    microwave: msg(
      str`${clinic} dispose actuellement de la technique des micro-ondes permettant de détruire ${tumours} par application de chaleur.`,
      {id: 'thermal-ablation.partner.offers.microwave'}
    ),
    cryotherapy: msg(
      str`${clinic} dispose actuellement de la cryothérapie permettant de détruire ${tumours} par application de froid.`,
      {id: 'thermal-ablation.partner.offers.cryotherapy'}
    ),
  }[id];
}

/**
 * A partner's length of stay, with no place ("à la clinique" is CIMO's). One night is written
 * without a figure ("d’une nuit"); 2–365 in digits, the same in every supported language (no
 * Intl.NumberFormat, whose first use costs more than rendering a hundred widgets).
 */
const partnerStay = (nights: number): string =>
  nights === 1
    ? msg('Ces interventions nécessitent une hospitalisation d’une nuit.', {id: 'thermal-ablation.partner.stay.one'})
    : msg(str`Ces interventions nécessitent une hospitalisation de ${String(nights)}\u00a0nuits.`, {
        id: 'thermal-ablation.partner.stay.other',
      });

/** What the speaker states: the techniques it offers, its statements about them, its stay. */
function claims(speaker: Speaker): {offered: readonly TechniqueId[]; statements: string[]; stay?: string} {
  switch (speaker.kind) {
    case 'cimo':
      return {offered: ['radiofrequency'], statements: [cimoOffers()], stay: cimoStay()};
    case 'partner':
      return {
        offered: speaker.techniques,
        statements: speaker.techniques.map((id) => partnerOffers(id, speaker.name, speaker.organs)),
        stay: speaker.stayNights === undefined ? undefined : partnerStay(speaker.stayNights),
      };
    case 'nobody':
      return {offered: [], statements: []};
  }
}

export const thermalAblationTitle = (): string =>
  msg('La destruction tumorale par thermothérapie', {id: 'thermal-ablation.title'});

export const thermalAblationProcedure = (speaker: Speaker): ProcedureContent => {
  const {offered, statements, stay} = claims(speaker);
  const technique = (id: TechniqueId): Technique => ({id, name: techniqueName(id), offered: offered.includes(id)});
  return {
    id: 'thermal-ablation',
    title: thermalAblationTitle(),
    sections: [
      {
        id: 'what',
        heading: msg('En quoi consiste-t-elle\u202f?', {id: 'thermal-ablation.what.heading'}),
        paragraphs: [
          msg(
            'Il s’agit d’une intervention consistant à détruire une tumeur à l’aide d’une électrode placée à travers la peau.',
            {id: 'thermal-ablation.what.summary'}
          ),
        ],
      },
      {
        id: 'how',
        heading: msg('Comment se déroule l’intervention\u202f?', {id: 'procedure.how.heading'}),
        paragraphs: [],
        items: [
          msg(
            'Ces actes sont programmés après discussion avec votre médecin oncologue ou votre chirurgien et à la suite d’une consultation avec votre radiologue interventionnel.',
            {id: 'thermal-ablation.how.decision'}
          ),
          msg('Ces interventions sont effectuées sous anesthésie générale.', {
            id: 'thermal-ablation.how.anaesthesia',
          }),
          msg('L’électrode est placée sous guidage échographique ou scannographique.', {
            id: 'thermal-ablation.how.guidance',
          }),
        ],
      },
      ...(stay
        ? [{id: 'stay', heading: msg('Le séjour', {id: 'thermal-ablation.stay.heading'}), paragraphs: [stay]}]
        : []),
    ],
    techniques: {
      heading: msg('Les techniques', {id: 'thermal-ablation.techniques.heading'}),
      intro: msg('Une tumeur pourra ainsi être détruite\u00a0:', {id: 'thermal-ablation.techniques.intro'}),
      groups: [
        {
          id: 'heat',
          label: msg('par application de chaud\u00a0:', {id: 'thermal-ablation.techniques.heat'}),
          techniques: [technique('radiofrequency'), technique('microwave')],
        },
        {
          id: 'cold',
          label: msg('par application de froid\u00a0:', {id: 'thermal-ablation.techniques.cold'}),
          techniques: [technique('cryotherapy')],
        },
      ],
      offeredStatements: statements,
    },
  };
};

export const thermalAblationRisks = (): RisksContent => ({
  ...commonRiskText(),
  risks: [
    {
      id: 'anaesthesia',
      text: msg('les risques liés à l’anesthésie générale', {id: 'thermal-ablation.risks.anaesthesia'}),
    },
    {
      id: 'puncture',
      text: msg('les risques propres liés à la ponction d’un organe\u00a0:', {
        id: 'thermal-ablation.risks.puncture',
      }),
      byOrgan: [
        {organ: 'liver', text: msg('pour le foie\u00a0: saignement', {id: 'thermal-ablation.risks.liver'})},
        {organ: 'kidney', text: msg('pour le rein\u00a0: saignement', {id: 'thermal-ablation.risks.kidney'})},
        {
          organ: 'lung',
          text: msg('pour le poumon\u00a0: pneumothorax ou saignement', {id: 'thermal-ablation.risks.lung'}),
        },
      ],
    },
  ],
  sheetNote: msg('Une fiche d’information détaillée vous sera remise avant l’examen.', {
    id: 'risks.sheet-note',
  }),
});
