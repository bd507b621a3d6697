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

/** A payment reference on an account, as the payer quoted it. */
export interface AccountReference {
  accountId: string;
  reference: string;
}

/**
 * How two references are compared, in SQL only so that every caller agrees: trimmed and
 * case-folded. References are identifiers people retype from checks and bank statements
 * ("chk-501" for "CHK-501"); no two payments of one account are told apart by case alone,
 * and where they must be, recording says so explicitly.
 */
const comparable = (reference: SQL) => sql`lower(btrim(${reference}))`;

/** One JSON parameter, however many pairs: for `jsonb_to_recordset(…) as r(account_id, reference)`. */
const asRecords = (references: readonly AccountReference[]) =>
  JSON.stringify(references.map(({ accountId, reference }) => ({ account_id: accountId, reference })));

/**
 * Serializes, until the transaction ends, everyone recording a payment with one of these
 * references on its account: a transaction-scoped advisory lock per (account, reference),
 * taken in one order so that two importers cannot deadlock. Take it before any row lock.
 * Collisions of the 64-bit hash only make unrelated payments wait for each other.
 */
export async function lockPaymentReferences(db: Db, references: readonly AccountReference[]) {
  if (references.length === 0) return;
  await db.execute(sql`
    select count(pg_advisory_xact_lock(k)) from (
      select distinct hashtextextended('payments.reference:' || r.account_id || ':' || ${comparable(sql`r.reference`)}, 0) as k
      from jsonb_to_recordset(${asRecords(references)}::jsonb) as r(account_id text, reference text)
      order by k
    ) as keys`);
}

/**
 * For each (account, reference) asked, the newest live payment of the account with that
 * reference (compared as `comparable` says), and how many live ones have it. Keyed by the
 * reference as asked.
 */
export async function findPaymentsByReference(db: Db, references: readonly AccountReference[]) {
  if (references.length === 0) return [];
  const result = await db.execute(sql`
    select r.account_id as "accountId", r.reference as "askedReference",
      p.id, p.amount::text as amount, p.currency, p.received_date::text as "receivedDate",
      p.reference, count(*) over (partition by r.account_id, r.reference)::int as "sameReference"
    from jsonb_to_recordset(${asRecords(references)}::jsonb) as r(account_id uuid, reference text)
    join ${payments} p on p.account_id = r.account_id and p.voided_at is null
      and p.reference is not null
      and ${comparable(sql`p.reference`)} = ${comparable(sql`r.reference`)}
    order by r.account_id, r.reference, p.created_at desc, p.id desc`);
  const newest = new Map<string, PaymentWithReference>();
  for (const row of rowsOf<PaymentWithReference>(result)) {
    const key = `${row.accountId}\u0000${row.askedReference}`;
    if (!newest.has(key)) newest.set(key, row);
  }
  return [...newest.values()];
}

export interface PaymentWithReference {
  accountId: string;
  askedReference: string;
  id: string;
  amount: string;
  currency: string;
  receivedDate: string;
  reference: string;
  /** Live payments of the account with this reference, this one included. */
  sameReference: number;
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
