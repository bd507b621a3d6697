import type { ParallelRunAccountRow } from '../../../db/schema';

export type ReconciliationStatus = ParallelRunAccountRow['status'];
export type VarianceCause = NonNullable<ParallelRunAccountRow['suggestedCause']>;
export type VarianceResolution = ParallelRunAccountRow['resolution'];

export const varianceCauses: readonly VarianceCause[] = [
  'RATE',
  'USAGE_MISSING',
  'RECURRING_PRICE',
  'PRORATION',
  'DISCOUNT',
  'TAX',
  'NOT_BILLED_IN_LEGACY',
  'NOT_BILLED_IN_NEW',
  'OTHER',
];
