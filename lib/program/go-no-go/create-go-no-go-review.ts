import { getProgramById, insertReview } from '../../../db/queries/program';
import type { GoNoGoReviewRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { isUuid } from '../../uuid';

type Result = { review: GoNoGoReviewRow | null; userErrors: UserError[] };
const refuse = (field: string | null, message: string, code: UserError['code'] = 'INVALID'): Result => ({
  review: null,
  userErrors: [userError(code, field ? ['input', field] : null, message)],
});

/**
 * Schedules a go/no-go review; its scorecard is live until the outcome is recorded.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function createGoNoGoReview(
  ctx: OperationContext,
  input: { programId: string; title: string; scheduledAt: Date },
): Promise<Result> {
  authorize(ctx.actor, 'createGoNoGoReview');
  const program = isUuid(input.programId) ? await getProgramById(ctx.db, input.programId) : null;
  if (!program) return refuse('programId', 'No program has this id.', 'NOT_FOUND');
  const title = input.title.trim();
  if (!title) return refuse('title', 'Name the review.', 'REQUIRED');
  const review = await insertReview(ctx.db, { programId: program.id, title, scheduledAt: input.scheduledAt });
  return { review, userErrors: [] };
}
