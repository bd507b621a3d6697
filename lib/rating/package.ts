import { Dec, ZERO } from '../money/decimal';
import { assertQuantity } from './quantity';
import type { BreakdownLine, RatedAmount } from './types';

/**
 * Package pricing: units are sold in packages of `packageSize`, and a started package is
 * charged in full (4,500 calls in packages of 1,000 are 5 packages). The first `freeUnits`
 * (when set) cost nothing and packages count from the unit after them: 100 free then packages
 * of 50 make 100 units free, 101–150 one package, 151 two.
 */
export function ratePackage(
  quantity: Dec,
  price: { packageSize: Dec; packagePrice: Dec; freeUnits?: Dec | null },
): RatedAmount {
  assertQuantity(quantity);
  if (!price.packageSize.greaterThan(0)) throw new RangeError('Package size must be above zero');
  const freeUnits = price.freeUnits ?? ZERO;
  if (freeUnits.isNegative()) throw new RangeError('Free units cannot be negative');
  const free = Dec.min(quantity, freeUnits);
  const packages = quantity.minus(free).dividedBy(price.packageSize).ceil();
  const amount = packages.times(price.packagePrice);
  const breakdown: BreakdownLine[] = [];
  if (freeUnits.greaterThan(0)) {
    breakdown.push({
      label: `first ${freeUnits.toString()} free`,
      quantity: free,
      unitPrice: ZERO,
      amount: ZERO,
    });
  }
  breakdown.push({
    label: `${packages.toString()} × package of ${price.packageSize.toString()}`,
    quantity: packages,
    unitPrice: price.packagePrice,
    amount,
  });
  return { amount, breakdown };
}
