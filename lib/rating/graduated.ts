import { Dec, ZERO } from '../money/decimal';
import { assertQuantity } from './quantity';
import { tierLabel, tierUpperBound } from './tiers';
import type { BreakdownLine, RatedAmount, Tier } from './types';

/**
 * Graduated (slab) pricing: each unit is priced at the tier it falls in, so the first
 * units keep their price as the quantity grows. A tier's flat fee is charged once when any
 * quantity reaches it. Tiers must be valid (see tierProblems).
 */
export function rateGraduated(quantity: Dec, price: { tiers: readonly Tier[] }): RatedAmount {
  assertQuantity(quantity);
  const breakdown: BreakdownLine[] = [];
  price.tiers.forEach((tier, index) => {
    if (!quantity.greaterThan(tier.from)) return;
    const upper = tierUpperBound(price.tiers, index);
    const units = Dec.min(quantity, upper ?? quantity).minus(tier.from);
    const flatFee = tier.flatFee ?? ZERO;
    breakdown.push({
      label: tierLabel(price.tiers, index),
      quantity: units,
      unitPrice: tier.unitPrice,
      amount: units.times(tier.unitPrice).plus(flatFee),
      tierIndex: index,
    });
  });
  return { amount: breakdown.reduce((total, line) => total.plus(line.amount), ZERO), breakdown };
}
