import { and, asc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { oneTimeCharges, subscriptions } from '../schema';

export type NewSubscription = typeof subscriptions.$inferInsert;
export type NewOneTimeCharge = typeof oneTimeCharges.$inferInsert;

export async function insertSubscription(db: Db, row: NewSubscription) {
  const [inserted] = await db.insert(subscriptions).values(row).returning();
  if (!inserted) throw new Error('insert into subscriptions returned no row');
  return inserted;
}

export async function lockSubscription(db: Db, id: string) {
  const [row] = await db.select().from(subscriptions).where(eq(subscriptions.id, id)).for('update');
  return row ?? null;
}

export async function setSubscriptionEnd(db: Db, id: string, endDate: string) {
  await db.update(subscriptions).set({ endDate }).where(eq(subscriptions.id, id));
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

/** Every subscription of some accounts, newest start first. */
export async function listAllSubscriptionsOfAccounts(db: Db, accountIds: readonly string[]) {
  if (accountIds.length === 0) return [];
  return db
    .select()
    .from(subscriptions)
    .where(inArray(subscriptions.accountId, [...accountIds]))
    .orderBy(sql`${subscriptions.startDate} desc`, sql`${subscriptions.createdAt} desc`);
}

/** Every one-time charge of some accounts, newest first. */
export async function listAllChargesOfAccounts(db: Db, accountIds: readonly string[]) {
  if (accountIds.length === 0) return [];
  return db
    .select()
    .from(oneTimeCharges)
    .where(inArray(oneTimeCharges.accountId, [...accountIds]))
    .orderBy(sql`${oneTimeCharges.chargeDate} desc`, sql`${oneTimeCharges.createdAt} desc`);
}

export async function getSubscriptionsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(subscriptions)
    .where(inArray(subscriptions.id, [...ids]));
}

export async function getChargesByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(oneTimeCharges)
    .where(inArray(oneTimeCharges.id, [...ids]));
}
