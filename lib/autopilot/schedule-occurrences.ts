import { DateTime } from 'luxon';
import type { BillingScheduleRow } from '../../db/schema';
import type { Period } from '../invoicing/billing-period';

export type ScheduleTiming = Pick<
  BillingScheduleRow,
  'cycle' | 'dayOfMonth' | 'lastDayOfMonth' | 'runTime' | 'issueDateRule'
>;

/** One due moment of a schedule and the run it starts. */
export interface ScheduleOccurrence {
  /** The instant it is due: its run time on its run day, in the organization's zone. */
  dueAt: Date;
  /** The local day it runs. */
  runDay: string;
  /** What the run bills. */
  period: Period;
  /** The date its invoices carry. */
  issueDate: string;
  /** Anniversary runs bill only the accounts whose billing day this is. */
  billingDay: number | null;
}

/**
 * Anniversary billing days run from 2 to 28 (the accounts' range); an anniversary account on
 * the 1st is billed like a calendar-month one, by the calendar-month schedule.
 */
const FIRST_ANNIVERSARY_DAY = 2;
const LAST_ANNIVERSARY_DAY = 28;

/**
 * The local days a schedule runs on, from `from`'s month (calendar month) or day
 * (anniversary) onwards, with what each run bills. A calendar-month schedule runs on its day
 * (or the month's last day: 28 or 29 February) and bills the calendar month before; an
 * anniversary schedule runs every day from the 2nd to the 28th and bills the cycles that
 * ended that day.
 */
function* runDaysFrom(
  schedule: ScheduleTiming,
  from: DateTime,
): Generator<Omit<ScheduleOccurrence, 'dueAt'>> {
  if (schedule.cycle === 'calendar_month') {
    for (let month = from.startOf('month'); ; month = month.plus({ months: 1 })) {
      const day = schedule.lastDayOfMonth
        ? month.endOf('month').startOf('day')
        : month.set({ day: schedule.dayOfMonth ?? 1 });
      const runDay = day.toISODate() as string;
      const periodEnd = month.toISODate() as string;
      const periodStart = month.minus({ months: 1 }).toISODate() as string;
      yield {
        runDay,
        period: { start: periodStart, end: periodEnd },
        issueDate: schedule.issueDateRule === 'run_day' ? runDay : periodEnd,
        billingDay: null,
      };
    }
  }
  for (let day = from.startOf('day'); ; day = day.plus({ days: 1 })) {
    if (day.day < FIRST_ANNIVERSARY_DAY || day.day > LAST_ANNIVERSARY_DAY) continue;
    const runDay = day.toISODate() as string;
    // A run over the one day its cycles end on: `accountPeriodIn` gives each account the month
    // that ended that day.
    yield {
      runDay,
      period: { start: runDay, end: day.plus({ days: 1 }).toISODate() as string },
      issueDate: runDay,
      billingDay: day.day,
    };
  }
}

/**
 * The instant `runTime` is on `runDay` in `zone`. A time the zone skips that day (clocks going
 * forward) is moved forward by the gap, as luxon does; schedules refuse such times when set.
 */
export function dueInstant(runDay: string, runTime: string, zone: string): DateTime {
  return DateTime.fromISO(`${runDay}T${runTime}`, { zone });
}

/**
 * The schedule's due moments after `after` and at or before `until`, oldest first, at most
 * `limit` of them: what a worker that was away between the two must start now.
 */
export function occurrencesBetween(
  schedule: ScheduleTiming,
  zone: string,
  after: Date,
  until: Date,
  limit: number,
): ScheduleOccurrence[] {
  const found: ScheduleOccurrence[] = [];
  // A day before `after` locally, so a run late that local day is not missed.
  const from = DateTime.fromJSDate(after, { zone }).minus({ days: 1 });
  for (const occurrence of runDaysFrom(schedule, from)) {
    const dueAt = dueInstant(occurrence.runDay, schedule.runTime, zone).toJSDate();
    if (dueAt > until || found.length >= limit) break;
    if (dueAt > after) found.push({ ...occurrence, dueAt });
  }
  return found;
}

/** The next `count` due moments after `after`: what the console shows as coming. */
export function nextOccurrences(
  schedule: ScheduleTiming,
  zone: string,
  after: Date,
  count: number,
): ScheduleOccurrence[] {
  return occurrencesBetween(schedule, zone, after, FAR_FUTURE, count);
}

const FAR_FUTURE = new Date(8.64e15);

/**
 * The first of the schedule's run days within `horizonDays` of `from` on which its run time
 * does not exist in the zone (skipped when clocks go forward), or null when there is none.
 */
export function firstSkippedRunDay(
  schedule: ScheduleTiming,
  zone: string,
  from: Date,
  horizonDays: number,
): string | null {
  const start = DateTime.fromJSDate(from, { zone });
  const horizon = start.plus({ days: horizonDays });
  for (const occurrence of runDaysFrom(schedule, start)) {
    const due = dueInstant(occurrence.runDay, schedule.runTime, zone);
    if (due > horizon) return null;
    if (due.toFormat('HH:mm') !== schedule.runTime) return occurrence.runDay;
  }
  return null;
}
