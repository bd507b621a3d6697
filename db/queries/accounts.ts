import { and, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { type AccountRow, accounts, invoices } from '../schema';
import { newestFirst, olderThan } from './keyset';
import { containsPattern } from './like-pattern';

export type NewAccount = typeof accounts.$inferInsert;

export async function insertAccount(db: Db, account: NewAccount) {
  const [row] = await db.insert(accounts).values(account).returning();
  if (!row) throw new Error('insert into accounts returned no row');
  return row;
}

export async function getAccountById(db: Db, id: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
  return row ?? null;
}

export async function listAccountRows(
  db: Db,
  options: {
    limit: number;
    after?: { createdAt: Date; id: string } | undefined;
    search?: string | undefined;
    status?: AccountRow['status'] | undefined;
  },
) {
  const conditions: (SQL | undefined)[] = [olderThan(accounts.createdAt, accounts.id, options.after)];
  if (options.status) conditions.push(eq(accounts.status, options.status));
  if (options.search) {
    const pattern = containsPattern(options.search);
    conditions.push(or(ilike(accounts.externalId, pattern), ilike(accounts.name, pattern)));
  }
  return db
    .select()
    .from(accounts)
    .where(and(...conditions))
    .orderBy(...newestFirst(accounts.createdAt, accounts.id))
    .limit(options.limit + 1);
}

export async function getAccountByExternalId(db: Db, externalId: string) {
  const [row] = await db.select().from(accounts).where(eq(accounts.externalId, externalId));
  return row ?? null;
}

export async function getAccountsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(accounts)
    .where(inArray(accounts.id, [...ids]));
}

export async function listChildrenOfAccounts(db: Db, parentIds: readonly string[]) {
  if (parentIds.length === 0) return [];
  return db
    .select()
    .from(accounts)
    .where(inArray(accounts.parentAccountId, [...parentIds]))
    .orderBy(accounts.externalId);
}

/** Children whose charges go on these accounts' invoices (bill to parent, not closed). */
export async function listChildrenBilledTo(db: Db, parentIds: readonly string[]) {
  if (parentIds.length === 0) return [];
  return db
    .select()
    .from(accounts)
    .where(
      and(
        inArray(accounts.parentAccountId, [...parentIds]),
        eq(accounts.billToParent, true),
        sql`${accounts.status} <> 'closed'`,
      ),
    )
    .orderBy(accounts.externalId);
}

export async function getAccountsByExternalIds(db: Db, externalIds: readonly string[]) {
  if (externalIds.length === 0) return [];
  return db
    .select()
    .from(accounts)
    .where(inArray(accounts.externalId, [...externalIds]));
}

/**
 * Notes that an email of the invoice to `address` bounced, with the server's reply, on the
 * invoice's account when `address` is still its billing address (a re-send to another
 * address says nothing about it).
 */
export async function markBillingEmailBounced(db: Db, invoiceId: string, address: string, reply: string) {
  await db
    .update(accounts)
    .set({ billingEmailBouncedAt: new Date(), billingEmailBounceReply: reply })
    .where(
      and(
        sql`${accounts.id} = (select ${invoices.accountId} from ${invoices} where ${invoices.id} = ${invoiceId})`,
        sql`lower(${accounts.billingEmail}) = ${address.toLowerCase()}`,
      ),
    );
}
