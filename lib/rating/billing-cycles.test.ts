import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal';
import { roundTo } from '../money/rounding';
import { anchorDateIn, cycleHolding, cyclesEndingIn, cyclesStartingIn, periodAfter } from './billing-cycles';
import { rateGraduated } from './graduated';
import { days360, prorateBy } from './proration';

describe('monthly cycles on an anchor day', () => {
  it('clamp the 31st to the end of shorter months', () => {
    expect(anchorDateIn('2027-01-31', 1, 31)).toBe('2027-02-28');
    expect(anchorDateIn('2027-02-28', 1, 31)).toBe('2027-03-31');
    expect(cycleHolding('2027-02-28', 31)).toEqual({ start: '2027-02-28', end: '2027-03-31' });
    expect(cycleHolding('2027-02-27', 31)).toEqual({ start: '2027-01-31', end: '2027-02-28' });
  });

  it('are found by where they start or end', () => {
    const nov = { start: '2026-11-01', end: '2026-12-01' };
    expect(cyclesStartingIn(nov, 15)).toEqual([{ start: '2026-11-15', end: '2026-12-15' }]);
    expect(cyclesEndingIn(nov, 15)).toEqual([{ start: '2026-10-15', end: '2026-11-15' }]);
    expect(cyclesEndingIn(nov, 1)).toEqual([nov]);
    expect(cyclesStartingIn(nov, 1)).toEqual([nov]);
  });

  it('give the period after a billing period: whole months on the anchor, else as many days', () => {
    expect(periodAfter({ start: '2026-11-01', end: '2026-12-01' }, 1)).toEqual({
      start: '2026-12-01',
      end: '2027-01-01',
    });
    expect(periodAfter({ start: '2027-01-31', end: '2027-02-28' }, 31)).toEqual({
      start: '2027-02-28',
      end: '2027-03-31',
    });
    expect(periodAfter({ start: '2026-10-01', end: '2027-01-01' }, 1)).toEqual({
      start: '2027-01-01',
      end: '2027-04-01',
    });
    expect(periodAfter({ start: '2026-11-01', end: '2026-11-15' }, 1)).toEqual({
      start: '2026-11-15',
      end: '2026-11-29',
    });
  });
});

describe('proration methods', () => {
  const june = { start: '2026-06-01', end: '2026-07-01' };
  const fromThe22nd = { start: '2026-06-22', end: '2026-07-01' };
  const cents = (amount: Dec) => roundTo(amount, 2, 'half_up');

  it('prorate the whole amount: graduated 1.25 then 1.00 at 3 units for 9 of 30 days is 0.98', () => {
    const tiers = [
      { upTo: new Dec(1), unitPrice: new Dec('1.25') },
      { upTo: null, unitPrice: new Dec('1.00') },
    ];
    const full = rateGraduated(new Dec(3), { tiers }).amount;
    expect(full.toFixed()).toBe('3.25');
    expect(cents(prorateBy('actual_days', full, fromThe22nd, june, cents)).toFixed(2)).toBe('0.98');
  });

  it('by 30-day months, a rounded daily rate, or not at all', () => {
    const feb = { start: '2027-02-01', end: '2027-03-01' };
    const fromThe15th = { start: '2027-02-15', end: '2027-03-01' };
    const full = new Dec('100');
    expect(days360('2027-02-15', '2027-03-01')).toBe(16);
    expect(days360('2027-01-31', '2027-03-01')).toBe(31);
    expect(prorateBy('actual_days', full, fromThe15th, feb, cents).toFixed()).toBe('50');
    expect(prorateBy('thirty_day_months', full, fromThe15th, feb, cents).toFixed(4)).toBe('53.3333');
    // 100 / 28 = 3.571… → 3.57 a day, × 14 days.
    expect(prorateBy('daily_rate_rounded', full, fromThe15th, feb, cents).toFixed(2)).toBe('49.98');
    expect(prorateBy('none', full, fromThe15th, feb, cents).toFixed()).toBe('100');
    for (const method of ['actual_days', 'thirty_day_months', 'daily_rate_rounded', 'none'] as const)
      expect(prorateBy(method, new Dec('99.99'), feb, feb, cents).toFixed()).toBe('99.99');
  });
});
