import type { Db } from '../../../db/client';
import { listChecklistRows, listDependenciesOfProgram, listMilestoneRows } from '../../../db/queries/program';
import type { ChecklistItemRow, MilestoneRow, ProgramRow } from '../../../db/schema';

/** A program's checklist and milestones as stored, with the check results last computed. */
export interface ProgramSnapshot {
  program: ProgramRow;
  items: ChecklistItemRow[];
  milestones: MilestoneRow[];
  dependencies: { milestoneId: string; dependsOnId: string }[];
}

/**
 * Reads a program's checklist and milestones without re-running any check: their check
 * results are those of the last recompute (see `program.evidenceCheckedAt`).
 */
export async function readProgramState(db: Db, program: ProgramRow): Promise<ProgramSnapshot> {
  const [items, milestones, dependencies] = await Promise.all([
    listChecklistRows(db, program.id),
    listMilestoneRows(db, program.id),
    listDependenciesOfProgram(db, program.id),
  ]);
  return { program, items, milestones, dependencies };
}
