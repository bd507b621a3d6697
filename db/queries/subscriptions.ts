import { and, asc, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { oneTimeCharges, subscriptions } from '../schema';

export type NewSubscription = typeof subscriptions.$inferInsert;
export type NewOneTimeCharge = typeof oneTimeCharges.$inferInsert;

export async function insertSubscription(db: Db, row: NewSubscription) {
  const [inserted] = await db.insert(subscriptions).values(row).returning();
  if (!inserted) throw new Error('insert into subscriptions returned no row');
  return inserted;
}

export async function insertOneTimeCharge(db: Db, row: NewOneTimeCharge) {
  const [inserted] = await db.insert(oneTimeCharges).values(row).returning();
  if (!inserted) throw new Error('insert into one_time_charges returned no row');
  return inserted;
}

/** Subscriptions of some accounts overlapping [from, to), in start order. */
export async function listSubscriptionsOfAccounts(
  db: Db,
  accountIds: readonly string[],
  from: string,
  to: string,
) {
  if (accountIds.length === 0) return [];
  return db
    .select()
    .from(subscriptions)
    .where(
      and(
        inArray(subscriptions.accountId, [...accountIds]),
        lt(subscriptions.startDate, to),
        or(isNull(subscriptions.endDate), sql`${subscriptions.endDate} > ${from}`),
      ),
    )
    .orderBy(asc(subscriptions.startDate), asc(subscriptions.createdAt));
}

/** One-time charges of some accounts dated in [from, to). */
export async function listChargesOfAccounts(db: Db, accountIds: readonly string[], from: string, to: string) {
  if (accountIds.length === 0) return [];
  return db
    .select()
    .from(oneTimeCharges)
    .where(
      and(
        inArray(oneTimeCharges.accountId, [...accountIds]),
        gte(oneTimeCharges.chargeDate, from),
        lt(oneTimeCharges.chargeDate, to),
      ),
    )
    .orderBy(asc(oneTimeCharges.chargeDate), asc(oneTimeCharges.createdAt));
}
