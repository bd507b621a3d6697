import type { Db } from '../../db/client';
import { listRunLines } from '../../db/queries/parallel-runs';
import type { ParallelRunLineRow } from '../../db/schema';
import { groupByKeys } from '../batch-order';

/** Key of a reconciled account's lines: its run and legacy account id. */
export const reconciledLinesKey = (runId: string, legacyAccountId: string) =>
  `${runId}\u0000${legacyAccountId}`;

/** The lines of many reconciled accounts, one query per run. */
export async function loadReconciledLines(db: Db, keys: readonly string[]): Promise<ParallelRunLineRow[][]> {
  const byRun = new Map<string, string[]>();
  for (const key of keys) {
    const [runId = '', legacyAccountId = ''] = key.split('\u0000');
    byRun.set(runId, [...(byRun.get(runId) ?? []), legacyAccountId]);
  }
  const rows = (
    await Promise.all([...byRun].map(([runId, accountIds]) => listRunLines(db, runId, accountIds)))
  ).flat();
  return groupByKeys(keys, rows, (row) => reconciledLinesKey(row.runId, row.legacyAccountId));
}
