import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates';
import { recurringSpans } from '../../invoicing/recurring-spans';
import { type AdvanceContext, nextPeriodOf, recurringBases } from './recurring-lines';
import type { ProductRow, SubscriptionRow } from './types';

/**
 * FORMAT-v1.1.md's step 1b, written twice on purpose: the generator's reference biller
 * (recurring-lines.ts, independent of lib/invoicing) and Switchboard's rule
 * (lib/invoicing/recurring-spans with no history, aligned to the account) must bill the same
 * days, charged or credited, for any subscription and settings.
 */
const product: ProductRow = {
  productCode: 'HPBX-SEAT',
  name: 'Hosted PBX seat',
  kind: 'recurring',
  usageType: '',
  unitPrice: '24.95',
  taxCategory: 'telecom',
  includedVoiceMinutes: '0',
  pricing: 'flat',
  billingTiming: 'advance',
};
const subscription = (startDate: string, endDate: string): SubscriptionRow => ({
  subscriptionId: 'S-1',
  accountId: 'A-1',
  productCode: 'HPBX-SEAT',
  quantity: '4',
  unitPrice: '',
  discountPercent: '0',
  startDate,
  endDate,
  replacesSubscriptionId: '',
});
const october = { start: '2026-10-01', end: '2026-11-01' };
const advanceOf = (credit: boolean, partial: boolean): AdvanceContext => ({
  next: nextPeriodOf(october),
  creditUnusedOnCancel: credit,
  billPartialWithNextPeriod: partial,
});
const spansOf = (bases: ReturnType<typeof recurringBases>) =>
  bases.map((b) => `${b.credit ? '-' : '+'}${b.serviceStart}..${b.serviceEnd}/${b.periodDays}`);

describe('recurringBases (v1.1 step 1b)', () => {
  it('bills the worked example of FORMAT-v1.1.md', () => {
    const advance = advanceOf(true, true);
    expect(spansOf(recurringBases(subscription('2025-03-01', ''), product, october, advance, false))).toEqual(
      ['+2026-11-01..2026-12-01/30'],
    );
    expect(spansOf(recurringBases(subscription('2026-10-22', ''), product, october, advance, false))).toEqual(
      ['+2026-10-22..2026-11-01/31', '+2026-11-01..2026-12-01/30'],
    );
    expect(
      spansOf(recurringBases(subscription('2025-03-01', '2026-10-10'), product, october, advance, true)),
    ).toEqual(['-2026-10-10..2026-11-01/31']);
    expect(
      spansOf(
        recurringBases(
          subscription('2025-03-01', '2026-10-25'),
          product,
          october,
          advanceOf(false, true),
          false,
        ),
      ),
    ).toEqual([]);
    expect(
      spansOf(
        recurringBases(subscription('2026-11-12', ''), product, october, advanceOf(true, false), false),
      ),
    ).toEqual(['+2026-11-12..2026-12-01/30']);
  });

  it('agrees with lib/invoicing/recurring-spans without history, for any dates and settings', () => {
    const day = fc.integer({ min: -40, max: 75 }).map((offset) => addDays(october.start, offset));
    fc.assert(
      fc.property(
        day,
        fc.option(fc.integer({ min: 1, max: 80 })),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (start, length, credit, partial, replaced) => {
          const end = length === null ? '' : addDays(start, length);
          const advance = advanceOf(credit, partial);
          const ours = recurringBases(subscription(start, end), product, october, advance, replaced).map(
            (b) => ({ start: b.serviceStart, end: b.serviceEnd, credit: b.credit }),
          );
          const theirs = recurringSpans(
            { start, end: end || null, timing: 'in_advance', anchorDay: null, replaced },
            { period: october, next: advance.next },
            { creditUnusedOnCancel: credit, billPartialWithNextPeriod: partial },
            null,
          ).map((span) => ({ start: span.service.start, end: span.service.end, credit: span.credit }));
          expect(ours).toEqual(theirs);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
