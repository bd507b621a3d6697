import { Dec } from '../../money/decimal';
import { daysBetween, overlapDays } from '../../rating/proration';
import { derivedPrng } from './prng';
import type { AccountProfile } from './synthetic-accounts';
import type { BillingPeriod } from './types';

/** What can be wrong with a legacy invoice, as a parallel run classifies it. */
export const faultCategories = [
  'RATE',
  'USAGE_MISSING',
  'RECURRING_PRICE',
  'PRORATION',
  'DISCOUNT',
  'TAX',
  'NOT_BILLED_IN_LEGACY',
  'NOT_BILLED_IN_NEW',
] as const;
export type FaultCategory = (typeof faultCategories)[number];

/**
 * A fault to inject into an account; `variant` counts the faults of its category so far,
 * so that successive ones show in different ways (a missing discount, then a wrong one).
 */
export interface PlannedFault {
  category: FaultCategory;
  variant: number;
}

/** Which faults an account can carry, from what it subscribes to (usage is checked when billed). */
function eligibleCategories(profile: AccountProfile, period: BillingPeriod): Set<FaultCategory> {
  if (profile.lifecycle === 'closed_before') return new Set(['NOT_BILLED_IN_NEW']);
  const periodDays = daysBetween(period.start, period.end);
  const spans = profile.subscriptions.map((subscription) => ({
    subscription,
    days: overlapDays({ start: subscription.startDate, end: subscription.endDate || null }, period),
  }));
  const categories = new Set<FaultCategory>([
    'RATE',
    'USAGE_MISSING',
    'RECURRING_PRICE',
    'TAX',
    'NOT_BILLED_IN_LEGACY',
  ]);
  if (spans.some(({ days }) => days > 0 && days < periodDays)) categories.add('PRORATION');
  if (spans.some(({ subscription, days }) => days > 0 && new Dec(subscription.discountPercent || '0').gt(0)))
    categories.add('DISCOUNT');
  return categories;
}

/**
 * Chooses round(accounts × rate) accounts to fault, one fault each, taking the categories
 * in turn so that every category appears as soon as there are enough faults and
 * eligible accounts. Deterministic from the seed.
 */
export function planFaults(
  profiles: readonly AccountProfile[],
  period: BillingPeriod,
  faultRate: number,
  seed: number,
): Map<number, FaultCategory> {
  const rng = derivedPrng(seed, 2);
  const target = Math.round(profiles.length * faultRate);
  const eligible = profiles.map((profile) => ({
    index: profile.index,
    categories: eligibleCategories(profile, period),
  }));
  const planned = new Map<number, FaultCategory>();
  while (planned.size < target) {
    let assigned = false;
    for (const category of faultCategories) {
      if (planned.size >= target) break;
      const candidates = eligible.filter(
        (entry) => !planned.has(entry.index) && entry.categories.has(category),
      );
      if (candidates.length === 0) continue;
      planned.set(rng.pick(candidates).index, category);
      assigned = true;
    }
    if (!assigned) break;
  }
  return planned;
}
