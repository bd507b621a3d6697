import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { isKnownProgram } from '../register-checks';
import { type TrainingCompletionSummary, trainingCompletion } from './training-completion';

/**
 * How far the program's training has got; null for an unknown program.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getTrainingCompletion(
  { db, actor }: OperationContext,
  programId: string,
): Promise<TrainingCompletionSummary | null> {
  authorize(actor, 'trainingCompletion');
  if (!(await isKnownProgram(db, programId))) return null;
  return trainingCompletion(db, programId);
}
