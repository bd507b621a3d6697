import { listProgramRows } from '../../db/queries/program';
import type { ProgramRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';

/**
 * Every program, newest first.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listPrograms(ctx: OperationContext): Promise<ProgramRow[]> {
  authorize(ctx.actor, 'programs');
  return listProgramRows(ctx.db);
}
