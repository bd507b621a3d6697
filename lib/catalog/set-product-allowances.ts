import { replaceAllowancesOfProduct } from '../../db/queries/prices';
import { getProductsByIds, lockProduct } from '../../db/queries/products';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { Dec, isPlainDecimal } from '../money/decimal';
import type { DestinationClass } from '../rating/destinations';
import type { ProductRecord, UsageType } from './types';

export interface AllowanceInput {
  /** Voice when left out. */
  usageType?: UsageType | null;
  /** Non-voice: the one usage product covered; null covers every one of the type. */
  usageProductId?: string | null;
  /** Included units per unit (minutes for voice); `minutesPerUnit` is its former name. */
  quantityPerUnit?: string | null;
  minutesPerUnit?: string | null;
  /** Voice only. */
  destinationClasses?: DestinationClass[] | null;
  isPooled?: boolean | null;
  rollsOver?: boolean | null;
}

/**
 * Replaces the units a recurring product includes per unit, in the order given (the order
 * they are consumed in): e.g. 1,000 domestic minutes, 500 SMS and 10 GB of data per seat,
 * pooled with the children billed to the subscriber or not, rolling over or not. An empty
 * list removes them.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing)
 */
export async function setProductAllowances(
  { db, actor }: OperationContext,
  input: { productId: string; allowances: AllowanceInput[] },
): Promise<{ product: ProductRecord | null; userErrors: UserError[] }> {
  authorize(actor, 'setProductAllowances');
  const userErrors: UserError[] = [];
  const usageProductIds = [
    ...new Set(input.allowances.flatMap((a) => (a.usageProductId ? [a.usageProductId] : []))),
  ];
  const usageProducts = new Map((await getProductsByIds(db, usageProductIds)).map((p) => [p.id, p]));
  const rows = input.allowances.map((allowance, index) => {
    const field = ['input', 'allowances', String(index)];
    const usageType = allowance.usageType ?? 'voice';
    const quantity = allowance.quantityPerUnit ?? allowance.minutesPerUnit ?? null;
    const classes = [...new Set(allowance.destinationClasses ?? [])];
    if (quantity === null) {
      userErrors.push(
        userError('REQUIRED', [...field, 'quantityPerUnit'], 'Say how many units each unit includes.'),
      );
    } else if (!isPlainDecimal(quantity) || new Dec(quantity).isNegative()) {
      userErrors.push(
        userError('INVALID', [...field, 'quantityPerUnit'], 'Included units must be a non-negative number.'),
      );
    }
    if (usageType === 'voice' && classes.length === 0) {
      userErrors.push(
        userError('REQUIRED', [...field, 'destinationClasses'], 'Say which destinations the minutes cover.'),
      );
    }
    if (usageType !== 'voice' && classes.length > 0) {
      userErrors.push(
        userError(
          'INVALID',
          [...field, 'destinationClasses'],
          'Only voice allowances cover destination classes.',
        ),
      );
    }
    if (allowance.usageProductId) {
      const covered = usageProducts.get(allowance.usageProductId);
      if (usageType === 'voice' || !covered || covered.kind !== 'usage' || covered.usageType !== usageType) {
        userErrors.push(
          userError(
            'INVALID',
            [...field, 'usageProductId'],
            usageType === 'voice'
              ? 'Voice allowances cover destination classes, not one product.'
              : `Name a usage product of type ${usageType}.`,
          ),
        );
      }
    }
    return {
      usageType,
      usageProductId: usageType === 'voice' ? null : (allowance.usageProductId ?? null),
      quantityPerUnit: quantity ?? '0',
      destinationClasses: classes,
      isPooled: allowance.isPooled ?? false,
      rollsOver: allowance.rollsOver ?? false,
    };
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
        userErrors: [userError('INVALID', ['input', 'productId'], 'Only recurring products include usage.')],
      };
    }
    await replaceAllowancesOfProduct(tx, product.id, rows);
    return { product, userErrors: [] };
  });
}
