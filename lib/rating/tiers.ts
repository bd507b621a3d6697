import type { Dec } from '../money/decimal';
import type { Tier } from './types';

/**
 * Problems with a tier table, or an empty list when it is sound: tiers start at 0, rise
 * strictly, and have non-negative prices and fees.
 */
export function tierProblems(tiers: readonly Tier[]): string[] {
  const problems: string[] = [];
  if (tiers.length === 0) return ['A tiered price needs at least one tier.'];
  if (!tiers[0]?.from.isZero()) problems.push('The first tier must start at 0.');
  tiers.forEach((tier, index) => {
    const previous = tiers[index - 1];
    if (previous && !tier.from.greaterThan(previous.from)) {
      problems.push(`Tier ${index + 1} must start above tier ${index} (${previous.from.toString()}).`);
    }
    if (tier.unitPrice.isNegative()) problems.push(`Tier ${index + 1} has a negative unit price.`);
    if (tier.flatFee?.isNegative()) problems.push(`Tier ${index + 1} has a negative flat fee.`);
  });
  return problems;
}

/** Human label of a tier and its range, e.g. "Tier 2 (1000 to 10000)". */
export function tierLabel(tiers: readonly Tier[], index: number): string {
  const tier = tiers[index];
  const next = tiers[index + 1];
  if (!tier) return '';
  return next
    ? `Tier ${index + 1} (${tier.from.toString()} to ${next.from.toString()})`
    : `Tier ${index + 1} (${tier.from.toString()} and up)`;
}

/** Upper bound (exclusive) of tier `index`, or null for the last, open-ended tier. */
export function tierUpperBound(tiers: readonly Tier[], index: number): Dec | null {
  return tiers[index + 1]?.from ?? null;
}
