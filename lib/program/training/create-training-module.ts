import { insertTrainingModule } from '../../../db/queries/training';
import type { TrainingModuleRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { recomputeEvidence } from '../evidence/recompute-evidence';
import { checkProgram } from '../register-checks';

export interface CreateTrainingModuleInput {
  programId: string;
  title: string;
  /** Who takes it, e.g. Billing team. */
  audience?: string | null;
  /** Counts towards "training complete"; true when absent. */
  required?: boolean | null;
}

type Result = { module: TrainingModuleRow | null; userErrors: UserError[] };

/**
 * Adds a training module to a program, after its last one.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function createTrainingModule(
  ctx: OperationContext,
  input: CreateTrainingModuleInput,
): Promise<Result> {
  authorize(ctx.actor, 'createTrainingModule');
  const userErrors: UserError[] = [];
  const missingProgram = await checkProgram(ctx.db, input.programId);
  if (missingProgram) userErrors.push(missingProgram);
  const title = input.title.trim();
  if (!title) userErrors.push(userError('REQUIRED', ['input', 'title'], 'Give the module a title.'));
  if (userErrors.length > 0) return { module: null, userErrors };
  const module = await insertTrainingModule(ctx.db, {
    programId: input.programId,
    title,
    audience: input.audience?.trim() ?? '',
    required: input.required ?? true,
  });
  // Trainees and required modules are evidence of TRAINING_COMPLETE checks.
  await recomputeEvidence(ctx.db, input.programId);
  return { module, userErrors: [] };
}
