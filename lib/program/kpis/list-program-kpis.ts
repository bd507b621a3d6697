import type { ProgramRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { computeKpis, type KpiValue } from './compute-kpis';

/**
 * The program's KPIs against their targets, computed from the data.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listProgramKpis(ctx: OperationContext, program: ProgramRow): Promise<KpiValue[]> {
  authorize(ctx.actor, 'program');
  return computeKpis(ctx.db, program);
}
