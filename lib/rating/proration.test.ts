import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, sum } from '../money/decimal';
import { roundLineAmount } from '../money/rounding';
import { daysBetween, overlapDays, prorate } from './proration';

const october = { start: '2026-10-01', end: '2026-11-01' };

describe('proration by actual days', () => {
  it('counts calendar days, the end exclusive', () => {
    expect(daysBetween('2026-10-01', '2026-11-01')).toBe(31);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-03-08', '2026-03-09')).toBe(1); // a daylight-saving day is still one day
  });

  it('measures overlap with the period, for spans that start, end or both inside it', () => {
    expect(overlapDays({ start: '2025-01-01', end: null }, october)).toBe(31);
    expect(overlapDays({ start: '2026-10-16', end: null }, october)).toBe(16);
    expect(overlapDays({ start: '2023-12-27', end: '2026-10-06' }, october)).toBe(5);
    expect(overlapDays({ start: '2026-10-10', end: '2026-10-20' }, october)).toBe(10);
    expect(overlapDays({ start: '2026-11-01', end: null }, october)).toBe(0);
    expect(overlapDays({ start: '2026-10-16', end: '2026-09-28' }, october)).toBe(0); // ends before it starts
  });

  it('prorates 16 of 31 days of 2 × 45.00 to 46.451612…, 46.45 on the invoice', () => {
    const amount = prorate(new Dec('90.00'), 16, 31);
    expect(amount.toFixed(6)).toBe('46.451613');
    expect(roundLineAmount(amount, 'USD', { mode: 'half_up', callDecimals: 4 }).toFixed(2)).toBe('46.45');
  });

  it('splitting a period into parts never changes the unrounded total (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 28, max: 31 }),
        fc.integer({ min: 0, max: 31 }),
        (cents, periodDays, cut) => {
          fc.pre(cut <= periodDays);
          const full = new Dec(cents).dividedBy(100);
          const parts = sum([prorate(full, cut, periodDays), prorate(full, periodDays - cut, periodDays)]);
          expect(parts.minus(full).abs().lessThan(new Dec('1e-30'))).toBe(true);
        },
      ),
    );
  });

  it('refuses more days than the period has', () => {
    expect(() => prorate(new Dec(1), 32, 31)).toThrow(RangeError);
    expect(() => overlapDays({ start: '2026-13-01', end: null }, october)).toThrow(RangeError);
  });
});

describe('recurring lines of the legacy sample', () => {
  it('match every recurring line of every account without a recurring fault, to the cent', () => {
    const dir = resolve(process.cwd(), '../shared/legacy-export/sample-small');
    const read = (file: string): Record<string, string>[] =>
      parse(readFileSync(resolve(dir, file)), { columns: true, skip_empty_lines: true });
    const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));
    const expected = JSON.parse(readFileSync(resolve(dir, '../sample-small.expected.json'), 'utf8'));
    const period = { start: manifest.period.start, end: manifest.period.end };
    const periodDays = daysBetween(period.start, period.end);
    const policy = { mode: manifest.rounding.mode, callDecimals: manifest.rounding.call_decimals };
    const catalogPrice = new Map(read('products.csv').map((p) => [p.product_code, p.unit_price]));
    const faulty = new Set(
      Object.entries(expected.faults as Record<string, { category: string }>)
        .filter(([, fault]) =>
          ['RECURRING_PRICE', 'PRORATION', 'NOT_BILLED_IN_LEGACY', 'NOT_BILLED_IN_NEW'].includes(
            fault.category,
          ),
        )
        .map(([account]) => account),
    );
    const legacy = new Map(
      read('invoice_lines.csv')
        .filter((l) => l.line_type === 'recurring')
        .map((l) => [l.subscription_id, l.amount]),
    );
    let compared = 0;
    const mismatches: string[] = [];
    for (const sub of read('subscriptions.csv')) {
      if (faulty.has(sub.account_id ?? '') || !legacy.has(sub.subscription_id)) continue;
      const days = overlapDays({ start: sub.start_date ?? '', end: sub.end_date || null }, period);
      const price = new Dec(sub.unit_price || catalogPrice.get(sub.product_code) || '0');
      const ours = roundLineAmount(
        prorate(price.times(sub.quantity ?? '0'), days, periodDays),
        'USD',
        policy,
      ).toFixed(2);
      compared += 1;
      if (ours !== new Dec(legacy.get(sub.subscription_id) ?? '0').toFixed(2))
        mismatches.push(`${sub.subscription_id}: legacy ${legacy.get(sub.subscription_id)} vs ours ${ours}`);
    }
    expect(compared).toBeGreaterThan(150);
    expect(mismatches).toEqual([]);
  });
});
