import { describe, expect, it } from 'vitest';
import { Dec } from '../../money/decimal';
import { compileCatalog } from './legacy-catalog';
import { blankLine } from './line-format';
import { type AccountInputs, billAccount } from './reference-biller';
import {
  syntheticPriceTiers,
  syntheticProducts,
  syntheticRateDecks,
  syntheticTaxRates,
} from './synthetic-catalog';
import { taxLines } from './tax-lines';
import type { AccountRow, LegacyRounding, UsageRecord } from './types';
import { chargeVoiceCalls } from './voice-usage';

/** FORMAT.md's rules one at a time, on worked examples small enough to check by hand. */
const catalog = compileCatalog({
  products: syntheticProducts,
  priceTiers: syntheticPriceTiers,
  rateDecks: syntheticRateDecks,
  taxRates: syntheticTaxRates,
});
const halfUp: LegacyRounding = { mode: 'half_up', callDecimals: 4 };
const halfEven: LegacyRounding = { mode: 'half_even', callDecimals: 4 };
const period = { start: '2026-10-01', end: '2026-11-01' };

let sequence = 0;
const call = (destination: string, durationS: number, day = 2): UsageRecord => ({
  recordId: `R${String(++sequence).padStart(4, '0')}`,
  accountId: 'A1',
  usageType: 'voice',
  startedAt: `2026-10-${String(day).padStart(2, '0')}T12:00:00Z`,
  destination,
  durationS,
  quantity: '',
});
const amounts = (destinations: ReturnType<typeof chargeVoiceCalls>) =>
  Object.fromEntries(
    destinations.map((d) => [
      d.destination,
      d.calls.map((c) => `${c.coveredSeconds}/${c.charge.toFixed(4)}`),
    ]),
  );

describe('voice', () => {
  const wholesale = catalog.decks.get('WHOLESALE');
  const standard = catalog.decks.get('STANDARD');

  it('covers domestic seconds in call order, one call partly, never international ones', () => {
    const calls = [
      call('12125550100', 50, 1),
      call('447700900123', 30, 2),
      call('12125550101', 30, 3),
      call('18005550100', 9, 4),
    ];
    expect(amounts(chargeVoiceCalls(calls, wholesale, 60, halfUp))).toEqual({
      'United Kingdom - mobile': ['0/0.0270'],
      'United States/Canada': ['50/0.0000', '10/0.0030'],
      'US toll-free': ['0/0.0000'],
    });
  });

  it('takes the longest prefix, rounds up to increments, charges the connection fee, skips 0 s and unknown numbers', () => {
    const calls = [
      call('18765550100', 61),
      call('18765550101', 0),
      call('9995550100', 30),
      call('4915112345678', 61),
    ];
    // Jamaica 60/60: 120 s × 0.18 / 60 + 0.05; Germany mobile 60/1: 61 s × 0.13 / 60.
    expect(amounts(chargeVoiceCalls(calls, standard, 0, halfUp))).toEqual({
      'Germany - mobile': ['0/0.1322'],
      Jamaica: ['0/0.4100'],
    });
  });

  it('rounds a call charge half up or half to even', () => {
    // 3 s × 0.0090 / 60 = 0.00045
    expect(
      chargeVoiceCalls([call('12125550100', 3)], wholesale, 0, halfUp)[0]?.calls[0]?.charge.toFixed(4),
    ).toBe('0.0005');
    expect(
      chargeVoiceCalls([call('12125550100', 3)], wholesale, 0, halfEven)[0]?.calls[0]?.charge.toFixed(4),
    ).toBe('0.0004');
  });
});

describe('tax', () => {
  it('rounds half up or half to even, one line per (code, category), none on a zero base', () => {
    const lines = [
      blankLine({ lineType: 'recurring', productCode: 'HPBX-SEAT', amount: new Dec('10.00') }),
      blankLine({ lineType: 'one_time', productCode: 'INSTALL', amount: new Dec('20.00') }),
      blankLine({ lineType: 'recurring', productCode: 'M365-BAS', amount: new Dec('6.00') }),
    ];
    const show = (rounding: LegacyRounding) =>
      taxLines(catalog, 'TX', lines, rounding).map(
        (l) => `${l.taxCode}/${l.taxCategory} ${l.quantity} ${l.amount.toFixed(2)}`,
      );
    expect(show(halfUp)).toEqual([
      'TX-SALES/telecom 10.00 0.63',
      'TX-SALES/service 20.00 1.25',
      'FED-USF/telecom 10.00 0.34',
    ]);
    expect(show(halfEven)).toEqual([
      'TX-SALES/telecom 10.00 0.62',
      'TX-SALES/service 20.00 1.25',
      'FED-USF/telecom 10.00 0.34',
    ]);
  });
});

describe('an account for the period', () => {
  const account: AccountRow = {
    accountId: 'A1',
    name: 'A',
    email: 'a@example.com',
    currency: 'USD',
    taxRegion: 'CA',
    ratePlan: 'STANDARD',
    status: 'active',
    openedOn: '2020-01-01',
    closedOn: '',
    parentAccountId: '',
  };
  const sub = (id: string, productCode: string, quantity: string, fields: Record<string, string> = {}) => ({
    subscriptionId: id,
    accountId: 'A1',
    productCode,
    quantity,
    unitPrice: '',
    discountPercent: '0',
    startDate: '2020-01-01',
    endDate: '',
    ...fields,
  });
  const usage = (usageType: 'sms' | 'data', quantity: string, day: number): UsageRecord => ({
    ...call('', 0, day),
    usageType,
    quantity,
  });
  const inputs: AccountInputs = {
    account,
    subscriptions: [
      sub('S1', 'HPBX-SEAT', '2', { unitPrice: '20.00', discountPercent: '30', startDate: '2026-10-17' }),
      sub('S2', 'DID', '3', { endDate: '2026-10-01' }),
      sub('S3', 'MSP-DEV', '1', { endDate: '2026-10-11' }),
    ],
    charges: [
      {
        chargeId: 'C1',
        accountId: 'A1',
        productCode: 'PORT',
        chargeDate: '2026-10-31',
        quantity: '2',
        unitPrice: '',
      },
      {
        chargeId: 'C2',
        accountId: 'A1',
        productCode: 'PORT',
        chargeDate: '2026-11-01',
        quantity: '1',
        unitPrice: '',
      },
    ],
    usage: [
      usage('sms', '1000', 3),
      usage('sms', '500', 4),
      usage('data', '1000.50', 3),
      usage('data', '23.5', 4),
    ],
  };

  it('prorates by actual days, discounts the prorated line, prices tiers, bills charges dated in the period', () => {
    const bill = billAccount({ catalog, period, rounding: halfUp }, inputs);
    expect(
      bill?.lines.map((l) => `${l.lineType} ${l.quantity} ${l.unitPrice} ${l.amount.toFixed(2)}`),
    ).toEqual([
      'recurring 2 20.00 19.35', // 2 × 20 × 15/31
      'discount 1 -5.81 -5.81', // 30% of 19.35 = 5.805
      'recurring 1 45.00 14.52', // 45 × 10/31
      'usage 1500 0 14.00', // graduated: 1000 × 0.01 + 500 × 0.008
      'usage 1024.00 0 30.72', // volume: 1024 falls in the 1024 tier, 0.03
      'one_time 2 20.00 40.00',
      // telecom base: seats less discount, SMS, data, port-ins; CA taxes no service (MSP-DEV)
      'tax 98.26 2.8750 2.82',
      'tax 98.26 3.4000 3.34',
    ]);
    expect(bill?.subtotal.toFixed(2)).toBe('112.78');
    expect(bill?.total.toFixed(2)).toBe('118.94');
  });

  it('gives no invoice to an account with no line', () => {
    expect(
      billAccount(
        { catalog, period, rounding: halfUp },
        { account, subscriptions: [], charges: [], usage: [] },
      ),
    ).toBeNull();
  });
});
