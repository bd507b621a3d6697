import { Dec, ZERO } from '../money/decimal';
import { assertQuantity } from './quantity';
import { tierLabel, tierLowerBound } from './tiers';
import type { BreakdownLine, RatedAmount, Tier } from './types';

/**
 * Graduated (slab) pricing: the units in (previous upTo, upTo] are priced at that tier, so
 * the first units keep their price as the quantity grows. A tier's flat fee is charged once
 * when the quantity goes above the tier's lower bound. Tiers must be valid (see tierProblems).
 */
export function rateGraduated(quantity: Dec, price: { tiers: readonly Tier[] }): RatedAmount {
  assertQuantity(quantity);
  const breakdown: BreakdownLine[] = [];
  price.tiers.forEach((tier, index) => {
    const lower = tierLowerBound(price.tiers, index);
    if (!quantity.greaterThan(lower)) return;
    const units = Dec.min(quantity, tier.upTo ?? quantity).minus(lower);
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
