import { timestamp, uuid } from 'drizzle-orm/pg-core';

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
