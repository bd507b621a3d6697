import type { Db } from '../../../db/client';
import {
  getTraineeById,
  getTrainingModuleById,
  upsertTrainingCompletion,
} from '../../../db/queries/training';
import type { TraineeRow, TrainingCompletionRow, TrainingModuleRow } from '../../../db/schema';
import { actorLabel } from '../../auth/actor';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { isUuid } from '../../uuid';
import { recomputeEvidence } from '../evidence/recompute-evidence';
import { checkPastDate } from '../register-checks';

export interface TrainingCompletionInput {
  traineeId: string;
  moduleId: string;
}

export interface RecordTrainingCompletionInput extends TrainingCompletionInput {
  /** YYYY-MM-DD, not in the future. */
  completedOn: string;
}

type Pair = { trainee: TraineeRow; module: TrainingModuleRow };
type Result = { completion: TrainingCompletionRow | null; userErrors: UserError[] };

/**
 * Records that a trainee completed a module on a date; recording it again moves the date.
 * The trainee and the module are the same program's.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function recordTrainingCompletion(
  ctx: OperationContext,
  input: RecordTrainingCompletionInput,
): Promise<Result> {
  authorize(ctx.actor, 'recordTrainingCompletion');
  const dateError = checkPastDate(input.completedOn, ['input', 'completedOn'], 'The completion date');
  const found = await findPair(ctx.db, input);
  const userErrors = [...('userErrors' in found ? found.userErrors : []), ...(dateError ? [dateError] : [])];
  if (userErrors.length > 0 || 'userErrors' in found) return { completion: null, userErrors };
  const completion = await upsertTrainingCompletion(ctx.db, {
    traineeId: found.trainee.id,
    moduleId: found.module.id,
    completedOn: input.completedOn,
    recordedBy: actorLabel(ctx.actor),
  });
  // Completions are evidence of TRAINING_COMPLETE checks.
  await recomputeEvidence(ctx.db, found.trainee.programId);
  return { completion, userErrors: [] };
}

/** The trainee and module of the input, the same program's; or what is wrong with them. */
export async function findPair(
  db: Db,
  input: TrainingCompletionInput,
): Promise<Pair | { userErrors: UserError[] }> {
  const trainee = isUuid(input.traineeId) ? await getTraineeById(db, input.traineeId) : null;
  const module = isUuid(input.moduleId) ? await getTrainingModuleById(db, input.moduleId) : null;
  const userErrors: UserError[] = [];
  if (!trainee) userErrors.push(userError('NOT_FOUND', ['input', 'traineeId'], 'No trainee has this id.'));
  if (!module)
    userErrors.push(userError('NOT_FOUND', ['input', 'moduleId'], 'No training module has this id.'));
  if (trainee && module && trainee.programId !== module.programId)
    userErrors.push(userError('INVALID', ['input', 'moduleId'], "This module is another program's."));
  return trainee && module && userErrors.length === 0 ? { trainee, module } : { userErrors };
}
