import { getReviewById, upsertVote } from '../../../db/queries/program';
import type { GoNoGoReviewRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { isUuid } from '../../uuid';
import type { GoNoGoOutcome } from '../types';

type Result = { review: GoNoGoReviewRow | null; userErrors: UserError[] };
const refuse = (field: string | null, message: string, code: UserError['code'] = 'INVALID'): Result => ({
  review: null,
  userErrors: [userError(code, field ? ['input', field] : null, message)],
});

/**
 * Records the signed-in user's vote (a second vote replaces the first) until the outcome is in.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing, program)
 */
export async function castGoNoGoVote(
  ctx: OperationContext,
  input: { reviewId: string; role: string; vote: GoNoGoOutcome; comment?: string | null },
): Promise<Result> {
  authorize(ctx.actor, 'castGoNoGoVote');
  if (ctx.actor.kind !== 'user') return refuse(null, 'Votes are cast by people, signed in.', 'INVALID_STATE');
  const review = isUuid(input.reviewId) ? await getReviewById(ctx.db, input.reviewId) : null;
  if (!review) return refuse('reviewId', 'No review has this id.', 'NOT_FOUND');
  if (review.outcome)
    return refuse('reviewId', 'The outcome is recorded; voting is closed.', 'INVALID_STATE');
  const role = input.role.trim();
  if (!role) return refuse('role', 'Say which role you vote for, e.g. Finance.', 'REQUIRED');
  const vote = { role, vote: input.vote, comment: input.comment?.trim() ?? '', at: new Date() };
  await upsertVote(ctx.db, { reviewId: review.id, userId: ctx.actor.user.id, ...vote });
  return { review, userErrors: [] };
}
