import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, sum } from '../money/decimal';
import { planAllocations } from './plan-allocations';

const funds = (id: string, amount: string) => ({ id, amount: new Dec(amount) });
const shown = (plan: ReturnType<typeof planAllocations>) =>
  plan.map((p) => [p.sourceId, p.debtId, p.amount.toFixed(2)]);

describe('planAllocations', () => {
  it('pays the oldest debt first and leaves what is over', () => {
    const plan = planAllocations([funds('pay', '150.00')], [funds('inv1', '100.00'), funds('inv2', '80.00')]);
    expect(shown(plan)).toEqual([
      ['pay', 'inv1', '100.00'],
      ['pay', 'inv2', '50.00'],
    ]);
  });

  it('spends several sources in order across several debts', () => {
    const plan = planAllocations(
      [funds('c1', '30.00'), funds('c2', '50.00')],
      [funds('inv1', '40.00'), funds('inv2', '100.00')],
    );
    expect(shown(plan)).toEqual([
      ['c1', 'inv1', '30.00'],
      ['c2', 'inv1', '10.00'],
      ['c2', 'inv2', '40.00'],
    ]);
  });

  it('skips empty sources and settled debts', () => {
    const plan = planAllocations(
      [funds('c0', '0'), funds('c1', '5')],
      [funds('inv0', '0'), funds('inv1', '9')],
    );
    expect(shown(plan)).toEqual([['c1', 'inv1', '5.00']]);
  });

  it('never allocates more than a source has or a debt owes, and allocates all it can (property)', () => {
    const cents = fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Dec(n).dividedBy(100));
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 6 }), fc.array(cents, { maxLength: 6 }), (a, b) => {
        const sources = a.map((amount, i) => ({ id: `s${i}`, amount }));
        const debts = b.map((amount, i) => ({ id: `d${i}`, amount }));
        const plan = planAllocations(sources, debts);
        for (const source of sources) {
          const used = sum(plan.filter((p) => p.sourceId === source.id).map((p) => p.amount));
          expect(used.lessThanOrEqualTo(source.amount)).toBe(true);
        }
        for (const debt of debts) {
          const paid = sum(plan.filter((p) => p.debtId === debt.id).map((p) => p.amount));
          expect(paid.lessThanOrEqualTo(debt.amount)).toBe(true);
        }
        const total = sum(plan.map((p) => p.amount));
        const possible = Dec.min(sum(a), sum(b));
        expect(total.equals(possible)).toBe(true);
        expect(plan.every((p) => p.amount.isPositive() && !p.amount.isZero())).toBe(true);
      }),
    );
  });
});
