import { listSignOffRows } from '../../../db/queries/program';
import type { SignOffRequestRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import type { SignOffStatus } from '../types';

/**
 * The program's sign-off requests, newest first, those with this status when one is given.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listSignOffRequests(
  ctx: OperationContext,
  programId: string,
  status?: SignOffStatus | null,
): Promise<SignOffRequestRow[]> {
  authorize(ctx.actor, 'program');
  return (await listSignOffRows(ctx.db, programId)).filter((request) => !status || request.status === status);
}
