import { Dec } from '../money/decimal';

export interface Funds {
  id: string;
  amount: Dec;
}

export interface PlannedAllocation {
  sourceId: string;
  debtId: string;
  amount: Dec;
}

/**
 * Pays debts from sources, both taken in the order given (oldest credit to the oldest due
 * invoice), each allocation as much as the current source has and the current debt owes.
 * Exact: the allocations of a source never exceed it, nor those of a debt the debt.
 */
export function planAllocations(sources: readonly Funds[], debts: readonly Funds[]): PlannedAllocation[] {
  const planned: PlannedAllocation[] = [];
  const left = sources.map((source) => source.amount);
  const owed = debts.map((debt) => debt.amount);
  let s = 0;
  let d = 0;
  while (s < sources.length && d < debts.length) {
    const available = left[s] as Dec;
    const due = owed[d] as Dec;
    if (!available.isPositive() || available.isZero()) {
      s += 1;
      continue;
    }
    if (!due.isPositive() || due.isZero()) {
      d += 1;
      continue;
    }
    const amount = Dec.min(available, due);
    planned.push({ sourceId: (sources[s] as Funds).id, debtId: (debts[d] as Funds).id, amount });
    left[s] = available.minus(amount);
    owed[d] = due.minus(amount);
  }
  return planned;
}
