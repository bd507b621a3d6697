import { insertSubscription } from '../../db/queries/subscriptions';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import type { UserError } from '../errors';
import { Dec } from '../money/decimal';
import { withRollbackOnUserErrors } from '../transaction';
import { checkAccountAndProduct } from './check-account-and-product';
import { checkBundleBase } from './check-bundle-base';
import { discountProblem, periodProblems, quantityProblem, unitPriceProblem } from './subscription-input';
import type { BillingAlignment, SubscriptionResult } from './types';

export interface CreateSubscriptionInput {
  accountId: string;
  productId: string;
  quantity: string;
  unitPrice?: string | null | undefined;
  discountPercent?: string | null | undefined;
  startDate: string;
  endDate?: string | null | undefined;
  serviceIds?: readonly string[] | null | undefined;
  externalId?: string | null | undefined;
  billingAlignment?: BillingAlignment | null | undefined;
  bundleBaseId?: string | null | undefined;
}

/**
 * Subscribes an account to a recurring product from a date; billed from then on, prorated
 * by actual days in partial periods.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function createSubscription(
  { db, actor }: OperationContext,
  input: CreateSubscriptionInput,
): Promise<SubscriptionResult> {
  authorize(actor, 'createSubscription');
  const userErrors = [
    quantityProblem(input.quantity, ['input', 'quantity']),
    unitPriceProblem(input.unitPrice, ['input', 'unitPrice']),
    discountProblem(input.discountPercent, ['input', 'discountPercent']),
    ...periodProblems(input.startDate, input.endDate, ['input', 'startDate']),
  ].filter((problem): problem is UserError => problem !== null);
  if (userErrors.length > 0) return { subscription: null, userErrors };
  return withRollbackOnUserErrors<SubscriptionResult>(
    db,
    async (tx) => {
      await checkAccountAndProduct(tx, input.accountId, input.productId, 'recurring');
      const alignment = input.billingAlignment ?? 'account';
      if (alignment === 'bundle') await checkBundleBase(tx, input.accountId, input.bundleBaseId);
      const subscription = await insertSubscription(tx, {
        accountId: input.accountId,
        productId: input.productId,
        quantity: new Dec(input.quantity).toString(),
        unitPrice: input.unitPrice == null ? null : new Dec(input.unitPrice).toString(),
        discountPercent: new Dec(input.discountPercent ?? '0').toString(),
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        serviceIds: (input.serviceIds ?? []).map((id) => id.trim()).filter(Boolean),
        externalId: input.externalId?.trim() || null,
        billingAlignment: alignment,
        bundleBaseId: alignment === 'bundle' ? (input.bundleBaseId ?? null) : null,
      });
      return { subscription, userErrors: [] };
    },
    (errors) => ({ subscription: null, userErrors: errors }),
  );
}
