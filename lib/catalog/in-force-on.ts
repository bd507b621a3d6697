import { todayIso } from '../dates';
import type { PriceRecord, RatePlanVersionRecord } from './types';

/** The product's price in a currency in force on a day (today when not given), or null. */
export function priceInForceOn(
  prices: readonly PriceRecord[],
  currency: string,
  date?: string | null,
): PriceRecord | null {
  const day = date ?? todayIso();
  return (
    prices.find(
      (price) =>
        price.currency === currency &&
        price.effectiveFrom <= day &&
        (price.effectiveTo === null || price.effectiveTo > day),
    ) ?? null
  );
}

/**
 * The rate plan's version in force on a day (today when not given), or null: the first that
 * took effect by then, of versions given newest first.
 */
export function versionInForceOn(
  versions: readonly RatePlanVersionRecord[],
  date?: string | null,
): RatePlanVersionRecord | null {
  const day = date ?? todayIso();
  return versions.find((version) => version.effectiveFrom <= day) ?? null;
}
