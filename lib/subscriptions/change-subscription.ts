import { insertSubscription, lockSubscription, setSubscriptionEnd } from '../../db/queries/subscriptions';
import { authorize } from '../auth/permissions';
import { dateProblem } from '../catalog/catalog-input';
import type { OperationContext } from '../context';
import type { UserError } from '../errors';
import { Dec } from '../money/decimal';
import { withRollbackOnUserErrors } from '../transaction';
import { fail } from './check-account-and-product';
import { discountProblem, quantityProblem, unitPriceProblem } from './subscription-input';
import type { SubscriptionResult } from './types';

export interface ChangeSubscriptionInput {
  id: string;
  /** The day the change takes effect: the old terms end and the new ones start. */
  effectiveDate: string;
  quantity?: string | null | undefined;
  unitPrice?: string | null | undefined;
  discountPercent?: string | null | undefined;
}

/**
 * Changes quantity, price or discount from a date (an upgrade mid-month): the subscription
 * ends that day and a new one with the new terms starts, so both are prorated by actual days.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function changeSubscription(
  { db, actor }: OperationContext,
  input: ChangeSubscriptionInput,
): Promise<SubscriptionResult> {
  authorize(actor, 'changeSubscription');
  const userErrors = [
    dateProblem(input.effectiveDate, ['input', 'effectiveDate']),
    input.quantity == null ? null : quantityProblem(input.quantity, ['input', 'quantity']),
    unitPriceProblem(input.unitPrice, ['input', 'unitPrice']),
    discountProblem(input.discountPercent, ['input', 'discountPercent']),
  ].filter((problem): problem is UserError => problem !== null);
  if (userErrors.length > 0) return { subscription: null, userErrors };
  return withRollbackOnUserErrors<SubscriptionResult>(
    db,
    async (tx) => {
      const current = await lockSubscription(tx, input.id);
      if (!current) fail('NOT_FOUND', ['input', 'id'], 'No such subscription.');
      if (
        input.effectiveDate <= current.startDate ||
        (current.endDate && input.effectiveDate >= current.endDate)
      )
        fail(
          'INVALID',
          ['input', 'effectiveDate'],
          'The change must fall inside the subscription, after its first day.',
        );
      await setSubscriptionEnd(tx, current.id, input.effectiveDate);
      const subscription = await insertSubscription(tx, {
        accountId: current.accountId,
        productId: current.productId,
        quantity: input.quantity == null ? current.quantity : new Dec(input.quantity).toString(),
        unitPrice:
          input.unitPrice === undefined
            ? current.unitPrice
            : input.unitPrice === null
              ? null
              : new Dec(input.unitPrice).toString(),
        discountPercent:
          input.discountPercent == null ? current.discountPercent : new Dec(input.discountPercent).toString(),
        startDate: input.effectiveDate,
        endDate: current.endDate,
        serviceIds: current.serviceIds,
        replacesId: current.id,
        billingAlignment: current.billingAlignment,
        bundleBaseId: current.bundleBaseId,
      });
      return { subscription, userErrors: [] };
    },
    (errors) => ({ subscription: null, userErrors: errors }),
  );
}
