import { lockSubscription, setSubscriptionEnd } from '../../db/queries/subscriptions';
import { authorize } from '../auth/permissions';
import { dateProblem } from '../catalog/catalog-input';
import type { OperationContext } from '../context';
import { withRollbackOnUserErrors } from '../transaction';
import { fail } from './check-account-and-product';
import type { SubscriptionResult } from './types';

/**
 * Ends a subscription on a date (exclusive): it is billed up to the day before.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function endSubscription(
  { db, actor }: OperationContext,
  input: { id: string; endDate: string },
): Promise<SubscriptionResult> {
  authorize(actor, 'endSubscription');
  const problem = dateProblem(input.endDate, ['input', 'endDate']);
  if (problem) return { subscription: null, userErrors: [problem] };
  return withRollbackOnUserErrors<SubscriptionResult>(
    db,
    async (tx) => {
      const current = await lockSubscription(tx, input.id);
      if (!current) fail('NOT_FOUND', ['input', 'id'], 'No such subscription.');
      if (input.endDate <= current.startDate)
        fail('INVALID', ['input', 'endDate'], 'The end must come after the start.');
      await setSubscriptionEnd(tx, current.id, input.endDate);
      return { subscription: { ...current, endDate: input.endDate }, userErrors: [] };
    },
    (errors) => ({ subscription: null, userErrors: errors }),
  );
}
