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

export const prorationMethods = ['actual_days', 'thirty_day_months', 'daily_rate_rounded', 'none'] as const;
export type ProrationMethod = (typeof prorationMethods)[number];

/** Days from `from` to `to` counted in 30-day months (30E/360: the 31st counts as the 30th). */
export function days360(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 360 + (m2 - m1) * 30 + (Math.min(d2, 30) - Math.min(d1, 30));
}

/**
 * The share of a full cycle's amount for the days `part` of `cycle`, by a catalog's method:
 * - actual_days: full × days / days of the cycle (FORMAT.md's rule), unrounded;
 * - thirty_day_months: the same with 30E/360 day counts (every month has 30 days);
 * - daily_rate_rounded: the full amount ÷ days of the cycle, rounded to the currency first
 *   (`roundMoney`), then × days: what many legacy systems print as "n days at x.xx";
 * - none: a started cycle costs in full.
 * The whole cycle always costs the full amount, whatever the method.
 */
export function prorateBy(
  method: ProrationMethod,
  fullAmount: Dec,
  part: { start: string; end: string },
  cycle: { start: string; end: string },
  roundMoney: (amount: Dec) => Dec,
): Dec {
  if (part.start === cycle.start && part.end === cycle.end) return fullAmount;
  switch (method) {
    case 'actual_days':
      return prorate(fullAmount, daysBetween(part.start, part.end), daysBetween(cycle.start, cycle.end));
    case 'thirty_day_months': {
      const cycleDays = days360(cycle.start, cycle.end);
      return fullAmount.times(days360(part.start, part.end)).dividedBy(cycleDays);
    }
    case 'daily_rate_rounded':
      return roundMoney(fullAmount.dividedBy(daysBetween(cycle.start, cycle.end))).times(
        daysBetween(part.start, part.end),
      );
    case 'none':
      return fullAmount;
  }
}
