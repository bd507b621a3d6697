import { getNewestProgram, getProgramById } from '../../db/queries/program';
import type { ProgramRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { isUuid } from '../uuid';

/**
 * A program by id, or the newest without one. Reads only: its check results are those of
 * the last recompute (`evidenceCheckedAt`).
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getProgram(ctx: OperationContext, id?: string | null): Promise<ProgramRow | null> {
  authorize(ctx.actor, 'program');
  if (id === undefined || id === null) return getNewestProgram(ctx.db);
  return isUuid(id) ? getProgramById(ctx.db, id) : null;
}
