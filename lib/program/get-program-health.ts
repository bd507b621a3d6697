import { listChecklistRows } from '../../db/queries/program';
import type { ProgramRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { todayIso } from '../dates';
import { computeKpis } from './kpis/compute-kpis';
import { loadMilestonesOfPrograms } from './load-program-batches';
import { programHealth } from './program-health';
import type { Health } from './types';

/**
 * The program's overall health with its reasons, worst first, from its milestones, checklist
 * and KPIs as they stand.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getProgramHealth(
  ctx: OperationContext,
  program: ProgramRow,
): Promise<{ health: Health; reasons: string[] }> {
  authorize(ctx.actor, 'program');
  const [[milestones = []], items, kpis] = await Promise.all([
    loadMilestonesOfPrograms(ctx.db, [program.id]),
    listChecklistRows(ctx.db, program.id),
    computeKpis(ctx.db, program),
  ]);
  return programHealth(milestones, items, kpis, todayIso());
}
