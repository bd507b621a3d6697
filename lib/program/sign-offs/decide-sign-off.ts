import {
  getSignOffRequestById,
  listApproversOfRequests,
  lockSignOffRequest,
  updateSignOffApprover,
  updateSignOffRequest,
} from '../../../db/queries/program';
import type { SignOffRequestRow } from '../../../db/schema';
import { actorLabel } from '../../auth/actor';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { isUuid } from '../../uuid';
import { recomputeEvidence } from '../evidence/recompute-evidence';
import type { SignOffDecision } from '../types';
import { signOffOutcome } from './sign-off-outcome';

export interface DecideSignOffInput {
  requestId: string;
  decision: SignOffDecision;
  comment?: string | null;
}

type Result = { signOff: SignOffRequestRow | null; userErrors: UserError[] };
const refuse = (
  field: string | null,
  message: string,
  code: UserError['code'] = 'INVALID_STATE',
): Result => ({
  signOff: null,
  userErrors: [userError(code, field ? ['input', field] : null, message)],
});

/**
 * Records the signed-in user's decision as one of a request's approvers (named, or holding
 * a named role), after re-reading the evidence: a request whose evidence changed cannot be
 * approved. A rejection or request for changes needs a comment.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing, program)
 */
export async function decideSignOff(ctx: OperationContext, input: DecideSignOffInput): Promise<Result> {
  authorize(ctx.actor, 'decideSignOff');
  if (ctx.actor.kind !== 'user') return refuse(null, 'Sign-offs are decided by people, signed in.');
  const user = ctx.actor.user;
  const request = isUuid(input.requestId) ? await getSignOffRequestById(ctx.db, input.requestId) : null;
  if (!request) return refuse('requestId', 'No sign-off request has this id.', 'NOT_FOUND');
  const comment = input.comment?.trim() ?? '';
  if (input.decision !== 'approved' && !comment)
    return refuse('comment', 'Say what needs to change, or why you reject it.', 'REQUIRED');

  await recomputeEvidence(ctx.db, request.programId);

  return ctx.db.transaction(async (tx) => {
    const current = await lockSignOffRequest(tx, request.id);
    if (current?.status !== 'pending')
      return refuse(
        'requestId',
        current?.status === 'invalidated'
          ? `The evidence changed since this was requested (${current.invalidationReason}); it must be requested again.`
          : `This request is ${current?.status.replaceAll('_', ' ')} already.`,
      );
    const approvers = await listApproversOfRequests(tx, [current.id]);
    if (approvers.some((approver) => approver.decidedById === user.id))
      return refuse('requestId', 'You have decided on this request already.');
    const slot =
      approvers.find((approver) => !approver.decision && approver.userId === user.id) ??
      approvers.find((approver) => !approver.decision && approver.role === user.role);
    if (!slot) return refuse('requestId', 'You are not one of the approvers still to decide.');

    const decidedAt = new Date();
    await updateSignOffApprover(tx, slot.id, {
      decision: input.decision,
      comment: comment || null,
      decidedById: user.id,
      decidedBy: actorLabel(ctx.actor),
      decidedAt,
    });
    const decisions = approvers.map((approver) =>
      approver.id === slot.id ? input.decision : approver.decision,
    );
    const status = signOffOutcome(current.rule, current.quorum, decisions);
    const updated = await updateSignOffRequest(tx, current.id, {
      status,
      decidedAt: status === 'pending' ? null : decidedAt,
    });
    return { signOff: updated ?? current, userErrors: [] };
  });
}
