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
