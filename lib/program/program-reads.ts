import type { ProgramRow } from '../../db/schema';
import type { OperationContext } from '../context';
import { todayIso } from '../dates';
import type { ProgramState } from './evidence/refresh-program';
import { buildScorecard } from './go-no-go/scorecard';
import { computeKpis } from './kpis/compute-kpis';
import { type MilestoneRecord, withHealth } from './milestones/milestone-health';
import { freshProgramState } from './program-access';

/** The program's milestones with their health, from its refreshed state. */
export function milestonesOf(state: ProgramState, today = todayIso()): MilestoneRecord[] {
  return withHealth(state.milestones, state.dependencies, today);
}

/** The live go/no-go scorecard of a program. */
export async function liveScorecard(ctx: OperationContext, program: ProgramRow, scope?: object) {
  const state = await freshProgramState(ctx, program, scope);
  const today = todayIso();
  return buildScorecard(state, milestonesOf(state, today), await computeKpis(ctx.db, program), today);
}
