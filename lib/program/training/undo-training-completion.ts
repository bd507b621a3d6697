import { deleteTrainingCompletion } from '../../../db/queries/training';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { recomputeEvidence } from '../evidence/recompute-evidence';
import { findPair, type TrainingCompletionInput } from './record-training-completion';

/**
 * Takes back a completion recorded by mistake.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function undoTrainingCompletion(
  ctx: OperationContext,
  input: TrainingCompletionInput,
): Promise<{ removed: boolean; userErrors: UserError[] }> {
  authorize(ctx.actor, 'undoTrainingCompletion');
  const found = await findPair(ctx.db, input);
  if ('userErrors' in found) return { removed: false, userErrors: found.userErrors };
  if (!(await deleteTrainingCompletion(ctx.db, found.trainee.id, found.module.id)))
    return {
      removed: false,
      userErrors: [
        userError('NOT_FOUND', ['input', 'moduleId'], 'This trainee has no completion of this module.'),
      ],
    };
  await recomputeEvidence(ctx.db, found.trainee.programId);
  return { removed: true, userErrors: [] };
}
