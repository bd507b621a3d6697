import { char, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { updatedAt } from './columns';

/** The provider running this Switchboard: one row (id = 1). */
export const organization = pgTable('organization', {
  id: integer().primaryKey().default(1),
  name: text().notNull(),
  /** ISO 4217 code used when an account does not say otherwise. */
  defaultCurrency: char({ length: 3 }).notNull(),
  /** IANA time zone for billing periods and time-of-day rating. */
  timeZone: text().notNull(),
  updatedAt: updatedAt(),
});
