import { isIsoDate } from '../dates';
import type { Dec } from '../money/decimal';

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`"${date}" is not a date (YYYY-MM-DD)`);
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** Calendar days from `from` up to `to` (exclusive): 2026-10-01 → 2026-11-01 is 31. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Days a span [start, end) shares with a period [start, end); an open end runs forever.
 * A span that ends before it starts (bad data) shares nothing.
 */
export function overlapDays(
  span: { start: string; end: string | null },
  period: { start: string; end: string },
): number {
  const from = Math.max(dayNumber(span.start), dayNumber(period.start));
  const to = Math.min(
    span.end === null ? Number.POSITIVE_INFINITY : dayNumber(span.end),
    dayNumber(period.end),
  );
  return Math.max(0, to - from);
}

/**
 * A full period's amount for `days` of its `periodDays`, by actual days (no 30-day month),
 * unrounded: FORMAT.md's recurring line is round2(quantity × price × days / D).
 */
export function prorate(fullPeriodAmount: Dec, days: number, periodDays: number): Dec {
  if (!Number.isInteger(days) || days < 0 || days > periodDays)
    throw new RangeError(`Cannot prorate ${days} of ${periodDays} days`);
  if (days === periodDays) return fullPeriodAmount;
  return fullPeriodAmount.times(days).dividedBy(periodDays);
}
