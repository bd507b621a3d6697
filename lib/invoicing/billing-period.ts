import { isoDateOf, utcDayStart } from '../dates';

export interface Period {
  start: string;
  /** Exclusive. */
  end: string;
}

/**
 * The period an account is billed for in a bill run. Calendar-month accounts (and
 * anniversary ones whose day is the 1st) are billed for the run's period. An anniversary
 * account is billed, in arrears, for the month that ends on its billing day inside the
 * run's period: day 15 in an October run bills 15 September to 15 October. None when the
 * run's period holds no billing day (a short custom period).
 */
export function accountPeriodIn(
  account: { billingCycle: 'calendar_month' | 'anniversary'; billingDay: number },
  run: Period,
): Period | null {
  if (account.billingCycle === 'calendar_month' || account.billingDay === 1) return run;
  const start = utcDayStart(run.start);
  const day = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), account.billingDay));
  if (day < start) day.setUTCMonth(day.getUTCMonth() + 1);
  const end = isoDateOf(day);
  if (end >= run.end) return null;
  const previous = new Date(day);
  previous.setUTCMonth(previous.getUTCMonth() - 1);
  return { start: isoDateOf(previous), end };
}
