import { deleteRaciAssignment, getRaciAssignmentById } from '../../../db/queries/raci';
import type { RaciAssignmentRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { isUuid } from '../../uuid';

/**
 * Takes a user off a subject's RACI. Removing the accountable person leaves the subject
 * without one, which the matrix then flags.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function removeRaciAssignment(
  ctx: OperationContext,
  id: string,
): Promise<{ assignment: RaciAssignmentRow | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'removeRaciAssignment');
  const assignment = isUuid(id) ? await getRaciAssignmentById(ctx.db, id) : null;
  if (!assignment)
    return {
      assignment: null,
      userErrors: [userError('NOT_FOUND', ['input', 'id'], 'No RACI assignment has this id.')],
    };
  await deleteRaciAssignment(ctx.db, assignment.id);
  return { assignment, userErrors: [] };
}
