import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, sum } from '../money/decimal';
import { rateGraduated } from './graduated';
import { rateGraduatedPercentage } from './graduated-percentage';
import { type PercentagePrice, percentageProblems, ratePercentage, transactionCharge } from './percentage';
import { priceModelProblems, ratePrice } from './price-model';
import type { Tier } from './types';

const d = (value: string | number) => new Dec(value);
const amounts = (...values: string[]) => values.map(d);
const charge = (values: string[], price: PercentagePrice) =>
  ratePercentage(amounts(...values), price).amount.toString();

describe('percentage: rate of each transaction plus a fee', () => {
  const card: PercentagePrice = { ratePercent: d('2.9'), transactionFee: d('0.30') };

  it('Stripe’s card pricing: 2.9% + 0.30 of 100.00 is 3.20', () => {
    expect(charge(['100.00'], card)).toBe('3.2');
    expect(charge(['100.00', '10.00'], card)).toBe('3.79');
  });

  it('a minimum raises a small transaction, a maximum caps a large one, each per transaction', () => {
    const price = { ...card, transactionMinimum: d('0.50'), transactionMaximum: d('5.00') };
    expect(transactionCharge(d('1.00'), price).toString()).toBe('0.5'); // 0.329 → 0.50
    expect(transactionCharge(d('1000'), price).toString()).toBe('5'); // 29.30 → 5.00
    expect(transactionCharge(d('50'), price).toString()).toBe('1.75');
    expect(charge(['1.00', '1000', '50'], price)).toBe('7.25');
  });

  it('the first N transactions are free, fee and minimum included', () => {
    const price = { ...card, transactionMinimum: d('0.50'), freeTransactions: 2 };
    expect(charge(['100', '100', '100'], price)).toBe('3.2');
    expect(charge(['100'], price)).toBe('0');
    const rated = ratePercentage(amounts('100', '100', '100'), price);
    expect(rated.breakdown[0]?.label).toBe('1 transaction at 2.9% + 0.3 (2 free)');
  });

  it('a free amount covers transactions until their running total passes it; the crossing one pays on the excess', () => {
    const price: PercentagePrice = { ratePercent: d('2'), transactionFee: d('0.10'), freeAmount: d('150') };
    // 100 free (total 100); 80 crosses at 150: 30 charged → 0.60 + 0.10; 50 → 1.00 + 0.10
    expect(charge(['100', '80', '50'], price)).toBe('1.8');
    // ending exactly on the free amount is still free
    expect(charge(['100', '50'], price)).toBe('0');
    // a transaction of 0 still within it is free too; once past it, one of 0 pays the fee
    expect(charge(['100', '50', '0'], price)).toBe('0');
    expect(charge(['100', '51', '0'], price)).toBe('0.22');
  });

  it('amounts are exact: no rounding per transaction', () => {
    expect(charge(['0.01', '0.01', '0.01'], { ratePercent: d('1.5') })).toBe('0.00045');
  });

  it('the price preview reads the quantity as one transaction of that amount', () => {
    expect(ratePrice({ model: 'percentage', ...card }, d('100')).amount.toString()).toBe('3.2');
  });

  it('explains what is wrong with a percentage price', () => {
    expect(
      percentageProblems({
        ratePercent: d(-1),
        transactionMinimum: d(5),
        transactionMaximum: d(1),
        freeTransactions: 3,
        freeAmount: d(10),
      }),
    ).toEqual([
      'The rate cannot be negative.',
      'The transaction minimum cannot be above the maximum.',
      'Give free transactions or a free amount, not both.',
    ]);
    expect(priceModelProblems({ model: 'percentage', ratePercent: d(1), freeTransactions: 1.5 })).toEqual([
      'Free transactions must be a whole number, 0 or more.',
    ]);
  });

  const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => d(n).dividedBy(100));
  it('properties: every charged transaction costs between its minimum and maximum; free ones nothing', () => {
    fc.assert(
      fc.property(
        fc.array(cents(2000), { maxLength: 30 }),
        cents(10),
        cents(1),
        fc.option(cents(2), { nil: null }),
        fc.option(cents(50), { nil: null }),
        fc.nat(5),
        (values, rate, fee, minimum, extra, free) => {
          const maximum = extra === null ? null : (minimum ?? d(0)).plus(extra);
          const price: PercentagePrice = {
            ratePercent: rate,
            transactionFee: fee,
            transactionMinimum: minimum,
            transactionMaximum: maximum,
          };
          const all = ratePercentage(values, price).amount;
          const withFree = ratePercentage(values, { ...price, freeTransactions: free }).amount;
          // free transactions are the first ones: the rest cost what they cost alone
          expect(withFree.equals(ratePercentage(values.slice(free), price).amount)).toBe(true);
          expect(withFree.lessThanOrEqualTo(all)).toBe(true);
          const each = values.map((value) => transactionCharge(value, price));
          expect(sum(each).equals(all)).toBe(true);
          for (const one of each) {
            if (minimum && (!maximum || minimum.lessThanOrEqualTo(maximum)))
              expect(one.greaterThanOrEqualTo(minimum)).toBe(true);
            if (maximum) expect(one.lessThanOrEqualTo(maximum)).toBe(true);
          }
        },
      ),
    );
  });

  it('properties: a free amount charges exactly the part of the total above it (without fees or bounds)', () => {
    fc.assert(
      fc.property(fc.array(cents(500), { maxLength: 20 }), cents(1000), cents(10), (values, free, rate) => {
        const total = sum(values);
        const expected = Dec.max(total.minus(free), 0).times(rate).dividedBy(100);
        expect(ratePercentage(values, { ratePercent: rate, freeAmount: free }).amount.equals(expected)).toBe(
          true,
        );
      }),
    );
  });
});

describe('graduated percentage (Lago’s): tiers of the running amount through the period', () => {
  const tiers: Tier[] = [
    { upTo: d('1000'), unitPrice: d('2'), flatFee: d('0.50') },
    { upTo: d('5000'), unitPrice: d('1'), flatFee: d('1') },
    { upTo: null, unitPrice: d('0.5') },
  ];

  it('charges each part of the total at its tier’s rate, each flat fee once on entering', () => {
    // 1000 × 2% + 0.50 + 4000 × 1% + 1 + 1000 × 0.5% = 20.5 + 41 + 5
    expect(rateGraduatedPercentage(d('6000'), { tiers }).amount.toString()).toBe('66.5');
    expect(rateGraduatedPercentage(d('1000'), { tiers }).amount.toString()).toBe('20.5');
    expect(rateGraduatedPercentage(d('1000.01'), { tiers }).amount.toString()).toBe('21.5001');
    expect(rateGraduatedPercentage(d('0'), { tiers }).amount.toString()).toBe('0');
  });

  it('charging the transactions one by one as they arrive adds up to the total’s charge, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 300000 }).map((n) => d(n).dividedBy(100)),
          { maxLength: 25 },
        ),
        (values) => {
          let before = d(0);
          const each = values.map((value) => {
            const after = before.plus(value);
            const part = rateGraduatedPercentage(after, { tiers }).amount.minus(
              rateGraduatedPercentage(before, { tiers }).amount,
            );
            before = after;
            return part;
          });
          for (const part of each) expect(part.isNegative()).toBe(false);
          expect(sum(each).equals(rateGraduatedPercentage(sum(values), { tiers }).amount)).toBe(true);
        },
      ),
    );
  });

  it('is graduated pricing at rate / 100 per unit of amount', () => {
    const perUnit = tiers.map((tier) => ({ ...tier, unitPrice: tier.unitPrice.dividedBy(100) }));
    expect(
      rateGraduatedPercentage(d('4321.09'), { tiers }).amount.equals(
        rateGraduated(d('4321.09'), { tiers: perUnit }).amount,
      ),
    ).toBe(true);
  });
});
