import type { BillingScheduleRow } from '../../db/schema';
import type { ScheduleOccurrence } from './schedule-occurrences';

export type BillingScheduleRecord = BillingScheduleRow;
export type ScheduledRunRecord = ScheduleOccurrence;
export type ScheduleCycle = BillingScheduleRow['cycle'];
export type IssueDateRule = BillingScheduleRow['issueDateRule'];

export const billingScheduleCycles = [
  'calendar_month',
  'anniversary',
] as const satisfies readonly ScheduleCycle[];
export const issueDateRules = ['run_day', 'period_end'] as const satisfies readonly IssueDateRule[];
