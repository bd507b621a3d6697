import { Dec } from '../../money/decimal';

/**
 * v1's `tier_start` lists (FORMAT.md: lowest quantity of each tier, inclusive) as the
 * inclusive upper bounds Switchboard stores (null = the last, open tier), so that an export
 * bills exactly as its legacy system billed it:
 * - graduated priced the units in (start, next start] at each tier: upTo = next start,
 *   exactly; a first start above 0 left the units below it unpriced, so a free tier up to
 *   it comes first;
 * - volume put a total T in the tier with start ≤ T < next start (a total equal to a start
 *   falls in that tier). For a total with at most k decimals, T < next ⇔ T ≤ next − 10^−k,
 *   so upTo = next − 10^−k with k the greater of next's own decimals and `quantityDecimals`,
 *   the most decimals of any quantity the tiers price (a sum has no more decimals than its
 *   terms). No finite bound is exact for every fractional total; this one is exact for every
 *   total of quantities with at most `quantityDecimals` decimals. Totals below a first start
 *   above 0 fell in the first tier, and still do.
 * `starts` must be sorted ascending and distinct.
 */
export function upperBoundsOfStarts<T extends { start: string; unitPrice: string }>(
  tiers: readonly T[],
  pricing: 'graduated' | 'volume',
  quantityDecimals: number,
): { upTo: string | null; unitPrice: string }[] {
  const bounds = tiers.map((tier, index) => {
    const next = tiers[index + 1];
    if (!next) return { upTo: null, unitPrice: tier.unitPrice };
    const start = new Dec(next.start);
    if (pricing === 'graduated') return { upTo: start.toString(), unitPrice: tier.unitPrice };
    const decimals = Math.max(start.decimalPlaces(), quantityDecimals);
    return { upTo: start.minus(new Dec(10).pow(-decimals)).toFixed(decimals), unitPrice: tier.unitPrice };
  });
  const first = tiers[0];
  if (pricing === 'graduated' && first && new Dec(first.start).greaterThan(0))
    return [{ upTo: new Dec(first.start).toString(), unitPrice: '0' }, ...bounds];
  return bounds;
}
