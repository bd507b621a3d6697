import { listConditionsOfReview } from '../../../db/queries/program';
import type { ChecklistItemRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';

/**
 * The checklist items a Go with conditions added as its conditions.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listReviewConditions(
  ctx: OperationContext,
  reviewId: string,
): Promise<ChecklistItemRow[]> {
  authorize(ctx.actor, 'program');
  return listConditionsOfReview(ctx.db, reviewId);
}
