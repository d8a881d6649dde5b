import {msg, str} from '@lit/localize';
import type {ClinicOptions, ProcedureContent, RisksContent, Technique, TechniqueId} from './types.js';
import {commonRiskText} from './common.js';
import {pluralCategory} from '../internal/locale.js';

const techniqueName = (id: TechniqueId): string =>
  ({
    radiofrequency: msg('radiofréquence', {id: 'thermal-ablation.technique.radiofrequency'}),
    microwave: msg('micro-ondes', {id: 'thermal-ablation.technique.microwave'}),
    cryotherapy: msg('cryothérapie', {id: 'thermal-ablation.technique.cryotherapy'}),
  })[id];

/** The page's statement that a clinic offers a technique, naming that clinic. */
const offeredStatement = (id: TechniqueId, clinic: string): string =>
  ({
    radiofrequency: msg(
      str`${clinic} dispose actuellement de la technique de radiofréquence, qui permet de détruire des tumeurs du foie, du rein ou du poumon par application de chaleur.`,
      {id: 'thermal-ablation.offered.radiofrequency'}
    ),
    microwave: msg(
      str`${clinic} dispose actuellement de la technique des micro-ondes, qui permet de détruire une tumeur par application de chaleur.`,
      {id: 'thermal-ablation.offered.microwave'}
    ),
    cryotherapy: msg(
      str`${clinic} dispose actuellement de la cryothérapie, qui permet de détruire une tumeur par application de froid.`,
      {id: 'thermal-ablation.offered.cryotherapy'}
    ),
  })[id];

const stayStatement = (nights: number): string => {
  // 1–365 are written the same in every supported language: no Intl.NumberFormat, whose
  // first use costs more than rendering a hundred widgets.
  const count = String(nights);
  return pluralCategory(nights) === 'one'
    ? msg(str`Ces interventions nécessitent une hospitalisation de ${count} nuit à la clinique.`, {
        id: 'thermal-ablation.stay.nights.one',
      })
    : msg(str`Ces interventions nécessitent une hospitalisation de ${count} nuits à la clinique.`, {
        id: 'thermal-ablation.stay.nights.other',
      });
};

export const thermalAblationTitle = (): string =>
  msg('La destruction tumorale par thermothérapie', {id: 'thermal-ablation.title'});

export const thermalAblationProcedure = ({
  clinicName,
  techniques,
  stayNights,
}: ClinicOptions): ProcedureContent => {
  const technique = (id: TechniqueId): Technique => ({
    id,
    name: techniqueName(id),
    offered: techniques.includes(id),
  });
  return {
    id: 'thermal-ablation',
    title: thermalAblationTitle(),
    sections: [
      {
        id: 'what',
        heading: msg('En quoi consiste-t-elle ?', {id: 'thermal-ablation.what.heading'}),
        paragraphs: [
          msg(
            'Il s’agit d’une intervention consistant à détruire une tumeur à l’aide d’une électrode placée à travers la peau.',
            {id: 'thermal-ablation.what.summary'}
          ),
        ],
      },
      {
        id: 'how',
        heading: msg('Comment se déroule l’intervention ?', {id: 'procedure.how.heading'}),
        paragraphs: [],
        items: [
          msg(
            'Ces actes sont programmés après discussion avec votre médecin oncologue ou votre chirurgien, à la suite d’une consultation avec votre radiologue interventionnel.',
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
      {
        id: 'stay',
        heading: msg('Le séjour', {id: 'thermal-ablation.stay.heading'}),
        paragraphs: [stayStatement(stayNights)],
      },
    ],
    techniques: {
      heading: msg('Les techniques', {id: 'thermal-ablation.techniques.heading'}),
      intro: msg('Une tumeur pourra ainsi être détruite :', {id: 'thermal-ablation.techniques.intro'}),
      groups: [
        {
          id: 'heat',
          label: msg('par application de chaud :', {id: 'thermal-ablation.techniques.heat'}),
          techniques: [technique('radiofrequency'), technique('microwave')],
        },
        {
          id: 'cold',
          label: msg('par application de froid :', {id: 'thermal-ablation.techniques.cold'}),
          techniques: [technique('cryotherapy')],
        },
      ],
      offeredStatements: techniques.map((id) => offeredStatement(id, clinicName)),
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
      text: msg('les risques propres liés à la ponction d’un organe :', {
        id: 'thermal-ablation.risks.puncture',
      }),
      byOrgan: [
        {organ: 'liver', text: msg('pour le foie : saignement', {id: 'thermal-ablation.risks.liver'})},
        {organ: 'kidney', text: msg('pour le rein : saignement', {id: 'thermal-ablation.risks.kidney'})},
        {
          organ: 'lung',
          text: msg('pour le poumon : pneumothorax ou saignement', {id: 'thermal-ablation.risks.lung'}),
        },
      ],
    },
  ],
});
