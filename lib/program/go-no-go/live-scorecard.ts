import type { Db } from '../../../db/client';
import type { ProgramRow } from '../../../db/schema';
import { todayIso } from '../../dates';
import { readProgramState } from '../evidence/program-state';
import { computeKpis } from '../kpis/compute-kpis';
import { withHealth } from '../milestones/milestone-health';
import { buildScorecard, type ScorecardCriterion } from './scorecard';

/** The go/no-go scorecard from the program as it stands (check results as last computed). */
export async function liveScorecard(db: Db, program: ProgramRow): Promise<ScorecardCriterion[]> {
  const state = await readProgramState(db, program);
  const today = todayIso();
  return buildScorecard(
    state,
    withHealth(state.milestones, state.dependencies, today),
    await computeKpis(db, program),
    today,
  );
}
