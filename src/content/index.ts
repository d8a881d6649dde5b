import type {ClinicOptions, ProcedureContent, ProcedureId, RisksContent} from './types.js';
import {drainageProcedure, drainageRisks, drainageTitle} from './drainage.js';
import {thermalAblationProcedure, thermalAblationRisks, thermalAblationTitle} from './thermal-ablation.js';

export * from './types.js';
export {overview} from './overview.js';
export type {OverviewContent} from './overview.js';

/** Content of each procedure, built in the current locale with the clinic's options. */
export const procedureContent: Record<ProcedureId, (options: ClinicOptions) => ProcedureContent> = {
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
