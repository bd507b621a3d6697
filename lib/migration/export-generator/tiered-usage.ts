import { Dec, ZERO } from '../../money/decimal';
import { rateGraduated } from '../../rating/graduated';
import type { Tier } from '../../rating/types';
import { rateVolume } from '../../rating/volume';
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
  tiers: readonly Tier[] | undefined,
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
  if (product.pricing === 'graduated' && tiers) price = rateGraduated(total, { tiers }).amount;
  else if (product.pricing === 'volume' && tiers) price = rateVolume(total, { tiers }).amount;
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
