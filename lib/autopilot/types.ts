import type { BillingScheduleRow, DraftFindingRow, DraftReviewRow } from '../../db/schema';
import type { ScheduleOccurrence } from './schedule-occurrences';

export type { CheckSettingRecord } from './check-settings';

export type BillingScheduleRecord = BillingScheduleRow;
export type ScheduledRunRecord = ScheduleOccurrence;
export type ScheduleCycle = BillingScheduleRow['cycle'];
export type IssueDateRule = BillingScheduleRow['issueDateRule'];

export const billingScheduleCycles = [
  'calendar_month',
  'anniversary',
] as const satisfies readonly ScheduleCycle[];
export const issueDateRules = ['run_day', 'period_end'] as const satisfies readonly IssueDateRule[];
export type DraftReviewState = DraftReviewRow['state'];
export type DraftFindingRecord = DraftFindingRow;

/** A draft's review with its findings, as the review queue shows it. */
export interface DraftReviewRecord extends DraftReviewRow {
  findings: DraftFindingRow[];
}
