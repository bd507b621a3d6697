import type { InferSelectModel } from 'drizzle-orm';
import type {
  catalogs,
  prices,
  priceTiers,
  productAllowances,
  products,
  rateDeckEntries,
  ratePlans,
  ratePlanVersions,
} from '../../db/schema';

export type CatalogRecord = InferSelectModel<typeof catalogs>;
export type ProductRecord = InferSelectModel<typeof products>;
export type PriceRecord = InferSelectModel<typeof prices>;
export type PriceTierRecord = InferSelectModel<typeof priceTiers>;
export type AllowanceRecord = InferSelectModel<typeof productAllowances>;
export type RatePlanRecord = InferSelectModel<typeof ratePlans>;
export type RatePlanVersionRecord = InferSelectModel<typeof ratePlanVersions>;
export type RateDeckEntryRecord = InferSelectModel<typeof rateDeckEntries>;
export type ProductKind = ProductRecord['kind'];
export type UsageType = NonNullable<ProductRecord['usageType']>;
export type PriceModelName = PriceRecord['model'];
export type BillingTiming = CatalogRecord['defaultBillingTiming'];
export type ProrationMethodName = CatalogRecord['prorationMethod'];

/** A step of a multi-step rate as stored (rate_deck_entries.rate_steps, band terms' steps). */
export interface StoredRateStep {
  fromSecond: number;
  /** Currency units per minute, unrounded. */
  ratePerMinute: string;
  incrementSeconds: number;
}

/** What a band changes on one destination besides its rate, as stored in rate_deck_entries.band_terms. */
export interface StoredBandTerms {
  connectionFee?: string | null;
  initialIncrementSeconds?: number | null;
  subsequentIncrementSeconds?: number | null;
  steps?: StoredRateStep[] | null;
}
