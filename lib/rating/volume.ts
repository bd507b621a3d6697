import type { Dec } from '../money/decimal';
import { ZERO } from '../money/decimal';
import { assertQuantity } from './quantity';
import { tierLabel } from './tiers';
import type { RatedAmount, Tier } from './types';

/**
 * Volume pricing: the total quantity picks one tier, the first whose upTo is at least the
 * total (a total equal to a tier's upTo falls in that tier), and every unit is priced there.
 * Unlike graduated pricing the amount can drop when the quantity crosses into a cheaper tier.
 * A total above every bound of a table without an open tier is priced in the last tier.
 */
export function rateVolume(quantity: Dec, price: { tiers: readonly Tier[] }): RatedAmount {
  assertQuantity(quantity);
  if (quantity.isZero()) return { amount: ZERO, breakdown: [] };
  const found = price.tiers.findIndex((tier) => tier.upTo === null || quantity.lessThanOrEqualTo(tier.upTo));
  const index = found === -1 ? price.tiers.length - 1 : found;
  const tier = price.tiers[index];
  if (!tier) throw new RangeError('A volume price needs at least one tier');
  const amount = quantity.times(tier.unitPrice).plus(tier.flatFee ?? ZERO);
  return {
    amount,
    breakdown: [
      { label: tierLabel(price.tiers, index), quantity, unitPrice: tier.unitPrice, amount, tierIndex: index },
    ],
  };
}
