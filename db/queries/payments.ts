import { and, asc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { invoices, paymentAllocations, payments } from '../schema';
import { paymentUnallocated } from './invoice-balances';
import { newestFirst, olderThan } from './keyset';
import { rowsOf } from './raw-rows';
import { uuidSet } from './uuid-set';

export type NewPayment = typeof payments.$inferInsert;

/** A payment with what it has not yet paid to invoices (exact decimal string). */
const paymentWithUnallocated = {
  ...getTableColumns(payments),
  unallocated: sql<string>`${paymentUnallocated('payments')}::text`,
};

/**
 * Inserts a payment unless one with its externalId exists (the unique index decides, so two
 * concurrent imports cannot both record it). Returns null when it already existed.
 */
export async function insertPaymentOnce(db: Db, payment: NewPayment) {
  const [row] = await db.insert(payments).values(payment).onConflictDoNothing().returning();
  return row ?? null;
}

export async function getPaymentsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select(paymentWithUnallocated)
    .from(payments)
    .where(inArray(payments.id, [...ids]));
}

export async function listPaymentRows(
  db: Db,
  options: {
    limit: number;
    after?: { createdAt: Date; id: string } | undefined;
    accountId?: string | undefined;
  },
) {
  const conditions: (SQL | undefined)[] = [olderThan(payments.createdAt, payments.id, options.after)];
  if (options.accountId) conditions.push(eq(payments.accountId, options.accountId));
  return db
    .select(paymentWithUnallocated)
    .from(payments)
    .where(and(...conditions))
    .orderBy(...newestFirst(payments.createdAt, payments.id))
    .limit(options.limit + 1);
}

/**
 * Locks an account's live payments that still hold credit, in id order, and returns their
 * ids. Read what they hold afterwards (getPaymentCredits), with a snapshot that sees what a
 * transaction that held a lock wrote.
 */
export async function lockPaymentsWithCredit(db: Db, accountId: string) {
  const result = await db.execute(sql`
    select p.id from ${payments} p
    where p.account_id = ${accountId} and p.voided_at is null and ${paymentUnallocated('p')} > 0
    order by p.id
    for update of p`);
  return rowsOf<{ id: string }>(result).map((row) => row.id);
}

/** What each payment still holds, oldest received first: the order credit is spent in. */
export async function getPaymentCredits(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const result = await db.execute(sql`
    select p.id, ${paymentUnallocated('p')}::text as unallocated
    from ${payments} p
    where p.id in ${uuidSet(ids)}
    order by p.received_date, p.created_at, p.id`);
  return rowsOf<{ id: string; unallocated: string }>(result);
}

export interface NewAllocation {
  paymentId: string;
  invoiceId: string;
  amount: string;
}

/** Adds allocations in one statement; a payment applied to an invoice again adds to its row. */
export async function addAllocations(db: Db, rows: readonly NewAllocation[]) {
  if (rows.length === 0) return;
  await db
    .insert(paymentAllocations)
    .values(rows.map(({ paymentId, invoiceId, amount }) => ({ paymentId, invoiceId, amount })))
    .onConflictDoUpdate({
      target: [paymentAllocations.paymentId, paymentAllocations.invoiceId],
      set: { amount: sql`${paymentAllocations.amount} + excluded.amount` },
    });
}

/** Allocations of payments with their invoice numbers, by payment then oldest first. */
export async function listAllocationsOfPayments(db: Db, paymentIds: readonly string[]) {
  if (paymentIds.length === 0) return [];
  return db
    .select({
      paymentId: paymentAllocations.paymentId,
      invoiceId: paymentAllocations.invoiceId,
      // Only finalized invoices are paid, and those always have a number.
      invoiceNumber: sql<string>`${invoices.number}`,
      amount: paymentAllocations.amount,
    })
    .from(paymentAllocations)
    .innerJoin(invoices, eq(invoices.id, paymentAllocations.invoiceId))
    .where(inArray(paymentAllocations.paymentId, [...paymentIds]))
    .orderBy(asc(paymentAllocations.paymentId), asc(paymentAllocations.createdAt), asc(invoices.number));
}

/** Allocations to invoices, by invoice then oldest first: the payments each invoice received. */
export async function listAllocationsOfInvoices(db: Db, invoiceIds: readonly string[]) {
  if (invoiceIds.length === 0) return [];
  return db
    .select({
      paymentId: paymentAllocations.paymentId,
      invoiceId: paymentAllocations.invoiceId,
      invoiceNumber: sql<string>`${invoices.number}`,
      amount: paymentAllocations.amount,
    })
    .from(paymentAllocations)
    .innerJoin(invoices, eq(invoices.id, paymentAllocations.invoiceId))
    .where(inArray(paymentAllocations.invoiceId, [...invoiceIds]))
    .orderBy(
      asc(paymentAllocations.invoiceId),
      asc(paymentAllocations.createdAt),
      asc(paymentAllocations.id),
    );
}

/** Takes an invoice's payments off it (voiding it): the money becomes the account's credit again. */
export async function removeAllocationsOfInvoice(db: Db, invoiceId: string): Promise<number> {
  const removed = await db
    .delete(paymentAllocations)
    .where(eq(paymentAllocations.invoiceId, invoiceId))
    .returning({ id: paymentAllocations.id });
  return removed.length;
}
