/** Shapes of the migration API as the console reads them (graphql/schema/migration/schema.graphql). */

export type ImportStatus = 'RUNNING' | 'COMPLETED' | 'FAILED';
export type RunStatus = 'RUNNING' | 'COMPLETED' | 'FAILED';
export type ReconciliationStatus = 'MATCH' | 'VARIANCE' | 'MISSING_IN_LEGACY' | 'MISSING_IN_NEW';
export type VarianceResolution = 'OPEN' | 'CONFIRMED' | 'ACCEPTED' | 'DEFECT';
export type WaveStatus = 'PLANNED' | 'CUT_OVER' | 'ROLLED_BACK';

export const varianceCauses = [
  'RATE',
  'USAGE_MISSING',
  'RECURRING_PRICE',
  'PRORATION',
  'DISCOUNT',
  'TAX',
  'NOT_BILLED_IN_LEGACY',
  'NOT_BILLED_IN_NEW',
  'OTHER',
] as const;
export type VarianceCause = (typeof varianceCauses)[number];

export const lineTypes = ['recurring', 'discount', 'usage', 'one_time', 'tax'] as const;

/** Words for enum values, as a reviewer would say them. */
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

export const statusLabels: Record<ReconciliationStatus, string> = {
  MATCH: 'Match',
  VARIANCE: 'Variance',
  MISSING_IN_LEGACY: 'Missing in legacy',
  MISSING_IN_NEW: 'Missing in Switchboard',
};

export const statusTones = {
  MATCH: 'good',
  VARIANCE: 'warn',
  MISSING_IN_LEGACY: 'bad',
  MISSING_IN_NEW: 'bad',
} as const;

export const resolutionLabels: Record<VarianceResolution, string> = {
  OPEN: 'Open',
  CONFIRMED: 'Cause confirmed',
  ACCEPTED: 'Accepted',
  DEFECT: 'Defect',
};

export const resolutionTones = {
  OPEN: 'neutral',
  CONFIRMED: 'info',
  ACCEPTED: 'good',
  DEFECT: 'bad',
} as const;

export const runTones = { RUNNING: 'info', COMPLETED: 'good', FAILED: 'bad' } as const;
export const waveTones = { PLANNED: 'neutral', CUT_OVER: 'good', ROLLED_BACK: 'warn' } as const;
export const waveLabels: Record<WaveStatus, string> = {
  PLANNED: 'Planned',
  CUT_OVER: 'Cut over',
  ROLLED_BACK: 'Rolled back',
};

export interface RunSummary {
  invoicesCompared: number;
  matching: number;
  invoiceAccuracy: string | null;
  legacyInvoices: number;
  newInvoices: number;
  variances: number;
  missingInLegacy: number;
  missingInNew: number;
  legacyArpu: string | null;
  newArpu: string | null;
  arpuPreservation: string | null;
  totalDifference: string;
  leakage: string;
}

export interface RunListItem {
  id: string;
  status: RunStatus;
  createdAt: string;
  createdBy: string;
  tolerances: { lineType: string; amount: string }[];
  summary: RunSummary | null;
  error: string | null;
}

export interface ReconciledLine {
  lineType: string;
  key: string;
  productCode: string | null;
  description: string | null;
  legacyQuantity: string | null;
  newQuantity: string | null;
  legacyUnitPrice: string | null;
  newUnitPrice: string | null;
  legacyAmount: string | null;
  newAmount: string | null;
  difference: string;
  differs: boolean;
}

export interface ReconciledAccount {
  legacyAccountId: string;
  accountName: string | null;
  account: { id: string; currency: string; systemOfRecord: string } | null;
  status: ReconciliationStatus;
  legacySubtotal: string | null;
  legacyTaxTotal: string | null;
  legacyTotal: string | null;
  newSubtotal: string | null;
  newTaxTotal: string | null;
  newTotal: string | null;
  difference: string;
  suggestedCause: VarianceCause | null;
  cause: VarianceCause | null;
  resolution: VarianceResolution;
  comment: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export const RECONCILED_ACCOUNT_FIELDS =
  'legacyAccountId accountName account { id currency systemOfRecord } status legacySubtotal legacyTaxTotal legacyTotal newSubtotal newTaxTotal newTotal difference suggestedCause cause resolution comment reviewedBy reviewedAt';

export const RUN_SUMMARY_FIELDS =
  'invoicesCompared matching invoiceAccuracy legacyInvoices newInvoices variances missingInLegacy missingInNew legacyArpu newArpu arpuPreservation totalDifference leakage';
