import type { ParallelRunAccountRow } from '../../../db/schema';

export interface RunChange {
  legacyAccountId: string;
  accountName: string | null;
  /** null: the account was not compared in that run. */
  before: Pick<ParallelRunAccountRow, 'status' | 'difference' | 'suggestedCause'> | null;
  after: Pick<ParallelRunAccountRow, 'status' | 'difference' | 'suggestedCause'> | null;
}

const side = (row: ParallelRunAccountRow | undefined) =>
  row ? { status: row.status, difference: row.difference, suggestedCause: row.suggestedCause } : null;

/**
 * What changed from one parallel run to a later one: accounts whose status, difference or
 * suggested cause moved, or that appear in only one run — the effect of a fix between runs.
 */
export function compareRuns(
  earlier: readonly ParallelRunAccountRow[],
  later: readonly ParallelRunAccountRow[],
): RunChange[] {
  const before = new Map(earlier.map((row) => [row.legacyAccountId, row]));
  const after = new Map(later.map((row) => [row.legacyAccountId, row]));
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  return ids.flatMap((id) => {
    const a = before.get(id);
    const b = after.get(id);
    const same =
      a &&
      b &&
      a.status === b.status &&
      a.difference === b.difference &&
      a.suggestedCause === b.suggestedCause;
    if (same) return [];
    return [
      { legacyAccountId: id, accountName: (b ?? a)?.accountName ?? null, before: side(a), after: side(b) },
    ];
  });
}
