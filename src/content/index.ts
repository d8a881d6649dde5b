import type {ProcedureContent, ProcedureId, RisksContent, Speaker} from './types.js';
import {drainageProcedure, drainageRisks, drainageTitle} from './drainage.js';
import {thermalAblationProcedure, thermalAblationRisks, thermalAblationTitle} from './thermal-ablation.js';

export * from './types.js';
export {overview} from './overview.js';
export type {OverviewContent} from './overview.js';
export {sfrLinkContent} from './sfr-link.js';

/** Content of each procedure in the current locale, with the claims of whoever speaks on the page. */
export const procedureContent: Record<ProcedureId, (speaker: Speaker) => ProcedureContent> = {
  drainage: () => drainageProcedure(),
  'thermal-ablation': thermalAblationProcedure,
};

export const risksContent: Record<ProcedureId, () => RisksContent> = {
  drainage: drainageRisks,
  'thermal-ablation': thermalAblationRisks,
};

export const procedureTitle: Record<ProcedureId, () => string> = {
  drainage: drainageTitle,
  'thermal-ablation': thermalAblationTitle,
};
