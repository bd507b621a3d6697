import type { Db } from '../../db/client';
import { getBillRunById } from '../../db/queries/bill-runs';
import { loadDraftFacts } from '../../db/queries/draft-checks';
import {
  countDraftReviewsByState,
  insertDraftReviews,
  listUncheckedDraftIds,
  type NewDraftFinding,
} from '../../db/queries/draft-reviews';
import { todayIso } from '../dates';
import { loadCheckSettings } from './check-settings';
import type { CheckedChunk } from './checks/types';

/** Drafts checked per transaction: each check is one statement over the chunk. */
export const DRAFT_CHECK_CHUNK = 500;

/**
 * Runs the enabled checks on every draft of a bill run that has no review yet and writes
 * one review per draft: `clean` when no finding holds it, `needs_review` otherwise, with its
 * findings. Trusted server code (the job worker), so no actor. Each chunk is one
 * transaction with a handful of statements whatever its size; a crash loses at most the
 * chunk under way, and calling it again checks only what is left, so it is safe to repeat.
 * Settings are read once: a run is checked under one setting throughout.
 * @returns the run's drafts now clean and held for review (needs_review or on_hold), all
 * chunks counted, including those checked by earlier calls.
 */
export async function runDraftChecks(
  db: Db,
  billRunId: string,
  options: { chunkSize?: number } = {},
): Promise<{ clean: number; held: number }> {
  const chunkSize = options.chunkSize ?? DRAFT_CHECK_CHUNK;
  const run = await getBillRunById(db, billRunId);
  if (!run) throw new Error(`runDraftChecks: no bill run ${billRunId}`);
  const asOf = run.issueDate ?? todayIso();
  const settings = (await loadCheckSettings(db)).filter((setting) => setting.enabled);

  for (;;) {
    const checkedSome = await db.transaction(async (tx) => {
      const invoiceIds = await listUncheckedDraftIds(tx, billRunId, chunkSize);
      if (invoiceIds.length === 0) return false;
      const facts = await loadDraftFacts(tx, invoiceIds);
      const chunk: CheckedChunk = { invoiceIds: facts.map((f) => f.invoiceId), facts, asOf };
      const findings: NewDraftFinding[] = [];
      for (const setting of settings) {
        for (const finding of await setting.check.find(tx, chunk, setting))
          findings.push({ ...finding, billRunId, severity: setting.severity });
      }
      const held = new Set(findings.filter((f) => f.severity === 'hold').map((f) => f.invoiceId));
      await insertDraftReviews(
        tx,
        facts.map((draft) => ({
          invoiceId: draft.invoiceId,
          billRunId,
          accountId: draft.accountId,
          state: held.has(draft.invoiceId) ? ('needs_review' as const) : ('clean' as const),
        })),
        findings,
      );
      return true;
    });
    if (!checkedSome) break;
  }

  const counts = new Map(
    (await countDraftReviewsByState(db, billRunId)).map((row) => [row.state, row.count]),
  );
  return {
    clean: counts.get('clean') ?? 0,
    held: (counts.get('needs_review') ?? 0) + (counts.get('on_hold') ?? 0),
  };
}
