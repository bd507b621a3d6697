import { getProgramById } from '../../../db/queries/program';
import type { GoNoGoReviewRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { liveScorecard } from './live-scorecard';
import type { ScorecardCriterion } from './scorecard';

/**
 * The review's scorecard: as recorded with its outcome, else live from the program.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getReviewScorecard(
  ctx: OperationContext,
  review: GoNoGoReviewRow,
): Promise<ScorecardCriterion[]> {
  authorize(ctx.actor, 'program');
  if (review.scorecard) return review.scorecard as ScorecardCriterion[];
  const program = await getProgramById(ctx.db, review.programId);
  return program ? liveScorecard(ctx.db, program) : [];
}
