import type { Db } from '../../../db/client';
import { trainingCompletion } from '../training/training-completion';

/** Training completion for the TRAINING_COMPLETE check, from the training register. */
export function trainingFacts(db: Db, programId: string) {
  return trainingCompletion(db, programId);
}
