import { getBillRunById, markBillRunStep } from '../../db/queries/bill-runs';
import type { BillRunRow } from '../../db/schema';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';
import { cleanDraftsOf } from './draft-pickers';
import { finalizeDraftsOfRun } from './finalize-drafts-of-run';
import { runDraftChecks } from './run-draft-checks';

export interface FinalizeCleanDraftsResult {
  billRun: BillRunRow | null;
  /** Drafts this call finalized. */
  finalized: number;
  userErrors: UserError[];
}

/**
 * A person's "finalize and send every clean draft" of a finished run: its drafts are checked
 * first where they were not yet, then every draft no finding holds (and nobody decided on) is
 * finalized, a chunk per transaction, numbered in account order, its email queued for the job
 * queue to send. The run's `draftsFinalized` shows the progress meanwhile. Stopped by a
 * failure, what committed stays finalized and asking again finishes the rest; drafts held for
 * review are never touched.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function finalizeCleanDrafts(
  { db, actor }: OperationContext,
  billRunId: string,
): Promise<FinalizeCleanDraftsResult> {
  authorize(actor, 'finalizeCleanDrafts');
  const fail = (error: UserError) => ({ billRun: null, finalized: 0, userErrors: [error] });
  const run = isUuid(billRunId) ? await getBillRunById(db, billRunId) : null;
  if (!run) return fail(userError('NOT_FOUND', ['billRunId'], 'No such bill run.'));
  if (run.status !== 'completed')
    return fail(
      userError(
        'INVALID_STATE',
        ['billRunId'],
        run.status === 'failed'
          ? 'The run failed: its drafts are not finalized in bulk.'
          : 'The run is still billing: finalize its drafts when it is done.',
      ),
    );
  await runDraftChecks(db, run.id);
  if (!run.checkedAt) await markBillRunStep(db, run.id, 'checkedAt');
  const label = actorLabel(actor);
  const { finalized } = await finalizeDraftsOfRun(db, run, cleanDraftsOf(run.id, label), label);
  return { billRun: await getBillRunById(db, run.id), finalized, userErrors: [] };
}
