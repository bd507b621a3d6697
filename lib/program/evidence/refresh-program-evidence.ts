import type { ProgramRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { type UserError, userError } from '../../errors';
import { isUuid } from '../../uuid';
import { recomputeEvidence } from './recompute-evidence';

/**
 * Re-runs the program's evidence checks now: items and milestones follow their checks and
 * sign-offs whose evidence changed are invalidated. The writes outside the program that the
 * checks read (a parallel run, an import, a bill run, the unbillable queue, campaigns) queue
 * this for every program through a background job; this forces it, where no job worker runs
 * or without waiting for one.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function refreshProgramEvidence(
  ctx: OperationContext,
  input: { programId: string },
): Promise<{ program: ProgramRow | null; userErrors: UserError[] }> {
  authorize(ctx.actor, 'refreshProgramEvidence');
  const state = isUuid(input.programId) ? await recomputeEvidence(ctx.db, input.programId) : null;
  if (!state)
    return {
      program: null,
      userErrors: [userError('NOT_FOUND', ['input', 'programId'], 'No program has this id.')],
    };
  return { program: state.program, userErrors: [] };
}
