/**
 * How each sentence of the clinic's page (content-source/cimo-radiologie-interventionnelle.fr.txt)
 * is rendered: the reviewed list of typo fixes and rewordings, each with its reason, and the
 * rendered units (paragraphs, list items, headings, link labels) that say it, in French and in
 * English. test/facts.test.ts checks it against the source file and the rendered widgets.
 *
 * French is written here with plain spaces; the test adds French typography (no-break spaces
 * before : ? ! ; inside « » and between a number and its unit) before comparing.
 */

export interface Change {
  from: string;
  to: string;
  why: string;
}

/** One rendered unit: the message that says it and its text in each language. */
export interface Unit {
  id: string;
  fr: string;
  en: string;
}

export interface SourceSentence {
  /** The sentence exactly as the source file writes it. */
  source: string;
  /** Applied in order after the typo fixes; the result is the French units joined by spaces. */
  rewordings?: Change[];
  units: Unit[];
}

/** Typing slips of the source (its README names them), fixed in every sentence. */
export const typoFixes: Change[] = [
  {from: "'", to: '’', why: 'typographic apostrophe, as in the rest of the page'},
  {from: 'oeuvre', to: 'œuvre', why: 'French spelling (ligature)'},
  {from: 'règle general', to: 'règle générale', why: 'spelling and agreement'},
  {from: 'anesthesia locale', to: 'anesthésie locale', why: 'English spelling in a French sentence'},
  {from: 'une sedation', to: 'une sédation', why: 'missing accent'},
  {from: 'ostruction', to: 'obstruction', why: 'missing letter'},
  {from: 'propres lies', to: 'propres liés', why: 'missing accent'},
  {from: 'électrode placé', to: 'électrode placée', why: 'agreement (électrode is feminine)'},
  {from: 'sont effectués', to: 'sont effectuées', why: 'agreement (interventions is feminine)'},
  {from: 'et nécessite une', to: 'et nécessitent une', why: 'agreement (plural subject)'},
  {from: 'Y’a-t-il', to: 'Y a-t-il', why: 'no elision in "Y a-t-il"'},
  {from: 'la Clinique', to: 'la clinique', why: 'common noun, no capital'},
  {from: 'Le Drainage', to: 'Le drainage', why: 'French titles capitalise the first word only'},
  {
    from: 'Interventionnelle en Cancérologie',
    to: 'interventionnelle en cancérologie',
    why: 'French titles capitalise the first word only',
  },
];

/** Lines of the page that are not statements. */
export const notStatements: {source: string; why: string}[] = [
  {source: 'Logo CIMO', why: 'the alternative text of the page’s logo image, not a statement'},
];

/** Messages only CIMO says: on its own page, never on a customised one (README, claim rules). */
export const cimoOnlyIds = ['thermal-ablation.cimo.offers', 'thermal-ablation.cimo.stay'];

const reassurance: Unit = {
  id: 'risks.reassurance',
  fr: 'Ces risques existent, même si tous les moyens sont mis en œuvre pour les prévenir et les traiter.',
  en: 'These risks exist, even though everything possible is done to prevent and treat them.',
};
const risksHeading: Unit = {id: 'risks.heading', fr: 'Y a-t-il des risques ?', en: 'Are there any risks?'};
const risksIntro: Unit = {id: 'risks.intro', fr: 'Il y a :', en: 'There are:'};

export const sentences: SourceSentence[] = [
  {
    source: 'Radiologie Interventionnelle en Cancérologie',
    units: [{id: 'overview.title', fr: 'Radiologie interventionnelle en cancérologie', en: 'Interventional radiology in cancer care'}],
  },
  {
    source: 'Imagerie Interventionnelle en Cancérologie',
    units: [{id: 'overview.subtitle', fr: 'Imagerie interventionnelle en cancérologie', en: 'Interventional imaging in cancer care'}],
  },
  {
    source:
      'La radiologie interventionnelle en cancérologie ou oncologie interventionnelle regroupe l’ensemble des interventions réalisées par un radiologue interventionnel dans le cadre du traitement d’un cancer ou de ses conséquences.',
    rewordings: [
      {
        from: ' ou oncologie interventionnelle regroupe',
        to: ', ou oncologie interventionnelle, regroupe',
        why: 'commas set off the other name of the specialty',
      },
    ],
    units: [
      {
        id: 'overview.definition',
        fr: 'La radiologie interventionnelle en cancérologie, ou oncologie interventionnelle, regroupe l’ensemble des interventions réalisées par un radiologue interventionnel dans le cadre du traitement d’un cancer ou de ses conséquences.',
        en: 'Interventional radiology in cancer care, or interventional oncology, covers all the procedures carried out by an interventional radiologist to treat a cancer or its consequences.',
      },
    ],
  },
  {
    source:
      'Il s’agit d’une activité spécifique nécessitant une formation particulière regroupant des actes d’angioplastie, d’embolisation, de drainage et de destruction tumorale par thermothérapie.',
    rewordings: [
      {
        from: 'spécifique nécessitant une formation particulière regroupant des actes d’angioplastie, d’embolisation, de drainage et de destruction tumorale par thermothérapie.',
        to: 'spécifique, qui nécessite une formation particulière. Elle regroupe des actes : d’angioplastie d’embolisation de drainage de destruction tumorale par thermothérapie',
        why: 'two chained participles become two sentences; the four kinds of acts a list',
      },
    ],
    units: [
      {
        id: 'overview.specialty',
        fr: 'Il s’agit d’une activité spécifique, qui nécessite une formation particulière. Elle regroupe des actes :',
        en: 'It is a specialised activity that needs specific training. It includes:',
      },
      {id: 'overview.acts.angioplasty', fr: 'd’angioplastie', en: 'angioplasty'},
      {id: 'overview.acts.embolisation', fr: 'd’embolisation', en: 'embolisation'},
      {id: 'overview.acts.drainage', fr: 'de drainage', en: 'drainage'},
      {
        id: 'overview.acts.thermal-ablation',
        fr: 'de destruction tumorale par thermothérapie',
        en: 'destroying tumours with heat or cold (thermal ablation)',
      },
    ],
  },
  {
    source:
      'Ces traitements sont mis en oeuvre, en règle general, après discussion collégiale avec votre médecin oncologue ou votre chirurgien et après une consultation d’information avec le patient.',
    rewordings: [
      {from: 'chirurgien et après', to: 'chirurgien, et après', why: 'a comma separates the two steps'},
      {from: 'avec le patient.', to: 'avec vous.', why: 'the page speaks to the patient ("votre médecin")'},
    ],
    units: [
      {
        id: 'overview.decision',
        fr: 'Ces traitements sont mis en œuvre, en règle générale, après discussion collégiale avec votre médecin oncologue ou votre chirurgien, et après une consultation d’information avec vous.',
        en: 'As a rule, these treatments are carried out after a team discussion with your oncologist or your surgeon, and after an appointment at which they are explained to you.',
      },
    ],
  },
  {
    source: 'Le Drainage percutané',
    units: [{id: 'drainage.title', fr: 'Le drainage percutané', en: 'Percutaneous drainage'}],
  },
  {
    source:
      'Il s’agit d’une intervention consistant à évacuer, à l’aide d’un cathéter perforé placé à travers la peau, le contenu de cavités naturelles bouchées (voies biliaires voies urinaires) ou de collections survenues après une opération chirurgicale, une inflammation, une hémorragie ou une infection.',
    rewordings: [
      {
        from: 'bouchées (voies biliaires voies urinaires) ou de collections survenues après une opération chirurgicale, une inflammation, une hémorragie ou une infection.',
        to: 'bouchées ou de collections : des voies biliaires bouchées des voies urinaires bouchées des collections survenues après une opération chirurgicale, une inflammation, une hémorragie ou une infection',
        why: 'the bracketed examples (which lacked a comma) and the collections become a list, one per line',
      },
    ],
    units: [
      {
        id: 'drainage.what.intro',
        fr: 'Il s’agit d’une intervention consistant à évacuer, à l’aide d’un cathéter perforé placé à travers la peau, le contenu de cavités naturelles bouchées ou de collections :',
        en: 'It is a procedure that uses a perforated catheter (a thin tube with holes), placed through the skin, to empty the contents of blocked natural passages or of collections (pockets of fluid):',
      },
      {id: 'drainage.treats.biliary', fr: 'des voies biliaires bouchées', en: 'blocked bile ducts'},
      {id: 'drainage.treats.urinary', fr: 'des voies urinaires bouchées', en: 'a blocked urinary tract'},
      {
        id: 'drainage.treats.collections',
        fr: 'des collections survenues après une opération chirurgicale, une inflammation, une hémorragie ou une infection',
        en: 'collections that formed after an operation, inflammation, a haemorrhage (bleeding) or an infection',
      },
    ],
  },
  {
    source:
      'Ce cathéter est mis en place après anesthesia locale (et parfois une sedation) sous guidage radiologique, échographique ou scannographique et est habituellement fixé à la peau pendant quelques jours.',
    rewordings: [
      {
        from: 'Ce cathéter est mis en place après anesthésie locale (et parfois une sédation) sous guidage radiologique, échographique ou scannographique et est habituellement',
        to: 'Le cathéter est mis en place après une anesthésie locale (et parfois une sédation). Il est mis en place sous guidage radiologique, échographique ou scannographique. Le cathéter est habituellement',
        why: 'one long sentence becomes three short ones, under "how" and "after the procedure"',
      },
    ],
    units: [
      {
        id: 'drainage.how.anaesthesia',
        fr: 'Le cathéter est mis en place après une anesthésie locale (et parfois une sédation).',
        en: 'The catheter is put in place after a local anaesthetic (and sometimes sedation).',
      },
      {
        id: 'drainage.how.guidance',
        fr: 'Il est mis en place sous guidage radiologique, échographique ou scannographique.',
        en: 'It is guided into place using X-rays, ultrasound or a CT scan.',
      },
      {
        id: 'drainage.stay.fixed',
        fr: 'Le cathéter est habituellement fixé à la peau pendant quelques jours.',
        en: 'The catheter is usually attached to the skin for a few days.',
      },
    ],
  },
  {
    source:
      'En cas d’obstruction des voies biliaires (jaunisse), le drainage pourra s’accompagner de la mise en place d’une prothèse métallique (stent) interne pour permettre le passage de la bile par les voies naturelles.',
    units: [
      {
        id: 'drainage.biliary.stent',
        fr: 'En cas d’obstruction des voies biliaires (jaunisse), le drainage pourra s’accompagner de la mise en place d’une prothèse métallique (stent) interne pour permettre le passage de la bile par les voies naturelles.',
        en: 'If the bile ducts are blocked (jaundice), drainage may be combined with placing a metal stent (a small tube) inside the body, so that bile can pass through its natural route.',
      },
    ],
  },
  {
    source:
      'En cas d’ostruction des voies urinaires, le drainage externe pourra s’accompagner de la mise en place d’un drain interne permettant de restaurer le passage de l’urine du rein vers la vessie.',
    units: [
      {
        id: 'drainage.urinary.internal-drain',
        fr: 'En cas d’obstruction des voies urinaires, le drainage externe pourra s’accompagner de la mise en place d’un drain interne permettant de restaurer le passage de l’urine du rein vers la vessie.',
        en: 'If the urinary tract is blocked, external drainage may be combined with placing an internal drain, so that urine can flow again from the kidney to the bladder.',
      },
    ],
  },
  {source: "Y'a-t-il des risques ?", units: [risksHeading]},
  {
    source:
      'Il y a les risques propres lies à la ponction d’un organe ou d’une collection profonde, même si tous les moyens sont mis en oeuvre pour les prévenir et les traiter.',
    rewordings: [
      {
        from: 'Il y a les risques propres liés à la ponction d’un organe ou d’une collection profonde, même si',
        to: 'Il y a : les risques propres liés à la ponction d’un organe ou d’une collection profonde Ces risques existent, même si',
        why: 'the risks as a list (as for thermal ablation); the concession becomes its own sentence',
      },
    ],
    units: [
      risksIntro,
      {
        id: 'drainage.risks.puncture',
        fr: 'les risques propres liés à la ponction d’un organe ou d’une collection profonde',
        en: 'the risks that come with puncturing an organ or a deep collection',
      },
      reassurance,
    ],
  },
  {
    source: 'La destruction tumorale par thermothérapie',
    units: [
      {
        id: 'thermal-ablation.title',
        fr: 'La destruction tumorale par thermothérapie',
        en: 'Destroying tumours with heat or cold (thermal ablation)',
      },
    ],
  },
  {
    source:
      'Il s’agit d’une intervention consistant à détruire une tumeur à l’aide d’une électrode placé à travers la peau sous guidage échographique ou scannographique.',
    rewordings: [
      {
        from: 'à travers la peau sous guidage',
        to: 'à travers la peau. L’électrode est placée sous guidage',
        why: 'the guidance is told under "how"',
      },
    ],
    units: [
      {
        id: 'thermal-ablation.what.summary',
        fr: 'Il s’agit d’une intervention consistant à détruire une tumeur à l’aide d’une électrode placée à travers la peau.',
        en: 'It is a procedure to destroy a tumour using an electrode (a thin probe) placed through the skin.',
      },
      {
        id: 'thermal-ablation.how.guidance',
        fr: 'L’électrode est placée sous guidage échographique ou scannographique.',
        en: 'The electrode is guided into place using ultrasound or a CT scan.',
      },
    ],
  },
  {
    source: 'Ces interventions sont effectués sous anesthésie générale et nécessite une hospitalisation de 2 nuits à la Clinique.',
    rewordings: [
      {
        from: 'générale et nécessitent',
        to: 'générale. Ces interventions nécessitent',
        why: 'the stay has its own section',
      },
    ],
    units: [
      {
        id: 'thermal-ablation.how.anaesthesia',
        fr: 'Ces interventions sont effectuées sous anesthésie générale.',
        en: 'These procedures are done under general anaesthetic.',
      },
      {
        id: 'thermal-ablation.cimo.stay',
        fr: 'Ces interventions nécessitent une hospitalisation de 2 nuits à la clinique.',
        en: 'These procedures require a hospital stay of 2 nights at the clinic.',
      },
    ],
  },
  {
    source:
      'Ces actes sont programmés après discussion avec votre médecin oncologue ou votre chirurgien et au décours d’une consultation avec votre radiologue interventionnel.',
    rewordings: [
      {
        from: 'et au décours d’une',
        to: 'et à la suite d’une',
        why: '"au décours de" is medical jargon; "à la suite de" says the same in everyday words',
      },
    ],
    units: [
      {
        id: 'thermal-ablation.how.decision',
        fr: 'Ces actes sont programmés après discussion avec votre médecin oncologue ou votre chirurgien et à la suite d’une consultation avec votre radiologue interventionnel.',
        en: 'These procedures are planned after a discussion with your oncologist or your surgeon and after an appointment with your interventional radiologist.',
      },
    ],
  },
  {
    source:
      'Une tumeur pourra ainsi être détruite par application de chaud (radiofréquence, micro-ondes) ou de froid (cryothérapie).',
    rewordings: [
      {
        from: 'détruite par application de chaud (radiofréquence, micro-ondes) ou de froid (cryothérapie).',
        to: 'détruite : par application de chaud : radiofréquence micro-ondes par application de froid : cryothérapie',
        why: 'the techniques as a list, grouped by heat and cold',
      },
    ],
    units: [
      {id: 'thermal-ablation.techniques.intro', fr: 'Une tumeur pourra ainsi être détruite :', en: 'In this way, a tumour can be destroyed:'},
      {id: 'thermal-ablation.techniques.heat', fr: 'par application de chaud :', en: 'by applying heat:'},
      {id: 'thermal-ablation.technique.radiofrequency', fr: 'radiofréquence', en: 'radiofrequency ablation'},
      {id: 'thermal-ablation.technique.microwave', fr: 'micro-ondes', en: 'microwave ablation'},
      {id: 'thermal-ablation.techniques.cold', fr: 'par application de froid :', en: 'by applying cold:'},
      {id: 'thermal-ablation.technique.cryotherapy', fr: 'cryothérapie', en: 'cryotherapy'},
    ],
  },
  {
    source:
      'Le CIMO dispose actuellement de la technique de radiofréquence permettant de détruire des tumeurs du foie, du rein ou du poumon par application de chaleur.',
    units: [
      {
        id: 'thermal-ablation.cimo.offers',
        fr: 'Le CIMO dispose actuellement de la technique de radiofréquence permettant de détruire des tumeurs du foie, du rein ou du poumon par application de chaleur.',
        en: 'CIMO currently offers radiofrequency ablation, which can destroy tumours of the liver, kidney or lung by applying heat.',
      },
    ],
  },
  {source: "Y'a-t-il des risques ?", units: [risksHeading]},
  {
    source:
      'Il y a les risques liés à l’anesthésie générale et les risques propres liés à la ponction d’un organe (saignement pour le foie et le rein et pneumothorax ou saignement pour le poumon), même si tous les moyens sont mis en oeuvre pour les prévenir et les traiter.',
    rewordings: [
      {
        from: 'Il y a les risques liés à l’anesthésie générale et les risques propres liés à la ponction d’un organe (saignement pour le foie et le rein et pneumothorax ou saignement pour le poumon), même si',
        to: 'Il y a : les risques liés à l’anesthésie générale les risques propres liés à la ponction d’un organe : pour le foie : saignement pour le rein : saignement pour le poumon : pneumothorax ou saignement Ces risques existent, même si',
        why: 'the risks as a list, one organ per line (so `organ` can narrow them); the concession its own sentence',
      },
    ],
    units: [
      risksIntro,
      {id: 'thermal-ablation.risks.anaesthesia', fr: 'les risques liés à l’anesthésie générale', en: 'the risks of a general anaesthetic'},
      {
        id: 'thermal-ablation.risks.puncture',
        fr: 'les risques propres liés à la ponction d’un organe :',
        en: 'the risks that come with puncturing an organ:',
      },
      {id: 'thermal-ablation.risks.liver', fr: 'pour le foie : saignement', en: 'for the liver: bleeding'},
      {id: 'thermal-ablation.risks.kidney', fr: 'pour le rein : saignement', en: 'for the kidney: bleeding'},
      {
        id: 'thermal-ablation.risks.lung',
        fr: 'pour le poumon : pneumothorax ou saignement',
        en: 'for the lung: a collapsed lung (pneumothorax) or bleeding',
      },
      reassurance,
    ],
  },
  {
    source: "Une fiche d'information détaillée vous sera remise avant l'examen.",
    units: [
      {
        id: 'risks.sheet-note',
        fr: 'Une fiche d’information détaillée vous sera remise avant l’examen.',
        en: 'You will be given a detailed information sheet before the procedure.',
      },
    ],
  },
  {
    source: 'Vous pouvez la télécharger dès à présent sur le site de la Société Française de Radiologie :',
    rewordings: [
      {
        from: 'Vous pouvez la télécharger dès à présent sur le site de la Société Française de Radiologie :',
        to: 'Vous pouvez télécharger dès à présent la fiche d’information détaillée sur le site de la Société Française de Radiologie (SFR) : Fiche d’information de la SFR : la destruction tumorale par thermothérapie',
        why: '"la" stood for the sheet of the previous sentence (the link may be shown alone); SFR is introduced; the link the page lost is restored (content-source/README.md)',
      },
    ],
    units: [
      {
        id: 'sfr-link.thermal-ablation.intro',
        fr: 'Vous pouvez télécharger dès à présent la fiche d’information détaillée sur le site de la Société Française de Radiologie (SFR) :',
        en: 'You can download the detailed information sheet now from the website of the French Society of Radiology (Société Française de Radiologie, SFR):',
      },
      {
        id: 'sfr-link.thermal-ablation.label',
        fr: 'Fiche d’information de la SFR : la destruction tumorale par thermothérapie',
        en: 'SFR information sheet: destroying tumours with heat or cold (thermal ablation)',
      },
    ],
  },
];

/**
 * Messages that state no fact of their own: headings and labels that structure the page, and
 * what the README's rules allow beyond the page. Their text comes from the catalogue.
 */
export const structuralLabels: {id: string; why: string}[] = [
  {id: 'drainage.what.heading', why: 'section heading'},
  {id: 'procedure.how.heading', why: 'section heading'},
  {id: 'drainage.stay.heading', why: 'section heading'},
  {id: 'drainage.variants.heading', why: 'section heading'},
  {id: 'thermal-ablation.what.heading', why: 'section heading'},
  {id: 'thermal-ablation.stay.heading', why: 'section heading'},
  {id: 'thermal-ablation.techniques.heading', why: 'section heading'},
  {id: 'thermal-ablation.technique.offered-badge', why: 'marks the techniques of the clinic’s own statement'},
  {id: 'risks.heading-context', why: 'the procedure’s title, for screen-reader users who jump between headings'},
  {id: 'sfr-link.new-tab', why: 'tells screen-reader users the link opens a new tab'},
  {id: 'sfr-link.drainage.intro', why: 'a link to the SFR’s information on drainage (source README), no promise'},
  {id: 'sfr-link.drainage.label', why: 'a link to the SFR’s information on drainage (source README), no promise'},
  {id: 'procedure.reviewed', why: 'the review date a clinic gives in `reviewed`'},
];

/** A partner's own statements, built from its attributes (README, claim rules): never CIMO's. */
export const partnerIds: {id: string; why: string}[] = [
  ...['radiofrequency', 'microwave', 'cryotherapy'].map((technique) => ({
    id: `thermal-ablation.partner.offers.${technique}`,
    why: 'sentence 19 for a technique the partner lists',
  })),
  {id: 'thermal-ablation.partner.tumours', why: 'sentence 19’s tumours when the partner names no organ'},
  {id: 'thermal-ablation.partner.tumours-of', why: 'sentence 19’s tumours of the organs the partner names'},
  ...['liver', 'kidney', 'lung'].map((organ) => ({id: `thermal-ablation.partner.organ.${organ}`, why: 'an organ the partner names'})),
  {id: 'thermal-ablation.partner.stay.one', why: 'sentence 16’s stay for a partner, no place'},
  {id: 'thermal-ablation.partner.stay.other', why: 'sentence 16’s stay for a partner, no place'},
];
