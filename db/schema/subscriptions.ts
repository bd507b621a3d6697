import { sql } from 'drizzle-orm';
import { check, date, index, numeric, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { products } from './catalog';
import { createdAt, id, updatedAt, withinStoredCeiling } from './columns';

/**
 * Where a subscription's billing periods start (Kill Bill's alignment): on the account's
 * billing day, on the subscription's own start day, or on the start day of its bundle's base
 * subscription (an add-on follows its base plan).
 */
export const billingAlignmentEnum = pgEnum('billing_alignment', ['account', 'subscription', 'bundle']);

/**
 * A recurring product on an account over [startDate, endDate). A change (more seats, another
 * price) ends one subscription and starts the next on the same day, so every period prorates
 * by actual days and history is never rewritten.
 */
export const subscriptions = pgTable(
  'subscriptions',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    productId: uuid()
      .notNull()
      .references(() => products.id),
    /** The legacy system's id, for a migrated subscription. */
    externalId: text(),
    quantity: numeric().notNull(),
    /** Replaces the catalog's price when set. */
    unitPrice: numeric(),
    discountPercent: numeric().notNull().default('0'),
    startDate: date({ mode: 'string' }).notNull(),
    /** Exclusive; open-ended when null. */
    endDate: date({ mode: 'string' }),
    /** Phone numbers, circuit ids and the like. */
    serviceIds: text().array().notNull().default(sql`'{}'::text[]`),
    /** The subscription this one replaced (an upgrade or a change of quantity). */
    replacesId: uuid(),
    billingAlignment: billingAlignmentEnum().notNull().default('account'),
    /** With bundle alignment: the base subscription whose start day this one's periods follow. */
    bundleBaseId: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('subscriptions_account_idx').on(t.accountId, t.startDate),
    uniqueIndex('subscriptions_external_id_key').on(t.externalId),
    check('subscriptions_quantity_positive', sql`${t.quantity} > 0`),
    withinStoredCeiling('subscriptions_quantity_ceiling', t.quantity),
    withinStoredCeiling('subscriptions_unit_price_ceiling', t.unitPrice),
    check('subscriptions_discount_range', sql`${t.discountPercent} between 0 and 100`),
    // Empty ([d, d)) is allowed: a legacy row that ends before it starts imports as one, bills nothing,
    // and the validation report names it.
    check('subscriptions_dates_ordered', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
  ],
);

/** A one-time product (installation, porting fee…) charged on the invoice of its date's period. */
export const oneTimeCharges = pgTable(
  'one_time_charges',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    productId: uuid()
      .notNull()
      .references(() => products.id),
    externalId: text(),
    chargeDate: date({ mode: 'string' }).notNull(),
    quantity: numeric().notNull(),
    /** Replaces the catalog's price when set. */
    unitPrice: numeric(),
    description: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index('one_time_charges_account_idx').on(t.accountId, t.chargeDate),
    uniqueIndex('one_time_charges_external_id_key').on(t.externalId),
    check('one_time_charges_quantity_positive', sql`${t.quantity} > 0`),
    withinStoredCeiling('one_time_charges_quantity_ceiling', t.quantity),
    withinStoredCeiling('one_time_charges_unit_price_ceiling', t.unitPrice),
  ],
);

export type SubscriptionRow = typeof subscriptions.$inferSelect;
export type OneTimeChargeRow = typeof oneTimeCharges.$inferSelect;
