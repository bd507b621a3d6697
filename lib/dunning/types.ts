import type {
  AccountDunningRow,
  DunningDeliveryRow,
  DunningPolicyRow,
  DunningStepRow,
} from '../../db/schema';

export type { DunningChannel } from '../../db/schema';
export type DunningStepRecord = DunningStepRow;
/** A policy with its live steps, in order. */
export type DunningPolicyRecord = DunningPolicyRow & { steps: DunningStepRow[] };
export type AccountDunningSettings = AccountDunningRow;
export type { DueDunningAction, DunningStageRow, OpenInvoiceDunning } from '../../db/queries/dunning';
export type DunningStageKind = import('../../db/queries/dunning').DunningStageRow['stage'];
export type DunningEmailRecord = DunningDeliveryRow;
