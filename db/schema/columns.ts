import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Columns every table carries. */
export const id = () => uuid().primaryKey().defaultRandom();

/**
 * Millisecond precision, matching JavaScript's Date, so that a keyset cursor built from a
 * row's timestamp compares exactly with the stored value.
 */
export const timestampMs = () => timestamp({ withTimezone: true, precision: 3 });

export const createdAt = () => timestampMs().notNull().defaultNow();
export const updatedAt = () =>
  timestampMs()
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/**
 * The database's own bound on amounts, prices and quantities people and files send in:
 * magnitudes below 10^15. Input is refused long before, at lib/money/limits.ts's MAX_AMOUNT
 * (10^12, the one setting); this is the backstop for any path that forgets to ask.
 */
export const withinStoredCeiling = (name: string, column: AnyPgColumn) =>
  check(name, sql`abs(${column}) < 1e15`);
