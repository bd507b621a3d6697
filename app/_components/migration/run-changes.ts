import { sameAmount } from './decimal';
import type { ReconciledAccount } from './types';

export interface RunChange {
  legacyAccountId: string;
  accountName: string | null;
  /** The account in the earlier run; null when only the later run has it. */
  before: ReconciledAccount | null;
  after: ReconciledAccount | null;
}

/**
 * Accounts whose status or difference is not the same in two runs of one import, by legacy
 * id; differences compare as decimals ("1.50" equals "1.5").
 */
export function changesBetween(before: ReconciledAccount[], after: ReconciledAccount[]): RunChange[] {
  const earlier = new Map(before.map((account) => [account.legacyAccountId, account]));
  const later = new Map(after.map((account) => [account.legacyAccountId, account]));
  const ids = [...new Set([...earlier.keys(), ...later.keys()])].sort();
  const changes: RunChange[] = [];
  for (const id of ids) {
    const a = earlier.get(id) ?? null;
    const b = later.get(id) ?? null;
    if (a && b && a.status === b.status && sameAmount(a.difference, b.difference)) continue;
    changes.push({ legacyAccountId: id, accountName: (b ?? a)?.accountName ?? null, before: a, after: b });
  }
  return changes;
}
