import { describe, expect, it } from 'vitest';
import { Dec } from '../../money/decimal';
import { accountCurrency, type SummarizedAccount, summarizeRun } from './summarize-run';

const account = (
  currency: string,
  legacy: string | null,
  fresh: string | null,
  status: SummarizedAccount['status'] = legacy === fresh ? 'match' : 'variance',
): SummarizedAccount => ({
  currency,
  status,
  legacySubtotal: legacy === null ? null : new Dec(legacy),
  newSubtotal: fresh === null ? null : new Dec(fresh),
  difference: new Dec(fresh ?? '0').minus(legacy ?? '0'),
  suggestedCause: legacy === fresh ? null : 'RATE',
});

describe('summarizeRun', () => {
  it('gives a run of one currency its currency, its figures at the top and once per currency', () => {
    const summary = summarizeRun([
      account('USD', '100.00', '100.00'),
      account('USD', '50.00', '60.00'),
      account('USD', '30.00', '20.00'),
    ]);
    expect(summary).toMatchObject({
      currency: 'USD',
      invoicesCompared: 3,
      matching: 1,
      legacyArpu: '60.00',
      newArpu: '60.00',
      arpuPreservation: '1.0000',
      totalDifference: '0.00',
      leakage: '10.00',
      byCause: { RATE: 2 },
    });
    expect(summary.byCurrency).toEqual([
      {
        currency: 'USD',
        legacyArpu: '60.00',
        newArpu: '60.00',
        arpuPreservation: '1.0000',
        totalDifference: '0.00',
        leakage: '10.00',
      },
    ]);
  });

  it('never adds amounts of different currencies: null at the top, each currency’s figures apart', () => {
    const summary = summarizeRun([
      account('USD', '100.00', '100.00'),
      account('USD', '50.00', '60.00'),
      account('EUR', '30.00', '20.00'),
      account('EUR', null, '5.00', 'missing_in_legacy'),
      account('JPY', '1000', null, 'missing_in_new'),
    ]);
    expect(summary).toMatchObject({
      currency: null,
      legacyArpu: null,
      newArpu: null,
      arpuPreservation: null,
      totalDifference: null,
      leakage: null,
      // counts are not money: they cover every account
      invoicesCompared: 3,
      matching: 1,
      invoiceAccuracy: '0.3333',
      legacyInvoices: 4,
      newInvoices: 4,
      missingInLegacy: 1,
      missingInNew: 1,
    });
    expect(summary.byCurrency).toEqual([
      {
        currency: 'EUR',
        legacyArpu: '30.00',
        newArpu: '12.50',
        arpuPreservation: '0.4167',
        totalDifference: '-5.00',
        leakage: '5.00',
      },
      {
        currency: 'JPY',
        legacyArpu: '1000.00',
        newArpu: null,
        arpuPreservation: null,
        totalDifference: '-1000.00',
        leakage: '0.00',
      },
      {
        currency: 'USD',
        legacyArpu: '75.00',
        newArpu: '80.00',
        arpuPreservation: '1.0667',
        totalDifference: '10.00',
        leakage: '10.00',
      },
    ]);
  });

  it('has no currency and zero sums for a run that reconciled no account', () => {
    expect(summarizeRun([])).toMatchObject({
      currency: null,
      byCurrency: [],
      legacyArpu: null,
      totalDifference: '0.00',
      leakage: '0.00',
    });
  });
});

describe('accountCurrency', () => {
  it('is the Switchboard account’s currency, else the legacy invoice’s', () => {
    expect(accountCurrency('EUR', 'USD')).toBe('EUR');
    expect(accountCurrency(null, 'USD')).toBe('USD');
    expect(() => accountCurrency(null, null)).toThrow();
  });
});
