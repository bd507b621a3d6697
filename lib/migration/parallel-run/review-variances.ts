import { getParallelRunById, listRunAccounts, updateRunAccounts } from '../../../db/queries/parallel-runs';
import type { ParallelRunAccountRow } from '../../../db/schema';
import { actorLabel } from '../../auth/actor';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { enqueueProgramEvidenceRefresh } from '../../jobs/program-evidence-jobs';
import type { VarianceCause, VarianceResolution } from './types';

export interface ReviewVariancesInput {
  runId: string;
  /** These accounts of the run… */
  legacyAccountIds?: readonly string[] | null;
  /** …or, in bulk, every open variance whose cause is this one. */
  whereCause?: VarianceCause | null;
  /** CONFIRMED keeps (or sets) the cause; ACCEPTED lets the difference stand; DEFECT marks a Switchboard defect; OPEN reopens. */
  resolution: VarianceResolution;
  /** Replaces the suggested cause. */
  cause?: VarianceCause | null;
  comment?: string | null;
}

/**
 * The variance workflow: a reviewer confirms or changes a cause, accepts a difference, or
 * marks it as a defect, with a comment, for chosen accounts or every open variance of a
 * cause at once. Matching accounts are left alone.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function reviewVariances(
  ctx: OperationContext,
  input: ReviewVariancesInput,
): Promise<{ accounts: ParallelRunAccountRow[]; userErrors: UserError[] }> {
  authorize(ctx.actor, 'reviewVariances');
  const byIds = input.legacyAccountIds && input.legacyAccountIds.length > 0;
  if (!byIds === !input.whereCause)
    return {
      accounts: [],
      userErrors: [
        userError('REQUIRED', ['input'], 'Choose accounts, or a cause to review every open variance of.'),
      ],
    };
  if ((input.resolution === 'accepted' || input.resolution === 'defect') && !input.comment?.trim())
    return {
      accounts: [],
      userErrors: [
        userError(
          'REQUIRED',
          ['input', 'comment'],
          'Say why, in a comment, when accepting or marking a defect.',
        ),
      ],
    };
  if (!(await getParallelRunById(ctx.db, input.runId).catch(() => null)))
    return {
      accounts: [],
      userErrors: [userError('NOT_FOUND', ['input', 'runId'], 'No parallel run has this id.')],
    };
  const candidates = await listRunAccounts(ctx.db, input.runId);
  const chosen = candidates.filter(
    (account) =>
      account.status !== 'match' &&
      (byIds
        ? input.legacyAccountIds?.includes(account.legacyAccountId)
        : account.resolution === 'open' && account.cause === input.whereCause),
  );
  if (byIds && chosen.length !== new Set(input.legacyAccountIds).size)
    return {
      accounts: [],
      userErrors: [
        userError(
          'NOT_FOUND',
          ['input', 'legacyAccountIds'],
          'Some of these accounts have no variance in this run.',
        ),
      ],
    };
  const accounts = await ctx.db.transaction(async (tx) => {
    const reviewed = await updateRunAccounts(
      tx,
      input.runId,
      chosen.map((account) => account.legacyAccountId),
      {
        resolution: input.resolution,
        ...(input.cause ? { cause: input.cause } : {}),
        ...(input.comment !== undefined ? { comment: input.comment?.trim() || null } : {}),
        reviewedBy: actorLabel(ctx.actor),
        reviewedAt: new Date(),
      },
    );
    await enqueueProgramEvidenceRefresh(tx); // the parallel-run accuracy check counts unexplained variances
    return reviewed;
  });
  return { accounts, userErrors: [] };
}
