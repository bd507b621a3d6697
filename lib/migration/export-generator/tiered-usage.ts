import { Dec, ZERO } from '../../money/decimal';
import type { LegacyTier } from './legacy-catalog';
import { blankLine, decimalsOf, formatSum, round2 } from './line-format';
import type { InvoiceLine, LegacyRounding, ProductRow, UsageRecord } from './types';

/**
 * FORMAT.md step 4: the period's total quantity of one usage type (sms, data) on one line,
 * priced by the product's tiers (graduated: each unit at its own tier; volume: every unit
 * at the tier the total falls in) or its flat unit price; round2 of the exact price.
 * Null when the total is zero.
 */
export function tieredUsageLine(
  records: readonly UsageRecord[],
  product: ProductRow,
  tiers: readonly LegacyTier[] | undefined,
  rounding: LegacyRounding,
): InvoiceLine | null {
  let total = ZERO;
  let decimals = 0;
  for (const record of records) {
    total = total.plus(record.quantity);
    decimals = Math.max(decimals, decimalsOf(record.quantity));
  }
  if (total.isZero()) return null;
  let price: Dec;
  if (product.pricing === 'graduated' && tiers) price = legacyGraduated(total, tiers);
  else if (product.pricing === 'volume' && tiers) price = legacyVolume(total, tiers);
  else price = total.times(new Dec(product.unitPrice || '0'));
  return blankLine({
    lineType: 'usage',
    productCode: product.productCode,
    description: product.name,
    quantity: formatSum(total, decimals),
    unitPrice: '0',
    amount: round2(price, rounding),
  });
}

/*
 * The legacy system's own reading of tier starts, kept here apart from lib/rating (whose
 * tiers are upper bounds) so the reference biller stays an independent oracle of v1: the
 * import's conversion of starts to bounds is checked against it.
 */

/** Graduated: the units in (start, next start] at each tier's price. */
function legacyGraduated(total: Dec, tiers: readonly LegacyTier[]): Dec {
  let price = ZERO;
  tiers.forEach((tier, index) => {
    const next = tiers[index + 1]?.start;
    if (!total.greaterThan(tier.start)) return;
    price = price.plus(
      Dec.min(total, next ?? total)
        .minus(tier.start)
        .times(tier.unitPrice),
    );
  });
  return price;
}

/** Volume: every unit at the last tier whose start the total reaches (or the first). */
function legacyVolume(total: Dec, tiers: readonly LegacyTier[]): Dec {
  let tier = tiers[0];
  for (const candidate of tiers) if (total.greaterThanOrEqualTo(candidate.start)) tier = candidate;
  return tier ? total.times(tier.unitPrice) : ZERO;
}
