import { getReviewById } from '../../../db/queries/program';
import type { GoNoGoReviewRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { isUuid } from '../../uuid';

/**
 * A go/no-go review by id.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getGoNoGoReview(ctx: OperationContext, id: string): Promise<GoNoGoReviewRow | null> {
  authorize(ctx.actor, 'program');
  return isUuid(id) ? getReviewById(ctx.db, id) : null;
}
