import { listTrainees, listTrainingCompletions, listTrainingModules } from '../../../db/queries/training';
import type { TraineeRow, TrainingModuleRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { isKnownProgram } from '../register-checks';

/** A trainee × module cell: when they completed it, if they have. */
export interface TrainingGridCell {
  moduleId: string;
  completedOn: string | null;
  recordedBy: string | null;
}

/** One trainee's row of the grid: a cell per module, in the modules' order. */
export interface TrainingGridRow {
  trainee: TraineeRow;
  cells: TrainingGridCell[];
}

export interface TrainingGrid {
  modules: TrainingModuleRow[];
  rows: TrainingGridRow[];
}

/**
 * Trainees × modules with completion dates; null for an unknown program.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getTrainingGrid(
  { db, actor }: OperationContext,
  programId: string,
): Promise<TrainingGrid | null> {
  authorize(actor, 'trainingGrid');
  if (!(await isKnownProgram(db, programId))) return null;
  const modules = await listTrainingModules(db, programId);
  const people = await listTrainees(db, programId);
  const completions = await listTrainingCompletions(db, programId);
  const byPair = new Map(completions.map((c) => [`${c.traineeId}:${c.moduleId}`, c]));
  return {
    modules,
    rows: people.map((trainee) => ({
      trainee,
      cells: modules.map((module) => {
        const done = byPair.get(`${trainee.id}:${module.id}`);
        return {
          moduleId: module.id,
          completedOn: done?.completedOn ?? null,
          recordedBy: done?.recordedBy ?? null,
        };
      }),
    })),
  };
}
