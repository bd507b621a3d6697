import { Dec, ZERO } from '../../money/decimal';
import type { LegacyCatalog } from './legacy-catalog';
import { blankLine, formatAmount2, HUNDRED, round2 } from './line-format';
import type { InvoiceLine, LegacyRounding } from './types';

/** A tax rate the legacy system got wrong: this code on this category at this rate. */
export interface TaxRateOverride {
  taxCode: string;
  taxCategory: string;
  ratePercent: string;
}

/**
 * FORMAT.md step 6: for each tax_rates row of the region, in file order, the base is the
 * sum of the non-tax lines whose product has that category (discounts lower it); a
 * non-zero base gets a line of round2(base × rate / 100). Same code, different categories:
 * separate lines.
 */
export function taxLines(
  catalog: LegacyCatalog,
  taxRegion: string,
  lines: readonly InvoiceLine[],
  rounding: LegacyRounding,
  override?: TaxRateOverride,
): InvoiceLine[] {
  const baseByCategory = new Map<string, Dec>();
  for (const line of lines) {
    const category = catalog.products.get(line.productCode)?.taxCategory;
    if (category === undefined) continue;
    baseByCategory.set(category, (baseByCategory.get(category) ?? ZERO).plus(line.amount));
  }
  const result: InvoiceLine[] = [];
  for (const rate of catalog.taxRates.get(taxRegion) ?? []) {
    const base = baseByCategory.get(rate.taxCategory) ?? ZERO;
    if (base.isZero()) continue;
    const isOverridden = override?.taxCode === rate.taxCode && override.taxCategory === rate.taxCategory;
    const percent = isOverridden ? override.ratePercent : rate.ratePercent;
    result.push(
      blankLine({
        lineType: 'tax',
        taxCode: rate.taxCode,
        taxCategory: rate.taxCategory,
        description: `${rate.taxCode} on ${rate.taxCategory}`,
        quantity: formatAmount2(base),
        unitPrice: percent,
        amount: round2(base.times(new Dec(percent)).dividedBy(HUNDRED), rounding),
      }),
    );
  }
  return result;
}
