import { insertOneTimeCharge } from '../../db/queries/subscriptions';
import { authorize } from '../auth/permissions';
import { dateProblem } from '../catalog/catalog-input';
import type { OperationContext } from '../context';
import type { UserError } from '../errors';
import { Dec } from '../money/decimal';
import { withRollbackOnUserErrors } from '../transaction';
import { checkAccountAndProduct } from './check-account-and-product';
import { quantityProblem, unitPriceProblem } from './subscription-input';
import type { OneTimeChargeResult } from './types';

export interface AddOneTimeChargeInput {
  accountId: string;
  productId: string;
  chargeDate: string;
  quantity: string;
  unitPrice?: string | null | undefined;
  description?: string | null | undefined;
  externalId?: string | null | undefined;
}

/**
 * Adds a one-time charge (installation, porting); it lands on the invoice of its date's period.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function addOneTimeCharge(
  { db, actor }: OperationContext,
  input: AddOneTimeChargeInput,
): Promise<OneTimeChargeResult> {
  authorize(actor, 'addOneTimeCharge');
  const userErrors = [
    dateProblem(input.chargeDate, ['input', 'chargeDate']),
    quantityProblem(input.quantity, ['input', 'quantity']),
    unitPriceProblem(input.unitPrice, ['input', 'unitPrice']),
  ].filter((problem): problem is UserError => problem !== null);
  if (userErrors.length > 0) return { charge: null, userErrors };
  return withRollbackOnUserErrors<OneTimeChargeResult>(
    db,
    async (tx) => {
      await checkAccountAndProduct(tx, input.accountId, input.productId, 'one_time');
      const charge = await insertOneTimeCharge(tx, {
        accountId: input.accountId,
        productId: input.productId,
        chargeDate: input.chargeDate,
        quantity: new Dec(input.quantity).toString(),
        unitPrice: input.unitPrice == null ? null : new Dec(input.unitPrice).toString(),
        description: input.description?.trim() || null,
        externalId: input.externalId?.trim() || null,
      });
      return { charge, userErrors: [] };
    },
    (errors) => ({ charge: null, userErrors: errors }),
  );
}
