import { type Dec, ZERO } from '../money/decimal';
import type { Tier } from './types';

/**
 * Problems with a tier table, or an empty list when it is sound: upper bounds above 0 and
 * rising strictly, the last tier and only it open (upTo null, so every quantity has a
 * tier), non-negative prices and fees.
 */
export function tierProblems(tiers: readonly Tier[]): string[] {
  const problems: string[] = [];
  if (tiers.length === 0) return ['A tiered price needs at least one tier.'];
  tiers.forEach((tier, index) => {
    const previous = tierLowerBound(tiers, index);
    const isLast = index === tiers.length - 1;
    if (tier.upTo === null && !isLast)
      problems.push(`Only the last tier can be open (tier ${index + 1} has no upTo).`);
    if (tier.upTo && !tier.upTo.greaterThan(previous)) {
      problems.push(
        index === 0
          ? 'Tier 1 must go up to more than 0.'
          : `Tier ${index + 1} must go up to more than tier ${index} (${previous.toString()}).`,
      );
    }
    if (tier.upTo !== null && isLast) problems.push('The last tier must be open (no upTo).');
    if (tier.unitPrice.isNegative()) problems.push(`Tier ${index + 1} has a negative unit price.`);
    if (tier.flatFee?.isNegative()) problems.push(`Tier ${index + 1} has a negative flat fee.`);
  });
  return problems;
}

/** The bound a tier starts above (exclusive): the previous tier's upTo, 0 for the first. */
export function tierLowerBound(tiers: readonly Tier[], index: number): Dec {
  return tiers[index - 1]?.upTo ?? ZERO;
}

/** Human label of a tier and its range, e.g. "Tier 2 (above 1000 up to 10000)". */
export function tierLabel(tiers: readonly Tier[], index: number): string {
  const tier = tiers[index];
  if (!tier) return '';
  const lower = tierLowerBound(tiers, index);
  const range =
    tier.upTo === null
      ? `above ${lower.toString()}`
      : index === 0
        ? `up to ${tier.upTo.toString()}`
        : `above ${lower.toString()} up to ${tier.upTo.toString()}`;
  return `Tier ${index + 1} (${range})`;
}
