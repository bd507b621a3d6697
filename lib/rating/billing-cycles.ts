import { addDays, isoDateOf } from '../dates';
import { daysBetween } from './proration';
import type { Span } from './spans';

function parts(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month: month - 1, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/**
 * The day `anchorDay` of the month `months` after (before, when negative) the month of
 * `date`, clamped to the month's last day: anchor 31 falls on 28 February.
 */
export function anchorDateIn(date: string, months: number, anchorDay: number): string {
  const { year, month } = parts(date);
  const target = new Date(Date.UTC(year, month + months, 1));
  const day = Math.min(anchorDay, daysInMonth(target.getUTCFullYear(), target.getUTCMonth()));
  target.setUTCDate(day);
  return isoDateOf(target);
}

/** The monthly cycle anchored on `anchorDay` that holds `date`. */
export function cycleHolding(date: string, anchorDay: number): Span {
  let start = anchorDateIn(date, 0, anchorDay);
  if (start > date) start = anchorDateIn(date, -1, anchorDay);
  return { start, end: anchorDateIn(start, 1, anchorDay) };
}

/** The monthly cycles anchored on `anchorDay` that start in `window`, in order. */
export function cyclesStartingIn(window: Span, anchorDay: number): Span[] {
  const cycles: Span[] = [];
  let cycle = cycleHolding(window.start, anchorDay);
  if (cycle.start < window.start) cycle = { start: cycle.end, end: anchorDateIn(cycle.end, 1, anchorDay) };
  while (cycle.start < window.end) {
    cycles.push(cycle);
    cycle = { start: cycle.end, end: anchorDateIn(cycle.end, 1, anchorDay) };
  }
  return cycles;
}

/** The monthly cycles anchored on `anchorDay` that end in (window.start, window.end], in order. */
export function cyclesEndingIn(window: Span, anchorDay: number): Span[] {
  // A cycle ends where the next one starts: find those next starts in (start, end].
  return cyclesStartingIn({ start: addDays(window.start, 1), end: addDays(window.end, 1) }, anchorDay).map(
    (next) => ({ start: anchorDateIn(next.start, -1, anchorDay), end: next.start }),
  );
}

/**
 * The billing period after `period`: the same number of months on the same anchor day when
 * the period is whole months of the account's cycle (the usual case), else as many days.
 */
export function periodAfter(period: Span, anchorDay: number): Span {
  for (let months = 1; months <= 12; months += 1) {
    if (anchorDateIn(period.start, 0, anchorDay) !== period.start) break;
    if (anchorDateIn(period.start, months, anchorDay) === period.end)
      return { start: period.end, end: anchorDateIn(period.start, 2 * months, anchorDay) };
  }
  return { start: period.end, end: addDays(period.end, daysBetween(period.start, period.end)) };
}
