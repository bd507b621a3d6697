import { listStatusReportRows } from '../../../db/queries/program';
import type { StatusReportRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';

/**
 * The program's saved status updates, latest first.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listStatusReports(
  ctx: OperationContext,
  programId: string,
): Promise<StatusReportRow[]> {
  authorize(ctx.actor, 'program');
  return listStatusReportRows(ctx.db, programId);
}
