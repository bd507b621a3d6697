import type { ProgramRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { todayIso } from '../../dates';
import { readProgramState } from '../evidence/program-state';
import { computeKpis } from '../kpis/compute-kpis';
import { withHealth } from '../milestones/milestone-health';
import { draftStatusReport } from './draft-status-report';

/**
 * This week's status update, drafted from what changed since the last one (not saved).
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getStatusReportDraft(ctx: OperationContext, program: ProgramRow): Promise<string> {
  authorize(ctx.actor, 'program');
  const state = await readProgramState(ctx.db, program);
  const milestones = withHealth(state.milestones, state.dependencies, todayIso());
  return draftStatusReport(ctx.db, program, state, milestones, await computeKpis(ctx.db, program));
}
