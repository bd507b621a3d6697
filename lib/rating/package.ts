import type { Dec } from '../money/decimal';
import { assertQuantity } from './quantity';
import type { RatedAmount } from './types';

/**
 * Package pricing: units are sold in packages of `packageSize`, and a started package is
 * charged in full (4,500 calls in packages of 1,000 are 5 packages).
 */
export function ratePackage(quantity: Dec, price: { packageSize: Dec; packagePrice: Dec }): RatedAmount {
  assertQuantity(quantity);
  if (!price.packageSize.greaterThan(0)) throw new RangeError('Package size must be above zero');
  const packages = quantity.dividedBy(price.packageSize).ceil();
  const amount = packages.times(price.packagePrice);
  return {
    amount,
    breakdown: [
      {
        label: `${packages.toString()} × package of ${price.packageSize.toString()}`,
        quantity: packages,
        unitPrice: price.packagePrice,
        amount,
      },
    ],
  };
}
