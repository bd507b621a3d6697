import { listDraftsHeldOnlyBy } from '../../db/queries/draft-reviews';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { finalizeUnderReview } from './approve-draft';
import { draftCheckOf } from './checks';

export interface ApproveDraftsWithOnlyFindingResult {
  /** Drafts finalized. */
  approved: number;
  /** Drafts that matched but could not be approved (decided by someone else meanwhile). */
  skipped: number;
  userErrors: UserError[];
}

/**
 * Approves every draft of a run waiting for review whose only HOLD findings are of one code
 * ("the total changed, and that is expected this month"). Each draft is approved in its
 * own transaction as approveDraft does, so one taken by another reviewer meanwhile is
 * skipped without undoing the others. Drafts a person held are left alone.
 * User errors: REQUIRED (reason), NOT_FOUND (unknown code).
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function approveDraftsWithOnlyFinding(
  context: OperationContext,
  input: { billRunId: string; code: string; reason?: string | null | undefined },
): Promise<ApproveDraftsWithOnlyFindingResult> {
  authorize(context.actor, 'approveDraftsWithOnlyFinding');
  if (!input.reason?.trim())
    return {
      approved: 0,
      skipped: 0,
      userErrors: [userError('REQUIRED', ['input', 'reason'], 'Say why these findings are expected.')],
    };
  if (!draftCheckOf(input.code))
    return {
      approved: 0,
      skipped: 0,
      userErrors: [userError('NOT_FOUND', ['input', 'code'], `No check ${input.code}.`)],
    };
  const invoiceIds = await listDraftsHeldOnlyBy(context.db, input.billRunId, input.code);
  let approved = 0;
  for (const invoiceId of invoiceIds) {
    const result = await finalizeUnderReview(context, { invoiceId, reason: input.reason }, ['needs_review']);
    if (result.review) approved += 1;
  }
  return { approved, skipped: invoiceIds.length - approved, userErrors: [] };
}
