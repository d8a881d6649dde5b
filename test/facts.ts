/**
 * Every statement of ../shared/source/cimo-radiologie-interventionnelle.fr.txt, with the
 * fragments that must be rendered for it to count as shown, in French (typos corrected) and English.
 */
export interface Fact {
  source: string;
  fr: string[];
  en: string[];
}

export const facts: Fact[] = [
  {
    source: 'Radiologie Interventionnelle en Cancérologie / Imagerie Interventionnelle en Cancérologie',
    fr: ['Radiologie interventionnelle en cancérologie', 'Imagerie interventionnelle en cancérologie'],
    en: [
      'Interventional radiology in cancer care',
      'Interventional imaging in cancer care',
    ],
  },
  {
    source:
      'La radiologie interventionnelle en cancérologie ou oncologie interventionnelle regroupe l’ensemble des interventions réalisées par un radiologue interventionnel dans le cadre du traitement d’un cancer ou de ses conséquences.',
    fr: [
      'ou oncologie interventionnelle',
      'regroupe l’ensemble des interventions réalisées par un radiologue interventionnel',
      'dans le cadre du traitement d’un cancer ou de ses conséquences',
    ],
    en: [
      'or interventional oncology',
      'covers all the procedures carried out by an interventional radiologist',
      'to treat a cancer or its consequences',
    ],
  },
  {
    source:
      'Il s’agit d’une activité spécifique nécessitant une formation particulière regroupant des actes d’angioplastie, d’embolisation, de drainage et de destruction tumorale par thermothérapie.',
    fr: [
      'activité spécifique',
      'nécessite une formation particulière',
      'd’angioplastie',
      'd’embolisation',
      'de drainage',
      'de destruction tumorale par thermothérapie',
    ],
    en: [
      'specialised activity',
      'needs specific training',
      'angioplasty',
      'embolisation',
      'drainage',
      'destroying tumours with heat or cold (thermal ablation)',
    ],
  },
  {
    source:
      'Ces traitements sont mis en oeuvre, en règle general, après discussion collégiale avec votre médecin oncologue ou votre chirurgien et après une consultation d’information avec le patient.',
    fr: [
      'Ces traitements sont mis en œuvre, en règle générale',
      'après discussion collégiale avec votre médecin oncologue ou votre chirurgien',
      'après une consultation d’information',
    ],
    en: [
      'As a rule, these treatments are carried out',
      'after a team discussion with your oncologist or your surgeon',
      'after an information appointment',
    ],
  },
  {source: 'Le Drainage percutané', fr: ['Le drainage percutané'], en: ['Percutaneous drainage']},
  {
    source:
      'Il s’agit d’une intervention consistant à évacuer, à l’aide d’un cathéter perforé placé à travers la peau, le contenu de cavités naturelles bouchées (voies biliaires voies urinaires) ou de collections survenues après une opération chirurgicale, une inflammation, une hémorragie ou une infection.',
    fr: [
      'évacuer, à l’aide d’un cathéter perforé placé à travers la peau',
      'cavités naturelles bouchées',
      'voies biliaires bouchées',
      'voies urinaires bouchées',
      'collections survenues après une opération chirurgicale, une inflammation, une hémorragie ou une infection',
    ],
    en: [
      'to empty the contents of blocked natural cavities or of collections',
      'perforated catheter',
      'placed through the skin',
      'blocked bile ducts',
      'a blocked urinary tract',
      'collections that formed after a surgical operation, an inflammation, a haemorrhage (bleeding) or an infection',
    ],
  },
  {
    source:
      'Ce cathéter est mis en place après anesthesia locale (et parfois une sedation) sous guidage radiologique, échographique ou scannographique et est habituellement fixé à la peau pendant quelques jours.',
    fr: [
      'anesthésie locale (et parfois une sédation)',
      'guidage radiologique, échographique ou scannographique',
      'habituellement fixé à la peau pendant quelques jours',
    ],
    en: [
      'after a local anaesthetic (and sometimes sedation)',
      'guided into place using X-rays, ultrasound or a CT scan',
      'usually attached to the skin for a few days',
    ],
  },
  {
    source:
      'En cas d’obstruction des voies biliaires (jaunisse), le drainage pourra s’accompagner de la mise en place d’une prothèse métallique (stent) interne pour permettre le passage de la bile par les voies naturelles.',
    fr: [
      'En cas d’obstruction des voies biliaires (jaunisse)',
      'prothèse métallique (stent) interne',
      'passage de la bile par les voies naturelles',
    ],
    en: [
      'If the bile ducts are blocked (jaundice)',
      'metal stent',
      'so that bile can pass through its natural route',
    ],
  },
  {
    source:
      'En cas d’ostruction des voies urinaires, le drainage externe pourra s’accompagner de la mise en place d’un drain interne permettant de restaurer le passage de l’urine du rein vers la vessie.',
    fr: [
      'En cas d’obstruction des voies urinaires, le drainage externe',
      'drain interne',
      'restaurer le passage de l’urine du rein vers la vessie',
    ],
    en: [
      'If the urinary tract is blocked, external drainage',
      'internal drain',
      'so that urine can flow again from the kidney to the bladder',
    ],
  },
  {source: 'Y’a-t-il des risques ?', fr: ['Y a-t-il des risques ?'], en: ['Are there any risks?']},
  {
    source:
      'Il y a les risques propres lies à la ponction d’un organe ou d’une collection profonde, même si tous les moyens sont mis en oeuvre pour les prévenir et les traiter.',
    fr: [
      'risques propres liés à la ponction d’un organe ou d’une collection profonde',
      'même si tous les moyens sont mis en œuvre pour les prévenir et les traiter',
    ],
    en: [
      'puncturing an organ or a deep collection',
      'even though everything possible is done to prevent and treat them',
    ],
  },
  {source: 'La destruction tumorale par thermothérapie', fr: ['La destruction tumorale par thermothérapie'], en: ['Destroying tumours with heat or cold (thermal ablation)']},
  {
    source:
      'Il s’agit d’une intervention consistant à détruire une tumeur à l’aide d’une électrode placé à travers la peau sous guidage échographique ou scannographique.',
    fr: [
      'détruire une tumeur à l’aide d’une électrode placée à travers la peau',
      'électrode est placée sous guidage échographique ou scannographique',
    ],
    en: [
      'destroy a tumour using an electrode (a thin probe) placed through the skin',
      'electrode is guided into place using ultrasound or a CT scan',
    ],
  },
  {
    source:
      'Ces interventions sont effectués sous anesthésie générale et nécessite une hospitalisation de 2 nuits à la Clinique.',
    fr: ['interventions sont effectuées sous anesthésie générale', 'hospitalisation de 2 nuits à la clinique'],
    en: [
      'done under general anaesthetic',
      'a hospital stay of 2 nights at the clinic',
    ],
  },
  {
    source:
      'Ces actes sont programmés après discussion avec votre médecin oncologue ou votre chirurgien et au décours d’une consultation avec votre radiologue interventionnel.',
    fr: [
      'programmés après discussion avec votre médecin oncologue ou votre chirurgien',
      'consultation avec votre radiologue interventionnel',
    ],
    en: [
      'planned after a discussion with your oncologist or your surgeon',
      'appointment with your interventional radiologist',
    ],
  },
  {
    source:
      'Une tumeur pourra ainsi être détruite par application de chaud (radiofréquence, micro-ondes) ou de froid (cryothérapie).',
    fr: [
      'Une tumeur pourra ainsi être détruite',
      'par application de chaud',
      'radiofréquence',
      'micro-ondes',
      'par application de froid',
      'cryothérapie',
    ],
    en: [
      'In this way, a tumour can be destroyed',
      'by applying heat',
      'radiofrequency',
      'microwaves',
      'by applying cold',
      'cryotherapy',
    ],
  },
  {
    source:
      'Le CIMO dispose actuellement de la technique de radiofréquence permettant de détruire des tumeurs du foie, du rein ou du poumon par application de chaleur.',
    fr: [
      'Le CIMO dispose actuellement de la technique de radiofréquence, qui permet de détruire des tumeurs du foie, du rein ou du poumon par application de chaleur.',
    ],
    en: [
      'CIMO currently offers radiofrequency, which can destroy tumours of the liver, kidney or lung by applying heat.',
    ],
  },
  {
    source:
      'Il y a les risques liés à l’anesthésie générale et les risques propres liés à la ponction d’un organe (saignement pour le foie et le rein et pneumothorax ou saignement pour le poumon), même si tous les moyens sont mis en oeuvre pour les prévenir et les traiter.',
    fr: [
      'les risques liés à l’anesthésie générale',
      'les risques propres liés à la ponction d’un organe',
      'pour le foie : saignement',
      'pour le rein : saignement',
      'pour le poumon : pneumothorax ou saignement',
    ],
    en: [
      'the risks of a general anaesthetic',
      'the risks that come with puncturing an organ',
      'for the liver: bleeding',
      'for the kidney: bleeding',
      'for the lung: a collapsed lung (pneumothorax) or bleeding',
    ],
  },
  {
    source: 'Une fiche d’information détaillée vous sera remise avant l’examen.',
    fr: ['Une fiche d’information détaillée vous sera remise avant l’examen.'],
    en: [
      'You will be given a detailed information sheet before the procedure.',
    ],
  },
  {
    source: 'Vous pouvez la télécharger dès à présent sur le site de la Société Française de Radiologie :',
    fr: ['télécharger dès à présent', 'sur le site de la Société Française de Radiologie'],
    en: [
      'download the detailed information sheet now',
      'website of the French Society of Radiology',
    ],
  },
];
