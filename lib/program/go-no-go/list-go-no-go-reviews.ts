import { listReviewRows } from '../../../db/queries/program';
import type { GoNoGoReviewRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';

/**
 * The program's go/no-go reviews, latest scheduled first.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listGoNoGoReviews(
  ctx: OperationContext,
  programId: string,
): Promise<GoNoGoReviewRow[]> {
  authorize(ctx.actor, 'program');
  return listReviewRows(ctx.db, programId);
}
