import { insertTrainee } from '../../../db/queries/training';
import type { TraineeRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import { parseEmail, parseName } from '../../auth/user-input';
import type { OperationContext } from '../../context';
import type { UserError } from '../../errors';
import { recomputeEvidence } from '../evidence/recompute-evidence';
import { checkProgram, trimmedOrNull } from '../register-checks';

export interface AddTraineeInput {
  programId: string;
  name: string;
  /** Optional: not every trainee has a console login or an address on file. */
  email?: string | null;
  team?: string | null;
}

type Result = { trainee: TraineeRow | null; userErrors: UserError[] };

/**
 * Adds a person to train to a program.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function addTrainee(ctx: OperationContext, input: AddTraineeInput): Promise<Result> {
  authorize(ctx.actor, 'addTrainee');
  const userErrors: UserError[] = [];
  const missingProgram = await checkProgram(ctx.db, input.programId);
  if (missingProgram) userErrors.push(missingProgram);
  const name = parseName(input.name, ['input', 'name']);
  if ('error' in name) userErrors.push(name.error);
  const rawEmail = trimmedOrNull(input.email);
  const email = rawEmail === null ? null : parseEmail(rawEmail, ['input', 'email']);
  if (email && 'error' in email) userErrors.push(email.error);
  if (userErrors.length > 0 || 'error' in name) return { trainee: null, userErrors };
  const trainee = await insertTrainee(ctx.db, {
    programId: input.programId,
    name: name.name,
    email: email && 'email' in email ? email.email : null,
    team: input.team?.trim() ?? '',
  });
  // Trainees and required modules are evidence of TRAINING_COMPLETE checks.
  await recomputeEvidence(ctx.db, input.programId);
  return { trainee, userErrors: [] };
}
