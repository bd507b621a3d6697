import type { Db } from '../../../db/client';

/**
 * Training completion for the TRAINING_COMPLETE check. The training register lands with the
 * program's registers; until then there is nothing to count.
 */
export async function trainingFacts(
  _db: Db,
  _programId: string,
): Promise<{ complete: boolean; completed: number; expected: number } | null> {
  return null;
}
