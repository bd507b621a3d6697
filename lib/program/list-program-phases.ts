import { listPhasesOfProgram } from '../../db/queries/program';
import type { ProgramPhaseRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';

/**
 * The program's phases, by start date.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listProgramPhases(
  ctx: OperationContext,
  programId: string,
): Promise<ProgramPhaseRow[]> {
  authorize(ctx.actor, 'program');
  return listPhasesOfProgram(ctx.db, programId);
}
