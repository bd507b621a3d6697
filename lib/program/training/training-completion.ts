import type { Db } from '../../../db/client';
import { countTrainingProgress } from '../../../db/queries/training';
import { Dec } from '../../money/decimal';

/** How far a program's training has got. */
export interface TrainingCompletionSummary {
  /** Modules marked required. */
  requiredModules: number;
  trainees: number;
  /** Completions of required modules. */
  completed: number;
  /** trainees × required modules. */
  expected: number;
  /** completed / expected, a decimal string 0..1 (4 decimals); "0" when nothing is expected. */
  ratio: string;
  /** Every trainee has completed every required module, and there is at least one of each. */
  complete: boolean;
}

/** The summary from the counts. Pure. */
export function summarizeTrainingCompletion(counts: {
  requiredModules: number;
  trainees: number;
  completed: number;
}): TrainingCompletionSummary {
  const expected = counts.requiredModules * counts.trainees;
  return {
    ...counts,
    expected,
    ratio: expected === 0 ? '0' : new Dec(counts.completed).dividedBy(expected).toFixed(4),
    // A program with nobody to train, or nothing required, has not shown that training happened.
    complete: expected > 0 && counts.completed >= expected,
  };
}

/**
 * Whether a program's people are trained: every trainee has completed every required
 * module. No authorization: callers (the evidence check of the "training complete"
 * milestone, the trainingCompletion query) have already checked the actor.
 */
export async function trainingCompletion(db: Db, programId: string): Promise<TrainingCompletionSummary> {
  return summarizeTrainingCompletion(await countTrainingProgress(db, programId));
}
