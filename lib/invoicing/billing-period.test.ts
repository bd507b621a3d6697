import { describe, expect, it } from 'vitest';
import { accountPeriodIn } from './billing-period';

const october = { start: '2026-10-01', end: '2026-11-01' };

describe('accountPeriodIn', () => {
  it('bills calendar-month accounts for the run period', () => {
    expect(accountPeriodIn({ billingCycle: 'calendar_month', billingDay: 15 }, october)).toEqual(october);
    expect(accountPeriodIn({ billingCycle: 'anniversary', billingDay: 1 }, october)).toEqual(october);
  });

  it('bills anniversary accounts for the month ending on their day inside the run', () => {
    expect(accountPeriodIn({ billingCycle: 'anniversary', billingDay: 15 }, october)).toEqual({
      start: '2026-09-15',
      end: '2026-10-15',
    });
    expect(
      accountPeriodIn(
        { billingCycle: 'anniversary', billingDay: 28 },
        { start: '2027-03-01', end: '2027-04-01' },
      ),
    ).toEqual({
      start: '2027-02-28',
      end: '2027-03-28',
    });
    // A run starting mid-month finds the day in the next month.
    expect(
      accountPeriodIn(
        { billingCycle: 'anniversary', billingDay: 5 },
        { start: '2026-10-20', end: '2026-11-20' },
      ),
    ).toEqual({
      start: '2026-10-05',
      end: '2026-11-05',
    });
  });

  it('has no period when the run holds no billing day', () => {
    expect(
      accountPeriodIn(
        { billingCycle: 'anniversary', billingDay: 20 },
        { start: '2026-10-01', end: '2026-10-10' },
      ),
    ).toBeNull();
  });
});
