import { listDunningStepRows } from '../../db/queries/dunning';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import type { DunningStepRecord } from './types';

/**
 * The dunning schedule, in order.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listDunningSteps({ db, actor }: OperationContext): Promise<DunningStepRecord[]> {
  authorize(actor, 'dunningSteps');
  return listDunningStepRows(db);
}
