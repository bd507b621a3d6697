import { and, eq, max } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { getProgramById } from '../../../db/queries/program';
import { checklistItems, type GoNoGoReviewRow, goNoGoReviews, goNoGoVotes } from '../../../db/schema';
import { actorLabel } from '../../auth/actor';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { isIsoDate } from '../../dates';
import { type UserError, userError } from '../../errors';
import { isUuid } from '../../uuid';
import { checkOwner } from '../owners';
import { forgetProgramState } from '../program-access';
import { liveScorecard } from '../program-reads';
import type { GoNoGoOutcome } from '../types';

type Result = { review: GoNoGoReviewRow | null; userErrors: UserError[] };
const refuse = (field: string | null, message: string, code: UserError['code'] = 'INVALID'): Result => ({
  review: null,
  userErrors: [userError(code, field ? ['input', field] : null, message)],
});

async function findReview(db: Db, id: string) {
  if (!isUuid(id)) return null;
  const [review] = await db.select().from(goNoGoReviews).where(eq(goNoGoReviews.id, id));
  return review ?? null;
}

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
  const [review] = await ctx.db
    .insert(goNoGoReviews)
    .values({ programId: program.id, title, scheduledAt: input.scheduledAt })
    .returning();
  return { review: review ?? null, userErrors: [] };
}

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
  const review = await findReview(ctx.db, input.reviewId);
  if (!review) return refuse('reviewId', 'No review has this id.', 'NOT_FOUND');
  if (review.outcome)
    return refuse('reviewId', 'The outcome is recorded; voting is closed.', 'INVALID_STATE');
  const role = input.role.trim();
  if (!role) return refuse('role', 'Say which role you vote for, e.g. Finance.', 'REQUIRED');
  const vote = { role, vote: input.vote, comment: input.comment?.trim() ?? '', at: new Date() };
  await ctx.db
    .insert(goNoGoVotes)
    .values({ reviewId: review.id, userId: ctx.actor.user.id, ...vote })
    .onConflictDoUpdate({ target: [goNoGoVotes.reviewId, goNoGoVotes.userId], set: vote });
  return { review, userErrors: [] };
}

export interface DecideGoNoGoInput {
  reviewId: string;
  outcome: GoNoGoOutcome;
  note?: string | null;
  conditions?: readonly { title: string; ownerId?: string | null; dueOn?: string | null }[] | null;
  rollbackOwnerId?: string | null;
  pointOfNoReturn?: Date | null;
}

/**
 * Records the outcome with the scorecard as it stands, the rollback decision owner and the
 * point of no return. The conditions of a Go with conditions become blocking contingency
 * items of the checklist, tracked like any other.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function decideGoNoGo(ctx: OperationContext, input: DecideGoNoGoInput): Promise<Result> {
  authorize(ctx.actor, 'decideGoNoGo');
  const review = await findReview(ctx.db, input.reviewId);
  if (!review) return refuse('reviewId', 'No review has this id.', 'NOT_FOUND');
  if (review.outcome)
    return refuse('reviewId', 'The outcome of this review is recorded already.', 'INVALID_STATE');
  const conditions = (input.conditions ?? []).map((condition) => ({
    ...condition,
    title: condition.title.trim(),
  }));
  if (input.outcome === 'go_with_conditions' && conditions.length === 0)
    return refuse('conditions', 'List the conditions of the Go.', 'REQUIRED');
  if (input.outcome !== 'go_with_conditions' && conditions.length > 0)
    return refuse('conditions', 'Conditions go with a Go with conditions only.');
  for (const [index, condition] of conditions.entries()) {
    if (!condition.title) return refuse('conditions', `Condition ${index + 1} needs a title.`, 'REQUIRED');
    if (condition.dueOn && !isIsoDate(condition.dueOn))
      return refuse('conditions', `Condition ${index + 1}: a date like 2027-01-15.`);
    const problem = await checkOwner(ctx.db, condition.ownerId, [
      'input',
      'conditions',
      String(index),
      'ownerId',
    ]);
    if (problem) return { review: null, userErrors: [problem] };
  }
  const ownerProblem = await checkOwner(ctx.db, input.rollbackOwnerId, ['input', 'rollbackOwnerId']);
  if (ownerProblem) return { review: null, userErrors: [ownerProblem] };
  if (input.outcome !== 'no_go' && !input.rollbackOwnerId)
    return refuse('rollbackOwnerId', 'Name who decides on a rollback after a Go.', 'REQUIRED');

  const program = await getProgramById(ctx.db, review.programId);
  if (!program) return refuse('reviewId', 'The review has no program.', 'NOT_FOUND');
  const scorecard = await liveScorecard(ctx, program, {});
  const decided = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(goNoGoReviews)
      .set({
        outcome: input.outcome,
        outcomeNote: input.note?.trim() || null,
        scorecard,
        rollbackOwnerId: input.rollbackOwnerId || null,
        pointOfNoReturn: input.pointOfNoReturn ?? null,
        decidedBy: actorLabel(ctx.actor),
        decidedAt: new Date(),
      })
      .where(and(eq(goNoGoReviews.id, review.id)))
      .returning();
    if (conditions.length > 0) {
      const [last] = await tx
        .select({ position: max(checklistItems.position) })
        .from(checklistItems)
        .where(eq(checklistItems.programId, program.id));
      await tx.insert(checklistItems).values(
        conditions.map((condition, index) => ({
          programId: program.id,
          area: 'contingency' as const,
          position: (last?.position ?? 0) + index + 1,
          title: condition.title,
          ownerId: condition.ownerId || null,
          dueOn: condition.dueOn || null,
          blocking: true,
          notes: `Condition of the go decision “${review.title}”.`,
          reviewId: review.id,
        })),
      );
    }
    return row ?? review;
  });
  forgetProgramState(ctx);
  return { review: decided, userErrors: [] };
}
