/** Procedures described by the clinic's page. */
export const procedureIds = ['drainage', 'thermal-ablation'] as const;
export type ProcedureId = (typeof procedureIds)[number];

/** Organs whose puncture risks the page names for thermal ablation. */
export const organIds = ['liver', 'kidney', 'lung'] as const;
export type OrganId = (typeof organIds)[number];

/** Tumour-destruction techniques the page names. */
export const techniqueIds = ['radiofrequency', 'microwave', 'cryotherapy'] as const;
export type TechniqueId = (typeof techniqueIds)[number];

/** A titled block of a procedure: paragraphs, then an optional list. */
export interface Section {
  id: string;
  heading: string;
  paragraphs: string[];
  items?: string[];
}

/** A way of destroying a tumour, and whether the clinic offers it. */
export interface Technique {
  id: TechniqueId;
  name: string;
  offered: boolean;
}

/** Techniques grouped by what they apply to the tumour (heat or cold). */
export interface TechniqueGroup {
  id: 'heat' | 'cold';
  label: string;
  techniques: Technique[];
}

export interface TechniquesSection {
  heading: string;
  intro: string;
  groups: TechniqueGroup[];
  /** One statement per technique the clinic offers, made by the clinic it names. */
  offeredStatements: string[];
}

export interface ProcedureContent {
  id: ProcedureId;
  title: string;
  sections: Section[];
  techniques?: TechniquesSection;
}

/** A risk, optionally limited to the organ punctured. */
export interface Risk {
  id: string;
  text: string;
  byOrgan?: {organ: OrganId; text: string}[];
}

export interface RisksContent {
  heading: string;
  intro: string;
  risks: Risk[];
  reassurance: string;
  /** The promise of a detailed sheet, which the page makes for thermal ablation only. */
  sheetNote?: string;
}

/**
 * Who speaks on a procedure page, and so which claims (techniques offered, organs treated, length
 * of stay) it may carry: CIMO on its own page, uncustomised; a partner that names itself, only
 * what it states; nobody when a page is customised without a name (no claim at all).
 */
export type Speaker =
  | {kind: 'cimo'}
  | {
      kind: 'partner';
      name: string;
      techniques: readonly TechniqueId[];
      organs: readonly OrganId[];
      /** Undefined: the partner gave no (valid) length of stay, so none is stated. */
      stayNights?: number;
    }
  | {kind: 'nobody'};

/** The SFR link's wording for a procedure. */
export interface SfrLinkContent {
  intro: string;
  label: string;
}
