import { replaceAllowancesOfProduct } from '../../db/queries/prices';
import { lockProduct } from '../../db/queries/products';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { Dec, isPlainDecimal } from '../money/decimal';
import type { DestinationClass } from '../rating/destinations';
import type { ProductRecord } from './types';

/**
 * Replaces the minutes a recurring product includes per unit, e.g. 1,000 domestic minutes
 * per seat. An empty list removes them.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function setProductAllowances(
  { db, actor }: OperationContext,
  input: {
    productId: string;
    allowances: { minutesPerUnit: string; destinationClasses: DestinationClass[] }[];
  },
): Promise<{ product: ProductRecord | null; userErrors: UserError[] }> {
  authorize(actor, 'setProductAllowances');
  const userErrors: UserError[] = [];
  input.allowances.forEach((allowance, index) => {
    const field = ['input', 'allowances', String(index)];
    if (!isPlainDecimal(allowance.minutesPerUnit) || new Dec(allowance.minutesPerUnit).isNegative()) {
      userErrors.push(
        userError('INVALID', [...field, 'minutesPerUnit'], 'Minutes must be a non-negative number.'),
      );
    }
    if (allowance.destinationClasses.length === 0) {
      userErrors.push(
        userError('REQUIRED', [...field, 'destinationClasses'], 'Say which destinations the minutes cover.'),
      );
    }
  });
  if (userErrors.length > 0) return { product: null, userErrors };
  return db.transaction(async (tx) => {
    const product = await lockProduct(tx, input.productId);
    if (!product)
      return {
        product: null,
        userErrors: [userError('NOT_FOUND', ['input', 'productId'], 'No such product.')],
      };
    if (product.kind !== 'recurring') {
      return {
        product: null,
        userErrors: [
          userError('INVALID', ['input', 'productId'], 'Only recurring products include minutes.'),
        ],
      };
    }
    await replaceAllowancesOfProduct(
      tx,
      product.id,
      input.allowances.map((allowance) => ({
        minutesPerUnit: allowance.minutesPerUnit,
        destinationClasses: [...new Set(allowance.destinationClasses)],
      })),
    );
    return { product, userErrors: [] };
  });
}
