import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { type InvoiceRow, invoices, paymentAllocations, payments } from '../schema';
import { rowsOf } from './raw-rows';
import { uuidSet } from './uuid-set';

/**
 * What is still owed on an invoice: its total, less what live (not voided) payments
 * allocated to it, less the totals of finalized credit notes that credit it. Credit notes
 * store their total as a positive amount. The one formula balances, allocation, aging and
 * dunning all use. `invoice` is the alias the invoice row has in the calling query.
 */
export function invoiceBalance(invoice: string): SQL<string> {
  const i = sql.identifier(invoice);
  return sql<string>`(${i}.total
    - coalesce((select sum(pa.amount) from ${paymentAllocations} pa
        join ${payments} p on p.id = pa.payment_id and p.voided_at is null
        where pa.invoice_id = ${i}.id), 0)
    - coalesce((select sum(cn.total) from ${invoices} cn
        where cn.credited_invoice_id = ${i}.id and cn.kind = 'credit_note' and cn.status = 'finalized'), 0))`;
}

/** What a payment has not yet paid to invoices: the account credit it holds. */
export function paymentUnallocated(payment: string): SQL<string> {
  const p = sql.identifier(payment);
  return sql<string>`(${p}.amount
    - coalesce((select sum(pa.amount) from ${paymentAllocations} pa where pa.payment_id = ${p}.id), 0))`;
}

/** Finalized invoices (not credit notes): what can be paid, aged and dunned. */
export const isPayableInvoice = (invoice: string): SQL => {
  const i = sql.identifier(invoice);
  return sql`${i}.kind = 'invoice' and ${i}.status = 'finalized'`;
};

export type LockedInvoice = Pick<InvoiceRow, 'id' | 'accountId' | 'kind' | 'status' | 'currency' | 'number'>;

/** Locks the given invoices (in id order, so concurrent lockers never deadlock) and returns them. */
export async function lockInvoices(db: Db, ids: readonly string[]): Promise<LockedInvoice[]> {
  if (ids.length === 0) return [];
  const result = await db.execute(sql`
    select id, account_id as "accountId", kind, status, currency, number
    from ${invoices}
    where id in ${uuidSet(ids)}
    order by id
    for update`);
  return rowsOf<LockedInvoice>(result);
}

/**
 * Locks the payable invoices with a balance of some accounts (in a currency, if given), in
 * id order, and returns their ids. The balance test uses this statement's snapshot; read
 * the balances again afterwards (getInvoiceBalances) to see what a transaction that held a
 * lock wrote.
 */
export async function lockOpenInvoices(
  db: Db,
  target: { accountIds: readonly string[]; currency?: string | undefined },
): Promise<string[]> {
  if (target.accountIds.length === 0) return [];
  const result = await db.execute(sql`
    select i.id from ${invoices} i
    where i.account_id in ${uuidSet(target.accountIds)}
      ${target.currency ? sql`and i.currency = ${target.currency}` : sql``}
      and ${isPayableInvoice('i')} and ${invoiceBalance('i')} > 0
    order by i.id
    for update of i`);
  return rowsOf<{ id: string }>(result).map((row) => row.id);
}

export interface InvoiceBalance {
  id: string;
  number: string;
  dueDate: string | null;
  /** Exact decimal string. */
  balance: string;
}

/** Current balances of invoices, oldest due first: the order automatic allocation pays them in. */
export async function getInvoiceBalances(db: Db, ids: readonly string[]): Promise<InvoiceBalance[]> {
  if (ids.length === 0) return [];
  const result = await db.execute(sql`
    select i.id, i.number, i.due_date::text as "dueDate", ${invoiceBalance('i')}::text as balance
    from ${invoices} i
    where i.id in ${uuidSet(ids)}
    order by i.due_date nulls last, i.issue_date, i.number, i.id`);
  return rowsOf<InvoiceBalance>(result);
}
