import { choicesOf } from '@/app/_components/ui/choice-select';
import type {
  CutoverWaveStatus,
  MigrationImportStatus,
  ParallelRunStatus,
  ReconciliationStatus,
  VarianceCause,
  VarianceResolution,
} from '@/app/_gql/graphql';

/**
 * Words and badge tones for the migration API's enums, as a reviewer would say them. The enum
 * types are the schema's (generated): a value added to the schema fails to compile here until
 * it has its words.
 */
export const causeLabels: Record<VarianceCause, string> = {
  RATE: 'Rate',
  USAGE_MISSING: 'Usage missing',
  RECURRING_PRICE: 'Recurring price',
  PRORATION: 'Proration',
  DISCOUNT: 'Discount',
  TAX: 'Tax',
  NOT_BILLED_IN_LEGACY: 'Not billed in legacy',
  NOT_BILLED_IN_NEW: 'Not billed in Switchboard',
  OTHER: 'Other',
};

/** The causes in the order reviewers read them (the schema's order). */
export const varianceCauses = choicesOf(causeLabels);

/** The line types a parallel run compares (LineTolerance.lineType), each with its own tolerance. */
export const lineTypes = ['recurring', 'discount', 'usage', 'one_time', 'tax'] as const;

export const statusLabels: Record<ReconciliationStatus, string> = {
  MATCH: 'Match',
  VARIANCE: 'Variance',
  MISSING_IN_LEGACY: 'Missing in legacy',
  MISSING_IN_NEW: 'Missing in Switchboard',
};

export const reconciliationStatuses = choicesOf(statusLabels);

export const statusTones = {
  MATCH: 'good',
  VARIANCE: 'warn',
  MISSING_IN_LEGACY: 'bad',
  MISSING_IN_NEW: 'bad',
} as const satisfies Record<ReconciliationStatus, string>;

export const resolutionLabels: Record<VarianceResolution, string> = {
  OPEN: 'Open',
  CONFIRMED: 'Cause confirmed',
  ACCEPTED: 'Accepted',
  DEFECT: 'Defect',
};

export const varianceResolutions = choicesOf(resolutionLabels);

export const resolutionTones = {
  OPEN: 'neutral',
  CONFIRMED: 'info',
  ACCEPTED: 'good',
  DEFECT: 'bad',
} as const satisfies Record<VarianceResolution, string>;

/** Imports and parallel runs share their three states. */
export const runTones = { RUNNING: 'info', COMPLETED: 'good', FAILED: 'bad' } as const satisfies Record<
  MigrationImportStatus & ParallelRunStatus,
  string
>;

export const waveTones = {
  PLANNED: 'neutral',
  CUT_OVER: 'good',
  ROLLED_BACK: 'warn',
} as const satisfies Record<CutoverWaveStatus, string>;

export const waveLabels: Record<CutoverWaveStatus, string> = {
  PLANNED: 'Planned',
  CUT_OVER: 'Cut over',
  ROLLED_BACK: 'Rolled back',
};
