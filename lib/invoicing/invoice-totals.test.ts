import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { Dec, sum } from '../money/decimal';
import { lineDecimalsOf, type RoundingPolicy, roundingModes, roundLineAmount } from '../money/rounding';
import { computeInvoiceLines, type PeriodBillingInput } from './compute-invoice-lines';
import { arrearsSubscription } from './testing/arrears-subscription';

const period = { start: '2026-10-01', end: '2026-11-01' };
const money = (max: number, decimals: number) =>
  fc.integer({ min: 0, max: max * 10 ** decimals }).map((n) => new Dec(n).dividedBy(10 ** decimals));
const dayIn = fc.integer({ min: -40, max: 40 }).map((n) => addDays(period.start, n));
const category = fc.constantFrom('telecom', 'service', 'exempt');

const inputs: fc.Arbitrary<PeriodBillingInput> = fc
  .record({
    currency: fc.constantFrom('USD', 'JPY', 'BHD'),
    mode: fc.constantFrom(...roundingModes),
    subscriptions: fc.array(
      fc.record({
        quantity: fc.integer({ min: 1, max: 500 }).map((n) => new Dec(n)),
        unitPrice: money(200, 4),
        discountPercent: fc.constantFrom('0', '5', '10', '12.5', '33.3333', '100').map((d) => new Dec(d)),
        start: dayIn,
        days: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
        taxCategory: category,
      }),
      { maxLength: 6 },
    ),
    oneTimeCharges: fc.array(
      fc.record({
        date: dayIn,
        quantity: fc.integer({ min: 1, max: 9 }),
        unitPrice: money(500, 3),
        taxCategory: category,
      }),
      { maxLength: 3 },
    ),
    metered: fc.array(
      fc.record({ quantity: money(100_000, 3), unitPrice: money(1, 5), taxCategory: category }),
      { maxLength: 3 },
    ),
    taxRates: fc.uniqueArray(
      fc.record({
        taxCode: fc.constantFrom('SALES', 'USF', 'E911'),
        taxCategory: category,
        ratePercent: fc.integer({ min: 0, max: 2500 }).map((n) => new Dec(n).dividedBy(100)),
      }),
      { selector: (rate) => `${rate.taxCode}/${rate.taxCategory}`, maxLength: 4 },
    ),
  })
  .map(
    (r): PeriodBillingInput => ({
      period,
      currency: r.currency,
      policy: { mode: r.mode, callDecimals: 4, lineDecimals: null },
      prorationMethod: 'actual_days',
      subscriptions: r.subscriptions.map((s, i) =>
        arrearsSubscription(
          {
            id: `S${i}`,
            productCode: `P${i}`,
            quantity: s.quantity,
            unitPrice: s.unitPrice,
            discountPercent: s.discountPercent,
            start: s.start,
            end: s.days === null ? null : addDays(s.start, s.days),
            taxCategory: s.taxCategory,
            allowances: [],
          },
          period,
        ),
      ),
      oneTimeCharges: r.oneTimeCharges.map((c, i) => ({
        id: `C${i}`,
        productCode: `OT${i}`,
        date: c.date,
        quantity: new Dec(c.quantity),
        amount: c.unitPrice.times(c.quantity),
        unitPrice: c.unitPrice,
        taxCategory: c.taxCategory,
      })),
      voice: null,
      metered: r.metered.map((m, i) => ({
        productCode: `M${i}`,
        quantity: m.quantity,
        price: { model: 'per_unit', unitPrice: m.unitPrice },
        taxCategory: m.taxCategory,
      })),
      taxRates: r.taxRates,
    }),
  );

describe('invoice totals, for any subscriptions, charges, usage, taxes, currency and rounding mode', () => {
  it('are the sums of lines each rounded to the currency, and each tax is its rate on its category', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { lines, subtotal, taxTotal, total } = computeInvoiceLines(input);
        const decimals = lineDecimalsOf(input.currency, input.policy);
        for (const line of lines) expect(line.amount.decimalPlaces()).toBeLessThanOrEqual(decimals);
        const charges = lines.filter((line) => line.lineType !== 'tax');
        const taxes = lines.filter((line) => line.lineType === 'tax');
        expect(subtotal.equals(sum(charges.map((line) => line.amount)))).toBe(true);
        expect(taxTotal.equals(sum(taxes.map((line) => line.amount)))).toBe(true);
        expect(total.equals(subtotal.plus(taxTotal))).toBe(true);
        for (const tax of taxes) {
          const rate = input.taxRates.find((r) => `${r.taxCode}/${r.taxCategory}` === tax.key);
          const base = sum(
            charges.filter((line) => line.taxCategory === tax.taxCategory).map((line) => line.amount),
          );
          expect(tax.quantity.equals(base)).toBe(true);
          expect(
            tax.amount.equals(
              roundLineAmount(
                base.times(rate?.ratePercent ?? 0).dividedBy(100),
                input.currency,
                input.policy,
              ),
            ),
          ).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('an unchanged subscription split in two on any day bills within a minor unit of the whole', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 999 }),
        money(300, 4),
        fc.constantFrom(...roundingModes),
        (splitDay, quantity, unitPrice, mode) => {
          const policy: RoundingPolicy = { mode, callDecimals: 4, lineDecimals: null };
          const subscription = (id: string, start: string, end: string | null) =>
            arrearsSubscription(
              {
                id,
                productCode: 'SEAT',
                quantity: new Dec(quantity),
                unitPrice,
                discountPercent: new Dec(0),
                start,
                end,
                taxCategory: 'telecom',
                allowances: [],
              },
              period,
            );
          const bill = (subscriptions: PeriodBillingInput['subscriptions']) =>
            computeInvoiceLines({
              period,
              currency: 'USD',
              policy,
              prorationMethod: 'actual_days',
              subscriptions,
              oneTimeCharges: [],
              voice: null,
              metered: [],
              taxRates: [],
            }).total;
          const split = addDays(period.start, splitDay);
          const whole = bill([subscription('A', '2026-01-01', null)]);
          const parts = bill([subscription('A', '2026-01-01', split), subscription('B', split, null)]);
          expect(whole.minus(parts).abs().lte('0.01')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
