import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal';
import { computeChargeLines, type PeriodBillingInput } from './compute-invoice-lines';

/** A price's own rounding of its lines, over the catalog's (lib/catalog/rounding-policy's order). */
const base: Omit<PeriodBillingInput, 'taxRates'> = {
  period: { start: '2026-11-01', end: '2026-12-01' },
  currency: 'USD',
  policy: { mode: 'half_up', callDecimals: 4, lineDecimals: null },
  prorationMethod: 'actual_days',
  subscriptions: [],
  oneTimeCharges: [],
  voice: null,
  metered: [],
};
const charge = (lineRounding: PeriodBillingInput['oneTimeCharges'][number]['lineRounding']) => ({
  id: 'c1',
  productCode: 'WORK',
  date: '2026-11-10',
  quantity: new Dec(1),
  amount: new Dec('2.345'),
  unitPrice: new Dec('2.345'),
  taxCategory: 'service',
  lineRounding,
});
const voice = (lineRounding: NonNullable<PeriodBillingInput['voice']>['lineRounding']) => ({
  productCode: 'CALLS',
  taxCategory: 'telecom',
  destinations: [
    { destination: 'UK', calls: 3, billableSeconds: 180, coveredSeconds: 0, charge: new Dec('0.0250') },
  ],
  lineRounding,
});

describe('invoice lines rounded per price', () => {
  it('uses the catalog’s rounding unless the price sets its own mode or decimals', () => {
    const amounts = (input: Partial<typeof base>) =>
      computeChargeLines({ ...base, ...input }).map((line) => line.amount.toString());
    expect(amounts({ oneTimeCharges: [charge(null)], voice: voice(null) })).toEqual(['0.03', '2.35']);
    expect(
      amounts({
        oneTimeCharges: [charge({ mode: 'half_even', decimals: null })],
        voice: voice({ mode: 'half_even', decimals: null }),
      }),
    ).toEqual(['0.02', '2.34']);
    expect(amounts({ oneTimeCharges: [charge({ mode: null, decimals: 3 })] })).toEqual(['2.345']);
  });
});
