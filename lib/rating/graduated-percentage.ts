import { Dec } from '../money/decimal';
import { rateGraduated } from './graduated';
import type { RatedAmount, Tier } from './types';

const PERCENT = new Dec('0.01');

/**
 * Graduated percentage (Lago's): the period's transactions are charged as they arrive at
 * the rate of the tier their running total is in, each tier's flat fee once when the
 * running total enters it. `unitPrice` of each tier is its rate in percent. The charge of
 * the period telescopes: what the transactions are charged one by one in time order adds up
 * to the graduated price of their total at the tiers' rates / 100, so the period's total
 * amount is all billing needs (the sum the usage query already gives) and order changes
 * nothing of the total.
 */
export function rateGraduatedPercentage(totalAmount: Dec, price: { tiers: readonly Tier[] }): RatedAmount {
  const rated = rateGraduated(totalAmount, {
    tiers: price.tiers.map((tier) => ({ ...tier, unitPrice: tier.unitPrice.times(PERCENT) })),
  });
  return {
    amount: rated.amount,
    breakdown: rated.breakdown.map((line, index) => ({
      ...line,
      label: `${line.label} at ${price.tiers[line.tierIndex ?? index]?.unitPrice.toString()}%`,
    })),
  };
}
