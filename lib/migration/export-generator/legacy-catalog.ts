import { Dec } from '../../money/decimal';
import type { DestinationRate } from '../../rating/destinations';
import { PrefixIndex } from '../../rating/prefix-index';
import type { PriceTierRow, ProductRow, RateDeckRow, TaxRateRow } from './types';

/** A destination rate with the text the deck row carried. */
export interface DeckRate extends DestinationRate {
  row: RateDeckRow;
}

/** A v1 tier: the lowest quantity of the tier (inclusive) and its unit price. */
export interface LegacyTier {
  start: Dec;
  unitPrice: Dec;
}

/** The catalog side of an export, indexed for billing: products, tiers, decks, taxes. */
export interface LegacyCatalog {
  products: ReadonlyMap<string, ProductRow>;
  /** The usage product of each usage type (voice, sms, data). */
  usageProducts: ReadonlyMap<string, ProductRow>;
  /** v1 tiers by their starts, sorted (FORMAT.md's `tier_start`). */
  tiers: ReadonlyMap<string, readonly LegacyTier[]>;
  decks: ReadonlyMap<string, PrefixIndex>;
  /** tax_rates.csv rows of each region, in file order. */
  taxRates: ReadonlyMap<string, readonly TaxRateRow[]>;
}

export function compileCatalog(input: {
  products: readonly ProductRow[];
  priceTiers: readonly PriceTierRow[];
  rateDecks: readonly RateDeckRow[];
  taxRates: readonly TaxRateRow[];
}): LegacyCatalog {
  const products = new Map(input.products.map((product) => [product.productCode, product]));
  const usageProducts = new Map(
    input.products
      .filter((product) => product.kind === 'usage')
      .map((product) => [product.usageType, product]),
  );
  const tiers = new Map<string, LegacyTier[]>();
  for (const row of input.priceTiers) {
    const list = tiers.get(row.productCode) ?? [];
    list.push({ start: new Dec(row.tierStart), unitPrice: new Dec(row.unitPrice) });
    tiers.set(row.productCode, list);
  }
  for (const list of tiers.values()) list.sort((a, b) => a.start.comparedTo(b.start));
  const ratesByPlan = new Map<string, DeckRate[]>();
  for (const row of input.rateDecks) {
    const list = ratesByPlan.get(row.ratePlan) ?? [];
    list.push({
      row,
      prefix: row.prefix,
      destination: row.destination,
      destinationClass: row.domestic ? 'domestic' : 'international',
      ratePerMinute: new Dec(row.ratePerMinute),
      increment: { initialSeconds: row.initialIncrementS, subsequentSeconds: row.subsequentIncrementS },
      connectionFee: new Dec(row.connectionFee || '0'),
    });
    ratesByPlan.set(row.ratePlan, list);
  }
  const decks = new Map([...ratesByPlan].map(([plan, rates]) => [plan, new PrefixIndex(rates)]));
  const taxRates = new Map<string, TaxRateRow[]>();
  for (const row of input.taxRates) {
    const list = taxRates.get(row.taxRegion) ?? [];
    list.push(row);
    taxRates.set(row.taxRegion, list);
  }
  return { products, usageProducts, tiers, decks, taxRates };
}
