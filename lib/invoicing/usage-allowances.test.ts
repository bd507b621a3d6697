import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal';
import {
  carriedOver,
  coverMeteredUsage,
  type HierarchyMember,
  type PeriodAllowance,
  rankedHierarchy,
  voiceAccountsOf,
} from './usage-allowances';

const allowance = (fields: Partial<PeriodAllowance> & { subscriptionId: string }): PeriodAllowance => ({
  position: 0,
  usageType: 'sms',
  usageProductId: null,
  classes: [],
  included: new Dec(0),
  carriedIn: new Dec(0),
  isPooled: false,
  rollsOver: false,
  ...fields,
});
const sms = (quantity: string, productId = 'SMS') => ({
  productId,
  productCode: productId,
  usageType: 'sms' as const,
  quantity: new Dec(quantity),
});
const member = (
  accountId: string,
  allowances: PeriodAllowance[],
  metered: HierarchyMember['metered'],
): HierarchyMember => ({ accountId, externalId: accountId, allowances, metered });
const included = (result: ReturnType<typeof coverMeteredUsage>, accountId: string, productId = 'SMS') =>
  result.includedByAccount.get(accountId)?.get(productId)?.toFixed() ?? '0';

describe('metered allowances, worked examples', () => {
  it('covers the payer first, then each child: its own allowance before the pool', () => {
    const pool = allowance({ subscriptionId: 'P', included: new Dec(200), isPooled: true });
    const result = coverMeteredUsage(
      rankedHierarchy(member('P', [pool], [sms('150')]), [
        member('C2', [], [sms('120')]),
        member('C1', [allowance({ subscriptionId: 'C1', included: new Dec(100) })], [sms('180')]),
      ]),
    );
    expect([included(result, 'P'), included(result, 'C1'), included(result, 'C2')]).toEqual([
      '150',
      '150',
      '0',
    ]);
    expect(result.usedByAllowance.get('P/0')?.toFixed()).toBe('200');
  });

  it('keeps an allowance to the product it names, and one of a type to every product of it', () => {
    const result = coverMeteredUsage([
      member(
        'A',
        [
          allowance({ subscriptionId: 'S', position: 0, usageProductId: 'SMS-B', included: new Dec(5) }),
          allowance({ subscriptionId: 'S', position: 1, included: new Dec(10) }),
          allowance({ subscriptionId: 'S', position: 2, usageType: 'data', included: new Dec(1000) }),
        ],
        // Products in code order: SMS-A takes 8 of the type-wide 10; SMS-B its own 5, then 2.
        [sms('9', 'SMS-B'), sms('8', 'SMS-A')],
      ),
    ]);
    expect([included(result, 'A', 'SMS-A'), included(result, 'A', 'SMS-B')]).toEqual(['8', '7']);
  });

  it('gives carried units first and carries only what the period’s own left', () => {
    const rolling = allowance({
      subscriptionId: 'S',
      included: new Dec(100),
      carriedIn: new Dec(40),
      rollsOver: true,
    });
    const result = coverMeteredUsage([member('A', [rolling], [sms('70')])]);
    expect(included(result, 'A')).toBe('70');
    // 40 carried + 30 own used: 70 of the own 100 carry; the 40 carried expire.
    expect(carriedOver({ included: new Dec(100), carriedIn: new Dec(40), used: new Dec(70) }).toFixed()).toBe(
      '70',
    );
    expect(carriedOver({ included: new Dec(100), carriedIn: new Dec(40), used: new Dec(30) }).toFixed()).toBe(
      '100',
    );
    expect(carriedOver({ included: new Dec(100), carriedIn: new Dec(0), used: new Dec(150) }).toFixed()).toBe(
      '0',
    );
  });

  it('lists voice for the SQL rule: own first, the payer’s pool shared under its id', () => {
    const pooled = allowance({
      subscriptionId: 'P',
      usageType: 'voice',
      classes: ['domestic'],
      included: new Dec(60),
      isPooled: true,
    });
    const own = allowance({
      subscriptionId: 'C',
      usageType: 'voice',
      classes: ['mobile'],
      included: new Dec(30),
    });
    const { accounts } = voiceAccountsOf([member('P', [pooled], []), member('C', [own], [])]);
    expect(accounts).toEqual([
      {
        accountId: 'P',
        allowances: [
          { seconds: 0, classes: ['domestic'], isShared: true },
          { seconds: 60, classes: ['domestic'], isShared: true },
        ],
        pool: { key: 'P', rank: 0 },
      },
      {
        accountId: 'C',
        allowances: [
          { seconds: 0, classes: ['mobile'] },
          { seconds: 30, classes: ['mobile'] },
          { seconds: 0, classes: ['domestic'], isShared: true },
          { seconds: 60, classes: ['domestic'], isShared: true },
        ],
        pool: { key: 'P', rank: 1 },
      },
    ]);
  });
});

describe('metered allowances (property)', () => {
  const units = fc.integer({ min: 0, max: 500 }).map((n) => new Dec(n).dividedBy(4));
  it('never covers more than used or included, and a shared pool is used up before anything is charged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(units, units, units), { minLength: 1, maxLength: 4 }),
        units,
        units,
        (accounts, poolIncluded, poolCarried) => {
          const pool = allowance({
            subscriptionId: 'POOL',
            included: poolIncluded,
            carriedIn: poolCarried,
            isPooled: true,
          });
          const members = accounts.map(([ownIncluded, ownCarried, used], i) =>
            member(
              `A${i}`,
              [
                allowance({ subscriptionId: `S${i}`, included: ownIncluded, carriedIn: ownCarried }),
                ...(i === 0 ? [pool] : []),
              ],
              [sms(used.toFixed())],
            ),
          );
          const result = coverMeteredUsage(members);
          let poolUsed = new Dec(0);
          let uncovered = new Dec(0);
          for (const [i, [ownIncluded, ownCarried, used]] of accounts.entries()) {
            const covered = new Dec(included(result, `A${i}`));
            expect(covered.lessThanOrEqualTo(used)).toBe(true);
            const own = result.usedByAllowance.get(`S${i}/0`) ?? new Dec(0);
            // Own units first: the pool is touched only once they are gone.
            expect(own.equals(Dec.min(used, ownIncluded.plus(ownCarried)))).toBe(true);
            poolUsed = poolUsed.plus(covered.minus(own));
            uncovered = uncovered.plus(used.minus(covered));
          }
          expect(poolUsed.lessThanOrEqualTo(poolIncluded.plus(poolCarried))).toBe(true);
          // Someone is charged only when the pool is used up.
          if (uncovered.greaterThan(0)) expect(poolUsed.equals(poolIncluded.plus(poolCarried))).toBe(true);
          expect((result.usedByAllowance.get('POOL/0') ?? new Dec(0)).equals(poolUsed)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
