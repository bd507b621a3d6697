import {
  listApproversOfRequests,
  listPendingRequestIdsFor,
  listSignOffRowsByIds,
} from '../../../db/queries/program';
import type { SignOffApproverRow, SignOffRequestRow } from '../../../db/schema';
import type { Actor } from '../../auth/actor';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';

/** Whether the actor is one of the request's approvers still to decide. */
export function awaitsActor(
  actor: Actor,
  request: SignOffRequestRow,
  approvers: readonly SignOffApproverRow[],
) {
  if (actor.kind !== 'user' || request.status !== 'pending') return false;
  const { id, role } = actor.user;
  if (approvers.some((approver) => approver.decidedById === id)) return false;
  return approvers.some(
    (approver) => !approver.decision && (approver.userId === id || approver.role === role),
  );
}

/**
 * Pending requests the signed-in user can decide, newest first. Reads only: a request whose
 * evidence changed is invalidated (and no longer offered) when the evidence is recomputed.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function mySignOffRequests(ctx: OperationContext): Promise<SignOffRequestRow[]> {
  authorize(ctx.actor, 'mySignOffRequests');
  if (ctx.actor.kind !== 'user') return [];
  const { id, role } = ctx.actor.user;
  const requests = await listSignOffRowsByIds(ctx.db, await listPendingRequestIdsFor(ctx.db, { id, role }));
  const approvers = await listApproversOfRequests(
    ctx.db,
    requests.map((request) => request.id),
  );
  return requests.filter((request) =>
    awaitsActor(
      ctx.actor,
      request,
      approvers.filter((approver) => approver.requestId === request.id),
    ),
  );
}
