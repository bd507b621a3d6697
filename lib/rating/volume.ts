import type { Dec } from '../money/decimal';
import { ZERO } from '../money/decimal';
import { assertQuantity } from './quantity';
import { tierLabel } from './tiers';
import type { RatedAmount, Tier } from './types';

/**
 * Volume pricing: the total quantity picks one tier (the last whose start it reaches; a
 * total equal to a tier's start falls in that tier) and every unit is priced there. Unlike
 * graduated pricing the amount can drop when the quantity crosses into a cheaper tier.
 */
export function rateVolume(quantity: Dec, price: { tiers: readonly Tier[] }): RatedAmount {
  assertQuantity(quantity);
  if (quantity.isZero()) return { amount: ZERO, breakdown: [] };
  let index = 0;
  price.tiers.forEach((tier, candidate) => {
    if (quantity.greaterThanOrEqualTo(tier.from)) index = candidate;
  });
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
