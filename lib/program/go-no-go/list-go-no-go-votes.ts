import { listVotesOfReview } from '../../../db/queries/program';
import type { GoNoGoVoteRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';

/**
 * A review's votes, oldest first.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listGoNoGoVotes(ctx: OperationContext, reviewId: string): Promise<GoNoGoVoteRow[]> {
  authorize(ctx.actor, 'program');
  return listVotesOfReview(ctx.db, reviewId);
}
