import { describe, expect, it } from 'vitest';
import {
  firstSkippedRunDay,
  nextOccurrences,
  occurrencesBetween,
  type ScheduleTiming,
} from './schedule-occurrences';

const monthly = (patch: Partial<ScheduleTiming> = {}): ScheduleTiming => ({
  cycle: 'calendar_month',
  dayOfMonth: 3,
  lastDayOfMonth: false,
  runTime: '06:00',
  issueDateRule: 'run_day',
  ...patch,
});

describe('calendar-month schedules', () => {
  it('run on their day at their local time and bill the month before', () => {
    const [first, second] = nextOccurrences(
      monthly(),
      'America/New_York',
      new Date('2026-12-07T00:00:00Z'),
      2,
    );
    expect(first).toEqual({
      dueAt: new Date('2027-01-03T11:00:00Z'),
      runDay: '2027-01-03',
      period: { start: '2026-12-01', end: '2027-01-01' },
      issueDate: '2027-01-03',
      billingDay: null,
    });
    expect(second?.dueAt).toEqual(new Date('2027-02-03T11:00:00Z'));
  });

  it('date invoices at the end of the period when asked', () => {
    const [first] = nextOccurrences(
      monthly({ issueDateRule: 'period_end' }),
      'UTC',
      new Date('2026-12-07T00:00:00Z'),
      1,
    );
    expect(first?.issueDate).toBe('2027-01-01');
  });

  it('on the last day of the month run on 28 February, 29 in a leap year, and 31 March', () => {
    const days = nextOccurrences(
      monthly({ dayOfMonth: null, lastDayOfMonth: true }),
      'UTC',
      new Date('2027-01-31T12:00:00Z'),
      14,
    ).map((occurrence) => occurrence.runDay);
    expect(days.slice(0, 2)).toEqual(['2027-02-28', '2027-03-31']);
    expect(days).toContain('2028-02-29');
  });

  it('a run due while nothing ran is still due, once, and the next one not yet', () => {
    const due = occurrencesBetween(
      monthly(),
      'Europe/Berlin',
      new Date('2026-11-03T05:00:00Z'),
      new Date('2027-01-04T00:00:00Z'),
      10,
    );
    expect(due.map((occurrence) => occurrence.dueAt.toISOString())).toEqual([
      '2026-12-03T05:00:00.000Z',
      '2027-01-03T05:00:00.000Z',
    ]);
  });
});

describe('anniversary schedules', () => {
  it('run every day from the 2nd to the 28th for the cycles that ended that day', () => {
    const days = nextOccurrences(
      { ...monthly(), cycle: 'anniversary', dayOfMonth: null },
      'UTC',
      new Date('2027-01-27T12:00:00Z'),
      3,
    );
    expect(days.map((occurrence) => [occurrence.runDay, occurrence.billingDay])).toEqual([
      ['2027-01-28', 28],
      ['2027-02-02', 2],
      ['2027-02-03', 3],
    ]);
    expect(days[0]?.period).toEqual({ start: '2027-01-28', end: '2027-01-29' });
  });
});

describe('run times clocks skip', () => {
  it('are found on the day clocks go forward', () => {
    const skipped = firstSkippedRunDay(
      monthly({ dayOfMonth: 14, runTime: '02:30' }),
      'America/New_York',
      new Date('2026-12-07T00:00:00Z'),
      730,
    );
    expect(skipped).toBe('2027-03-14');
  });

  it('are none for a time outside the gap', () => {
    expect(
      firstSkippedRunDay(
        monthly({ dayOfMonth: 14, runTime: '03:30' }),
        'America/New_York',
        new Date('2026-12-07T00:00:00Z'),
        730,
      ),
    ).toBeNull();
  });
});
