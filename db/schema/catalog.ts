import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, withinStoredCeiling } from './columns';

export const roundingModeEnum = pgEnum('rounding_mode', ['half_up', 'half_even', 'down', 'up']);
export const productKindEnum = pgEnum('product_kind', ['recurring', 'usage', 'one_time']);
export const usageTypeEnum = pgEnum('usage_type', ['voice', 'sms', 'data', 'custom']);
export const priceModelEnum = pgEnum('price_model', [
  'flat',
  'per_unit',
  'graduated',
  'volume',
  'package',
  'rate_deck',
  'percentage',
  'graduated_percentage',
]);
/** When a recurring price is billed: for the coming period (in advance) or the one just ended. */
export const billingTimingEnum = pgEnum('billing_timing', ['in_advance', 'in_arrears']);
/**
 * How a partial period's share of a recurring charge is computed: actual days of the period,
 * 30-day months (30E/360 day counts), a daily rate rounded to the currency before it is
 * multiplied, or no proration (a started period costs in full).
 */
export const prorationMethodEnum = pgEnum('proration_method', [
  'actual_days',
  'thirty_day_months',
  'daily_rate_rounded',
  'none',
]);
/**
 * How a metered usage product's records in a period make the one quantity its price is
 * applied to: their sum, their peak, the last one (by started_at, then record id), the
 * number of distinct subjects, or the 95th percentile (nearest rank) of their quantities.
 */
export const usageAggregationEnum = pgEnum('usage_aggregation', [
  'sum',
  'max',
  'last',
  'distinct_count',
  'p95',
]);
/** Which way each record's quantity goes to a whole number of blocks before aggregation. */
export const recordRoundingEnum = pgEnum('record_rounding', ['up', 'nearest', 'down']);
export const destinationClassEnum = pgEnum('destination_class', [
  'domestic',
  'international',
  'mobile',
  'toll_free',
  'premium',
  'other',
]);

/**
 * A catalog: products and rate plans that bill together under one rounding policy. A
 * migration imports the legacy catalog as its own, with the legacy system's arithmetic.
 */
export const catalogs = pgTable(
  'catalogs',
  {
    id: id(),
    code: text().notNull(),
    name: text().notNull(),
    roundingMode: roundingModeEnum().notNull().default('half_up'),
    /** Decimals of call-level charges (FORMAT.md's roundc). */
    callDecimals: integer().notNull().default(4),
    /** Decimals of invoice lines; null means the currency's minor unit. */
    lineDecimals: integer(),
    /** Timing of recurring prices that do not set their own. */
    defaultBillingTiming: billingTimingEnum().notNull().default('in_arrears'),
    prorationMethod: prorationMethodEnum().notNull().default('actual_days'),
    /** In-advance charges: whether cancelling mid-period credits the unused part (a change always does). */
    creditUnusedOnCancel: boolean().notNull().default(true),
    /**
     * In-advance charges: a subscription starting mid-period has its partial period and the next
     * full one billed on the same invoice (true), or its partial period billed alone, ahead, on
     * the invoice before it starts (false).
     */
    billPartialWithNextPeriod: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('catalogs_code_key').on(t.code)],
);

export const products = pgTable(
  'products',
  {
    id: id(),
    catalogId: uuid()
      .notNull()
      .references(() => catalogs.id),
    code: text().notNull(),
    name: text().notNull(),
    description: text(),
    kind: productKindEnum().notNull(),
    /** Usage products only: what is counted. */
    usageType: usageTypeEnum(),
    /** Name of the counted unit for custom usage (e.g. "GB-month"); informative. */
    unitName: text(),
    /** Matches tax rules by category (e.g. telecom, service, exempt). */
    taxCategory: text().notNull(),
    isActive: boolean().notNull().default(true),
    /** Metered (non-voice) usage products: how a period's records make its quantity. */
    aggregation: usageAggregationEnum().notNull().default('sum'),
    /**
     * Metered usage products: each record's quantity is rounded to a multiple of
     * `record_rounding_block` (in the product's unit) this way before aggregation; null = off.
     */
    recordRounding: recordRoundingEnum(),
    recordRoundingBlock: numeric(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('products_catalog_code_key').on(t.catalogId, t.code),
    index('products_catalog_created_idx').on(t.catalogId, t.createdAt, t.id),
    check(
      'products_record_rounding_block',
      sql`(${t.recordRounding} is null) = (${t.recordRoundingBlock} is null) and (${t.recordRoundingBlock} is null or ${t.recordRoundingBlock} > 0)`,
    ),
    withinStoredCeiling('products_record_rounding_block_ceiling', t.recordRoundingBlock),
  ],
);

/**
 * A product's price in one currency from `effective_from` (inclusive) to `effective_to`
 * (exclusive; null = open). A price change adds a row and closes the previous one, so
 * history is never rewritten. Amounts are unrounded currency units.
 */
export const prices = pgTable(
  'prices',
  {
    id: id(),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    currency: char({ length: 3 }).notNull(),
    model: priceModelEnum().notNull(),
    /** flat: the fixed amount. */
    amount: numeric(),
    /** per_unit: the price of one unit. */
    unitPrice: numeric(),
    /** package: units per package and the price of one package. */
    packageSize: numeric(),
    packagePrice: numeric(),
    /** package: units free before the first package is counted (null = none). */
    freeUnits: numeric(),
    minimumCharge: numeric(),
    /** Recurring prices: in advance or in arrears; null follows the catalog's default. */
    billingTiming: billingTimingEnum(),
    /** percentage: percent of each transaction's amount (the record's quantity), e.g. 2.9. */
    ratePercent: numeric(),
    /** percentage: fixed fee per charged transaction. */
    transactionFee: numeric(),
    /** percentage: least and most one charged transaction costs (rate + fee), if set. */
    transactionMinimum: numeric(),
    transactionMaximum: numeric(),
    /** percentage: the period's first N transactions are free (or freeAmount, not both). */
    freeTransactions: integer(),
    /** percentage: the period's first amount of transactions is free. */
    freeAmount: numeric(),
    /** Overrides the catalog's rounding of this price's invoice lines; null inherits it
     *  (lib/catalog/rounding-policy.ts says the order). */
    lineRoundingMode: roundingModeEnum(),
    lineDecimals: integer(),
    effectiveFrom: date({ mode: 'string' }).notNull(),
    effectiveTo: date({ mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('prices_product_currency_idx').on(t.productId, t.currency, t.effectiveFrom),
    withinStoredCeiling('prices_amount_ceiling', t.amount),
    withinStoredCeiling('prices_unit_price_ceiling', t.unitPrice),
    withinStoredCeiling('prices_package_size_ceiling', t.packageSize),
    withinStoredCeiling('prices_package_price_ceiling', t.packagePrice),
    withinStoredCeiling('prices_free_units_ceiling', t.freeUnits),
    withinStoredCeiling('prices_minimum_charge_ceiling', t.minimumCharge),
    withinStoredCeiling('prices_rate_percent_ceiling', t.ratePercent),
    withinStoredCeiling('prices_transaction_fee_ceiling', t.transactionFee),
    withinStoredCeiling('prices_transaction_minimum_ceiling', t.transactionMinimum),
    withinStoredCeiling('prices_transaction_maximum_ceiling', t.transactionMaximum),
    withinStoredCeiling('prices_free_amount_ceiling', t.freeAmount),
  ],
);

/**
 * Tiers of a graduated, volume or graduated percentage price, in order (lib/rating/types'
 * Tier): a tier covers quantities above the previous tier's `up_to` (0 for the first) up to
 * its own, inclusive; `up_to` null is the last, open tier. For graduated_percentage the
 * quantity is the period's cumulative transaction amount and `unit_price` is the rate in
 * percent of it (Lago's graduated percentage).
 */
export const priceTiers = pgTable(
  'price_tiers',
  {
    id: id(),
    priceId: uuid()
      .notNull()
      .references(() => prices.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    /** Inclusive upper bound; null only for the last tier. */
    upTo: numeric(),
    unitPrice: numeric().notNull(),
    flatFee: numeric(),
  },
  (t) => [
    uniqueIndex('price_tiers_price_position_key').on(t.priceId, t.position),
    withinStoredCeiling('price_tiers_up_to_ceiling', t.upTo),
    withinStoredCeiling('price_tiers_unit_price_ceiling', t.unitPrice),
    withinStoredCeiling('price_tiers_flat_fee_ceiling', t.flatFee),
  ],
);

/**
 * Units included with each unit (seat) of a recurring product per billing period, not
 * prorated: voice minutes for some destination classes, or SMS, data or custom units of one
 * usage product or of every usage product of a type. Applied to the period's usage before it
 * is priced (lib/invoicing/usage-allowances.ts says in which order).
 */
export const productAllowances = pgTable(
  'product_allowances',
  {
    id: id(),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    /** Order among the product's allowances (0, 1, …): the order they are consumed in, and a rollover's key. */
    position: integer().notNull().default(0),
    /** What the allowance covers: voice minutes, or units of SMS, data or custom usage. */
    usageType: usageTypeEnum().notNull().default('voice'),
    /** Non-voice only: the one usage product covered; null covers every usage product of the type. */
    usageProductId: uuid().references(() => products.id, { onDelete: 'cascade' }),
    /** Included units per unit (seat) per period: minutes for voice, else the product's counted unit. */
    quantityPerUnit: numeric().notNull(),
    /** Voice only: the destination classes covered (empty for other usage types). */
    destinationClasses: destinationClassEnum().array().notNull().default(sql`'{}'`),
    /** Shared with the child accounts billed to the subscriber (its own usage first). */
    isPooled: boolean().notNull().default(false),
    /** Units left unused at a period's end carry to the next period only (allowance_carries). */
    rollsOver: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('product_allowances_product_idx').on(t.productId, t.position),
    withinStoredCeiling('product_allowances_quantity_ceiling', t.quantityPerUnit),
  ],
);

/** A telecom rate plan; its rates live in dated versions. */
export const ratePlans = pgTable(
  'rate_plans',
  {
    id: id(),
    catalogId: uuid()
      .notNull()
      .references(() => catalogs.id),
    code: text().notNull(),
    name: text().notNull(),
    currency: char({ length: 3 }).notNull(),
    /** IANA time zone in which time-of-day bands are read. */
    timeZone: text().notNull().default('UTC'),
    /** Overrides the catalog's rounding of each call's charge; null inherits it
     *  (lib/catalog/rounding-policy.ts says the order). */
    callRoundingMode: roundingModeEnum(),
    callDecimals: integer(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('rate_plans_catalog_code_key').on(t.catalogId, t.code)],
);

/**
 * A version of a rate plan's deck, in force from `effective_from` until the next version's
 * start. Time bands (peak/off-peak…) are part of the version.
 */
export const ratePlanVersions = pgTable(
  'rate_plan_versions',
  {
    id: id(),
    ratePlanId: uuid()
      .notNull()
      .references(() => ratePlans.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    effectiveFrom: date({ mode: 'string' }).notNull(),
    /** [{ name, weekdays: [1..7], startMinute, endMinute, dates?: ['YYYY-MM-DD'] }]
     *  (lib/rating/time-bands.ts): a band with dates applies on those local dates only. */
    timeBands: jsonb().notNull().default(sql`'[]'::jsonb`),
    /** [{ date: 'YYYY-MM-DD', band }]: local dates a band takes all day (a holiday calendar). */
    holidays: jsonb().notNull().default(sql`'[]'::jsonb`),
    note: text(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('rate_plan_versions_plan_version_key').on(t.ratePlanId, t.version),
    uniqueIndex('rate_plan_versions_plan_effective_key').on(t.ratePlanId, t.effectiveFrom),
  ],
);

/** One destination of a deck version: calls to numbers starting with `prefix`. */
export const rateDeckEntries = pgTable(
  'rate_deck_entries',
  {
    id: id(),
    versionId: uuid()
      .notNull()
      .references(() => ratePlanVersions.id, { onDelete: 'cascade' }),
    /** E.164 digits. */
    prefix: text().notNull(),
    destination: text().notNull(),
    destinationClass: destinationClassEnum().notNull(),
    /** Currency units per minute, unrounded. */
    ratePerMinute: numeric().notNull(),
    /** { bandName: ratePerMinute } for time-of-day bands that differ from the standard rate. */
    bandRates: jsonb().notNull().default(sql`'{}'::jsonb`),
    /** { bandName: { connectionFee?, initialIncrementSeconds?, subsequentIncrementSeconds?, steps? } }:
     *  what a band changes besides the rate; what it leaves out is the row's own. */
    bandTerms: jsonb().notNull().default(sql`'{}'::jsonb`),
    /** Multi-step rate (CGRateS rate intervals), [{ fromSecond, ratePerMinute, incrementSeconds }]
     *  from second 0; when set it prices calls instead of ratePerMinute and the increments. */
    rateSteps: jsonb(),
    initialIncrementSeconds: integer().notNull(),
    subsequentIncrementSeconds: integer().notNull(),
    connectionFee: numeric().notNull().default('0'),
  },
  (t) => [
    uniqueIndex('rate_deck_entries_version_prefix_key').on(t.versionId, t.prefix),
    index('rate_deck_entries_version_destination_idx').on(t.versionId, t.destination),
    withinStoredCeiling('rate_deck_entries_rate_ceiling', t.ratePerMinute),
    withinStoredCeiling('rate_deck_entries_connection_fee_ceiling', t.connectionFee),
  ],
);
