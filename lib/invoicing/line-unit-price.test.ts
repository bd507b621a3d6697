import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal';
import { defaultRoundingPolicy } from '../money/rounding';
import { computeInvoiceLines, type PeriodBillingInput } from './compute-invoice-lines';
import { arrearsSubscription } from './testing/arrears-subscription';

/**
 * Which lines carry a unit price: only those whose amount is quantity × one price, rounded to
 * the currency. Everything else (prorating, tiers, minimums, per-call rating, tax) has none.
 */
const d = (value: string) => new Dec(value);
const march = { start: '2026-03-01', end: '2026-04-01' };

function billed(input: Partial<PeriodBillingInput>) {
  return computeInvoiceLines({
    period: march,
    currency: 'USD',
    policy: defaultRoundingPolicy,
    prorationMethod: 'actual_days',
    subscriptions: [],
    oneTimeCharges: [],
    voice: null,
    metered: [],
    taxRates: [],
    ...input,
  }).lines.map((line) => ({
    lineType: line.lineType,
    key: line.key,
    quantity: line.quantity.toFixed(),
    amount: line.amount.toFixed(2),
    unitPrice: line.unitPrice?.toFixed() ?? null,
  }));
}

const subscription = (id: string, start: string, fields: { discountPercent?: Dec } = {}) =>
  arrearsSubscription(
    {
      id,
      productCode: 'SEAT',
      quantity: d('3'),
      unitPrice: d('12.345'),
      discountPercent: d('0'),
      start,
      end: null,
      taxCategory: 'service',
      allowances: [],
      ...fields,
    },
    march,
  );

describe('unit prices of invoice lines', () => {
  it('a whole-period subscription has its unit price, unrounded; a prorated one and its discount have none', () => {
    const lines = billed({
      subscriptions: [
        subscription('whole', '2026-01-01', { discountPercent: d('10') }),
        subscription('half', '2026-03-17'),
      ],
      taxRates: [{ taxCode: 'SALES', taxCategory: 'service', ratePercent: d('8.25') }],
    });
    expect(lines).toEqual([
      { lineType: 'recurring', key: 'whole', quantity: '3', amount: '37.04', unitPrice: '12.345' },
      { lineType: 'discount', key: 'whole', quantity: '10', amount: '-3.70', unitPrice: null },
      // 15 of 31 days: 37.035 × 15 / 31 = 17.92; no one price gives that from 3 seats.
      { lineType: 'recurring', key: 'half', quantity: '3', amount: '17.92', unitPrice: null },
      { lineType: 'tax', key: 'SALES/service', quantity: '51.26', amount: '4.23', unitPrice: null },
    ]);
  });

  it('a one-time charge has its unit price', () => {
    const lines = billed({
      oneTimeCharges: [
        {
          id: 'setup',
          productCode: 'SETUP',
          date: '2026-03-10',
          quantity: d('2'),
          amount: d('99.99'),
          unitPrice: d('49.995'),
          taxCategory: 'service',
        },
      ],
    });
    expect(lines).toEqual([
      { lineType: 'one_time', key: 'setup', quantity: '2', amount: '99.99', unitPrice: '49.995' },
    ]);
  });

  it('metered usage has one only under a per-unit price the minimum did not top up', () => {
    const lines = billed({
      metered: [
        {
          productCode: 'SMS',
          quantity: d('1234'),
          price: { model: 'per_unit', unitPrice: d('0.0125') },
          taxCategory: 'telecom',
        },
        {
          productCode: 'FAX',
          quantity: d('10'),
          price: { model: 'per_unit', unitPrice: d('0.05'), minimumCharge: d('5') },
          taxCategory: 'telecom',
        },
        {
          productCode: 'DATA',
          quantity: d('1500'),
          price: {
            model: 'graduated',
            tiers: [
              { upTo: d('1000'), unitPrice: d('0.01') },
              { upTo: null, unitPrice: d('0.005') },
            ],
          },
          taxCategory: 'telecom',
        },
      ],
    });
    expect(lines).toEqual([
      { lineType: 'usage', key: 'SMS', quantity: '1234', amount: '15.43', unitPrice: '0.0125' },
      { lineType: 'usage', key: 'FAX', quantity: '10', amount: '5.00', unitPrice: null },
      { lineType: 'usage', key: 'DATA', quantity: '1500', amount: '12.50', unitPrice: null },
    ]);
  });

  it('voice usage, rated call by call, has none', () => {
    const lines = billed({
      voice: {
        productCode: 'VOICE',
        taxCategory: 'telecom',
        destinations: [
          { destination: 'UK Mobile', calls: 2, billableSeconds: 90, coveredSeconds: 0, charge: d('0.1234') },
        ],
      },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ lineType: 'usage', key: 'UK Mobile', unitPrice: null });
  });
});
