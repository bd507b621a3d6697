import {
  getReviewById,
  insertChecklistItems,
  lastChecklistPosition,
  updateReview,
} from '../../../db/queries/program';
import type { GoNoGoReviewRow } from '../../../db/schema';
import { actorLabel } from '../../auth/actor';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { isIsoDate } from '../../dates';
import { type UserError, userError } from '../../errors';
import { isUuid } from '../../uuid';
import { recomputeEvidence } from '../evidence/recompute-evidence';
import { checkOwner } from '../owners';
import type { GoNoGoOutcome } from '../types';
import { liveScorecard } from './live-scorecard';

type Result = { review: GoNoGoReviewRow | null; userErrors: UserError[] };
const refuse = (field: string | null, message: string, code: UserError['code'] = 'INVALID'): Result => ({
  review: null,
  userErrors: [userError(code, field ? ['input', field] : null, message)],
});

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
  const review = isUuid(input.reviewId) ? await getReviewById(ctx.db, input.reviewId) : null;
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

  // The scorecard is recorded from the evidence as it stands now, not as last computed.
  const state = await recomputeEvidence(ctx.db, review.programId);
  if (!state) return refuse('reviewId', 'The review has no program.', 'NOT_FOUND');
  const { program } = state;
  const scorecard = await liveScorecard(ctx.db, program);
  const decided = await ctx.db.transaction(async (tx) => {
    const row = await updateReview(tx, review.id, {
      outcome: input.outcome,
      outcomeNote: input.note?.trim() || null,
      scorecard,
      rollbackOwnerId: input.rollbackOwnerId || null,
      pointOfNoReturn: input.pointOfNoReturn ?? null,
      decidedBy: actorLabel(ctx.actor),
      decidedAt: new Date(),
    });
    if (conditions.length > 0) {
      const last = await lastChecklistPosition(tx, program.id);
      await insertChecklistItems(
        tx,
        conditions.map((condition, index) => ({
          programId: program.id,
          area: 'contingency' as const,
          position: last + index + 1,
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
  // A go decision and its conditions are evidence of GO_DECISION and CHECKLIST_AREA_DONE checks.
  await recomputeEvidence(ctx.db, program.id);
  return { review: decided, userErrors: [] };
}
