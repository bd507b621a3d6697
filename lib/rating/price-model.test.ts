import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, sum } from '../money/decimal';
import { type PriceModel, priceModelProblems, ratePrice } from './price-model';
import type { Tier } from './types';

const d = (value: string | number) => new Dec(value);
/** Tiers by their inclusive upper bounds; null for the last, open one. */
const tiers = (...rows: [number | string | null, string, string?][]): Tier[] =>
  rows.map(([upTo, unitPrice, flatFee]) => ({
    upTo: upTo === null ? null : d(upTo),
    unitPrice: d(unitPrice),
    flatFee: flatFee ? d(flatFee) : null,
  }));
const amountOf = (price: PriceModel, quantity: string | number) =>
  ratePrice(price, d(quantity)).amount.toString();

describe('worked examples from public pricing documentation', () => {
  it('graduated: 15,000 requests at 0.01 / 0.008 / 0.005 cost 107 (Autumn docs, "Graduated Pricing")', () => {
    // https://docs.useautumn.com/documentation/modelling-pricing/graduated-pricing
    expect(
      amountOf(
        { model: 'graduated', tiers: tiers([1000, '0.01'], [10000, '0.008'], [null, '0.005']) },
        15000,
      ),
    ).toBe('107');
  });

  it('graduated 600 and volume 150 for 15,000 units at 0.10 / 0.05 / 0.01 (Zuplo docs, "Pricing models")', () => {
    // https://zuplo.com/docs/articles/monetization/pricing-models
    const table = tiers([1000, '0.10'], [10000, '0.05'], [null, '0.01']);
    expect(amountOf({ model: 'graduated', tiers: table }, 15000)).toBe('600');
    expect(amountOf({ model: 'volume', tiers: table }, 15000)).toBe('150');
  });

  it('volume: 65,000 calls land in the 0.0006 tier, 39 in all (Flexprice docs, "Tiered")', () => {
    // https://docs.flexprice.io/docs/product-catalogue/plans/billing-models/tiered
    // The page gives the top tier's rate and the result; the lower tiers' bounds are ours.
    const table = tiers([20000, '0.0010'], [50000, '0.0008'], [null, '0.0006']);
    expect(amountOf({ model: 'volume', tiers: table }, 65000)).toBe('39');
  });

  it('package: 4,500 calls in packages of 1,000 at 1.00 are 5 packages, 5.00 (Flexprice docs, "Tiered")', () => {
    expect(amountOf({ model: 'package', packageSize: d(1000), packagePrice: d('1.00') }, 4500)).toBe('5');
  });

  it('the legacy export sample: 3,103 SMS graduated is 26.824; 51,734.840 MB volume is 1,034.6968', () => {
    // ../shared/legacy-export/sample-small: price_tiers.csv and invoice_lines.csv (26.82, 1034.70 after rounding)
    // v1's starts 0 / 1000 / 10000 and 0 / 1024 / 10240 as the import bounds them (data has 3 decimals)
    const sms = tiers([1000, '0.0100'], [10000, '0.0080'], [null, '0.0060']);
    const data = tiers(['1023.999', '0.0500'], ['10239.999', '0.0300'], [null, '0.0200']);
    expect(amountOf({ model: 'graduated', tiers: sms }, 3103)).toBe('26.824');
    expect(amountOf({ model: 'volume', tiers: data }, '51734.840')).toBe('1034.6968');
  });
});

describe('edges', () => {
  const table = tiers([100, '0.10'], [null, '0.05', '2.00']);

  it('a quantity equal to a tier upTo belongs to that tier, in both modes', () => {
    expect(ratePrice({ model: 'volume', tiers: table }, d(100)).breakdown[0]?.tierIndex).toBe(0);
    expect(ratePrice({ model: 'volume', tiers: table }, d('100.0001')).breakdown[0]?.tierIndex).toBe(1);
    // graduated: exactly 100 units fill tier 1 and reach nothing of tier 2 (no flat fee yet)
    expect(amountOf({ model: 'graduated', tiers: table }, 100)).toBe('10');
    expect(amountOf({ model: 'graduated', tiers: table }, '100.5')).toBe('12.025');
  });

  it('zero costs nothing except a flat fee or a minimum', () => {
    expect(amountOf({ model: 'graduated', tiers: table }, 0)).toBe('0');
    expect(amountOf({ model: 'volume', tiers: table }, 0)).toBe('0');
    expect(amountOf({ model: 'package', packageSize: d(10), packagePrice: d(3) }, 0)).toBe('0');
    expect(amountOf({ model: 'flat', amount: d('49.00') }, 0)).toBe('49');
    expect(amountOf({ model: 'per_unit', unitPrice: d('1.25'), minimumCharge: d('10') }, 0)).toBe('10');
  });

  it('a minimum charge tops up with its own breakdown line and leaves larger amounts alone', () => {
    const price: PriceModel = { model: 'per_unit', unitPrice: d('1.25'), minimumCharge: d('10') };
    const low = ratePrice(price, d(3));
    expect(low.amount.toString()).toBe('10');
    expect(low.breakdown.map((line) => [line.label, line.amount.toString()])).toEqual([
      ['Per unit', '3.75'],
      ['Minimum charge top-up', '6.25'],
    ]);
    expect(amountOf(price, 9)).toBe('11.25');
  });

  it('refuses negative quantities', () => {
    expect(() => ratePrice({ model: 'per_unit', unitPrice: d(1) }, d(-1))).toThrow(RangeError);
  });

  it('explains what is wrong with a price definition', () => {
    expect(priceModelProblems({ model: 'graduated', tiers: tiers([10, '1'], [5, '-1']) })).toEqual([
      'Tier 2 must go up to more than tier 1 (10).',
      'The last tier must be open (no upTo).',
      'Tier 2 has a negative unit price.',
    ]);
    expect(priceModelProblems({ model: 'volume', tiers: tiers([0, '1'], [null, '1'], [null, '1']) })).toEqual(
      ['Tier 1 must go up to more than 0.', 'Only the last tier can be open (tier 2 has no upTo).'],
    );
    expect(priceModelProblems({ model: 'package', packageSize: d(0), packagePrice: d(1) })).toEqual([
      'The package size must be above zero.',
    ]);
    expect(priceModelProblems({ model: 'volume', tiers: [] })).toEqual([
      'A tiered price needs at least one tier.',
    ]);
  });
});

/** Arbitrary valid tier tables: bounds rise from above 0, the last open, prices and fees non-negative, up to 4 decimals. */
const money = (max: number) => fc.integer({ min: 0, max: max * 10000 }).map((n) => d(n).dividedBy(10000));
const tierTable = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 5000 }), money(5), fc.option(money(20), { nil: undefined })), {
    minLength: 1,
    maxLength: 5,
  })
  .map((rows) => {
    let bound = 0;
    return rows.map(([gap, unitPrice, flatFee], index) => {
      bound += gap;
      const upTo = index === rows.length - 1 ? null : d(bound);
      return { upTo, unitPrice, flatFee: flatFee ?? null } satisfies Tier;
    });
  });
const quantity = fc.integer({ min: 0, max: 2_000_000 }).map((n) => d(n).dividedBy(100));

describe('properties', () => {
  it('graduated parts add up to the amount and to the quantity', () => {
    fc.assert(
      fc.property(tierTable, quantity, (table, q) => {
        const rated = ratePrice({ model: 'graduated', tiers: table }, q);
        expect(sum(rated.breakdown.map((line) => line.amount)).equals(rated.amount)).toBe(true);
        expect(sum(rated.breakdown.map((line) => line.quantity)).equals(q)).toBe(true);
      }),
    );
  });

  it('graduated, per-unit, package and flat amounts never fall as the quantity rises', () => {
    fc.assert(
      fc.property(
        tierTable,
        money(3),
        fc.integer({ min: 1, max: 500 }),
        quantity,
        quantity,
        (table, unitPrice, size, a, b) => {
          const [low, high] = a.lessThanOrEqualTo(b) ? [a, b] : [b, a];
          const prices: PriceModel[] = [
            { model: 'graduated', tiers: table },
            { model: 'per_unit', unitPrice },
            { model: 'package', packageSize: d(size), packagePrice: unitPrice },
            { model: 'flat', amount: unitPrice },
          ];
          for (const price of prices) {
            expect(ratePrice(price, low).amount.lessThanOrEqualTo(ratePrice(price, high).amount)).toBe(true);
          }
        },
      ),
    );
  });

  it('volume pricing never exceeds pricing every unit at the first tier when tiers get cheaper', () => {
    // Volume is not monotonic (crossing into a cheaper tier lowers the total); what holds
    // for descending tiers is that it never charges more than the first tier would.
    fc.assert(
      fc.property(tierTable, quantity, (table, q) => {
        const descending = table.every(
          (tier, i) => i === 0 || !tier.unitPrice.greaterThan(table[i - 1]?.unitPrice ?? 0),
        );
        fc.pre(descending && table.every((tier) => !tier.flatFee));
        const first = table[0]?.unitPrice ?? d(0);
        expect(ratePrice({ model: 'volume', tiers: table }, q).amount.lessThanOrEqualTo(q.times(first))).toBe(
          true,
        );
      }),
    );
  });

  it('package amounts are whole packages: (packages - 1) × size < quantity ≤ packages × size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), quantity, (size, q) => {
        const packages = ratePrice({ model: 'package', packageSize: d(size), packagePrice: d(1) }, q).amount;
        expect(packages.isInteger()).toBe(true);
        expect(packages.times(size).greaterThanOrEqualTo(q)).toBe(true);
        if (q.greaterThan(0)) expect(packages.minus(1).times(size).lessThan(q)).toBe(true);
      }),
    );
  });
});
