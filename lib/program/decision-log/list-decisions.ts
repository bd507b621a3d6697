import { listDecisionLog } from '../../../db/queries/decision-log';
import type { DecisionLogRow } from '../../../db/schema';
import { authorize } from '../../auth/permissions';
import type { OperationContext } from '../../context';
import { isUuid } from '../../uuid';
import type { DecisionCategory } from '../register-types';

/**
 * A program's decision and configuration log, newest first, of one category or all; empty
 * for an unknown program.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listDecisions(
  { db, actor }: OperationContext,
  programId: string,
  category?: DecisionCategory | null,
): Promise<DecisionLogRow[]> {
  authorize(actor, 'decisionLog');
  return isUuid(programId) ? listDecisionLog(db, programId, category) : [];
}
