import { deleteTrainingCompletion } from '../../../db/queries/training';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { recomputeEvidence } from '../evidence/recompute-evidence';
import type { TrainingGridCell } from './get-training-grid';
import { findPair, type TrainingCompletionInput } from './record-training-completion';

/**
 * Takes back a completion recorded by mistake; the grid's cell comes back empty.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function undoTrainingCompletion(
  ctx: OperationContext,
  input: TrainingCompletionInput,
): Promise<{ cell: TrainingGridCell | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'undoTrainingCompletion');
  const found = await findPair(ctx.db, input);
  if ('userErrors' in found) return { cell: null, userErrors: found.userErrors };
  if (!(await deleteTrainingCompletion(ctx.db, found.trainee.id, found.module.id)))
    return {
      cell: null,
      userErrors: [
        userError('NOT_FOUND', ['input', 'moduleId'], 'This trainee has no completion of this module.'),
      ],
    };
  await recomputeEvidence(ctx.db, found.trainee.programId);
  return { cell: { moduleId: input.moduleId, completedOn: null, recordedBy: null }, userErrors: [] };
}
