import {msg} from '@lit/localize';
import type {ProcedureContent, RisksContent} from './types.js';
import {commonRiskText} from './common.js';

export const drainageTitle = (): string => msg('Le drainage percutané', {id: 'drainage.title'});

export const drainageProcedure = (): ProcedureContent => ({
  id: 'drainage',
  title: drainageTitle(),
  sections: [
    {
      id: 'what',
      heading: msg('En quoi consiste le drainage\u202f?', {id: 'drainage.what.heading'}),
      paragraphs: [
        msg(
          'Il s’agit d’une intervention consistant à évacuer, à l’aide d’un cathéter perforé placé à travers la peau, le contenu de cavités naturelles bouchées ou de collections\u00a0:',
          {id: 'drainage.what.intro'}
        ),
      ],
      items: [
        msg('des voies biliaires bouchées', {id: 'drainage.treats.biliary'}),
        msg('des voies urinaires bouchées', {id: 'drainage.treats.urinary'}),
        msg(
          'des collections survenues après une opération chirurgicale, une inflammation, une hémorragie ou une infection',
          {id: 'drainage.treats.collections'}
        ),
      ],
    },
    {
      id: 'how',
      heading: msg('Comment se déroule l’intervention\u202f?', {id: 'procedure.how.heading'}),
      paragraphs: [],
      items: [
        msg('Le cathéter est mis en place après une anesthésie locale (et parfois une sédation).', {
          id: 'drainage.how.anaesthesia',
        }),
        msg('Il est mis en place sous guidage radiologique, échographique ou scannographique.', {
          id: 'drainage.how.guidance',
        }),
      ],
    },
    {
      id: 'stay',
      heading: msg('Après l’intervention', {id: 'drainage.stay.heading'}),
      paragraphs: [
        msg('Le cathéter est habituellement fixé à la peau pendant quelques jours.', {
          id: 'drainage.stay.fixed',
        }),
      ],
    },
    {
      id: 'variants',
      heading: msg('Selon les cas', {id: 'drainage.variants.heading'}),
      paragraphs: [],
      items: [
        msg(
          'En cas d’obstruction des voies biliaires (jaunisse), le drainage pourra s’accompagner de la mise en place d’une prothèse métallique (stent) interne pour permettre le passage de la bile par les voies naturelles.',
          {id: 'drainage.biliary.stent'}
        ),
        msg(
          'En cas d’obstruction des voies urinaires, le drainage externe pourra s’accompagner de la mise en place d’un drain interne permettant de restaurer le passage de l’urine du rein vers la vessie.',
          {id: 'drainage.urinary.internal-drain'}
        ),
      ],
    },
  ],
});

export const drainageRisks = (): RisksContent => ({
  ...commonRiskText(),
  risks: [
    {
      id: 'puncture',
      text: msg('les risques propres liés à la ponction d’un organe ou d’une collection profonde', {
        id: 'drainage.risks.puncture',
      }),
    },
  ],
});
