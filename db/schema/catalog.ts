import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
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
]);
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
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('products_catalog_code_key').on(t.catalogId, t.code),
    index('products_catalog_created_idx').on(t.catalogId, t.createdAt, t.id),
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
    minimumCharge: numeric(),
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
    withinStoredCeiling('prices_minimum_charge_ceiling', t.minimumCharge),
  ],
);

/** Tiers of a graduated or volume price, in order; `from` is inclusive, the first is 0. */
export const priceTiers = pgTable(
  'price_tiers',
  {
    id: id(),
    priceId: uuid()
      .notNull()
      .references(() => prices.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    from: numeric().notNull(),
    unitPrice: numeric().notNull(),
    flatFee: numeric(),
  },
  (t) => [
    uniqueIndex('price_tiers_price_position_key').on(t.priceId, t.position),
    withinStoredCeiling('price_tiers_from_ceiling', t.from),
    withinStoredCeiling('price_tiers_unit_price_ceiling', t.unitPrice),
    withinStoredCeiling('price_tiers_flat_fee_ceiling', t.flatFee),
  ],
);

/** Minutes included with each unit of a recurring product, for some destination classes. */
export const productAllowances = pgTable(
  'product_allowances',
  {
    id: id(),
    productId: uuid()
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    /** Included minutes per unit (seat) per billing period; not prorated. */
    minutesPerUnit: numeric().notNull(),
    destinationClasses: destinationClassEnum().array().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('product_allowances_product_idx').on(t.productId)],
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
