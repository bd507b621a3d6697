import { listDunningPolicyRows } from '../../db/queries/dunning';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { withSteps } from './load-dunning-policies';
import type { DunningPolicyRecord } from './types';

/**
 * The dunning policies, the default first, each with its steps in order.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listDunningPolicies({ db, actor }: OperationContext): Promise<DunningPolicyRecord[]> {
  authorize(actor, 'dunningPolicies');
  return withSteps(db, await listDunningPolicyRows(db));
}
