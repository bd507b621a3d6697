import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { accounts, invoices, paymentAllocations, payments } from '../schema';
import { invoiceBalance, isPayableInvoice } from './invoice-balances';
import { rowsOf } from './raw-rows';
import { uuidSet } from './uuid-set';

/** Exact decimal strings. */
export interface AccountTotals {
  invoiced: string;
  credited: string;
  paid: string;
  allocated: string;
}

/** One account's totals, keyed by its id. */
export interface AccountTotalsRow extends AccountTotals {
  accountId: string;
}

/**
 * Accounts' finalized invoices and credit notes, live payments and their allocations,
 * summed in one query however many accounts (a row per existing account, in no order).
 */
export async function sumTotalsOfAccounts(
  db: Db,
  accountIds: readonly string[],
): Promise<AccountTotalsRow[]> {
  if (accountIds.length === 0) return [];
  const result = await db.execute(sql`
    select
      a.id as "accountId",
      (select coalesce(sum(i.total), 0) from ${invoices} i
        where i.account_id = a.id and i.status = 'finalized' and i.kind = 'invoice')::text as invoiced,
      (select coalesce(sum(i.total), 0) from ${invoices} i
        where i.account_id = a.id and i.status = 'finalized' and i.kind = 'credit_note')::text as credited,
      (select coalesce(sum(p.amount), 0) from ${payments} p
        where p.account_id = a.id and p.voided_at is null)::text as paid,
      (select coalesce(sum(pa.amount), 0) from ${paymentAllocations} pa
        join ${payments} p on p.id = pa.payment_id
        where p.account_id = a.id and p.voided_at is null)::text as allocated
    from ${accounts} a
    where a.id in ${uuidSet(accountIds)}`);
  return rowsOf<AccountTotalsRow>(result);
}

/** Open balances in days-past-due buckets (exact decimal strings). */
export interface AgingSums {
  current: string;
  days1To30: string;
  days31To60: string;
  days61To90: string;
  over90Days: string;
  total: string;
}

/** One account's row, or (accountId null) the total of every account in a currency. */
export interface AgingSumsRow extends AgingSums {
  accountId: string | null;
  currency: string;
}

/**
 * Open balances of payable invoices issued by `asOf`, bucketed by days past due on that
 * date, per account and currency, with per-currency totals from the same pass (grouping
 * sets): one query however many accounts. An invoice due on `asOf` is current. Account
 * rows come first, by account number; then the totals, by currency.
 */
export async function sumAgingBuckets(db: Db, asOf: string): Promise<AgingSumsRow[]> {
  const result = await db.execute(sql`
    with open_invoices as (
      select i.account_id, i.currency, ${asOf}::date - i.due_date as days_late, ${invoiceBalance('i')} as balance
      from ${invoices} i
      where ${isPayableInvoice('i')} and (i.issue_date is null or i.issue_date <= ${asOf}::date)
    )
    select
      o.account_id as "accountId",
      o.currency,
      coalesce(sum(o.balance) filter (where o.days_late is null or o.days_late <= 0), 0)::text as current,
      coalesce(sum(o.balance) filter (where o.days_late between 1 and 30), 0)::text as "days1To30",
      coalesce(sum(o.balance) filter (where o.days_late between 31 and 60), 0)::text as "days31To60",
      coalesce(sum(o.balance) filter (where o.days_late between 61 and 90), 0)::text as "days61To90",
      coalesce(sum(o.balance) filter (where o.days_late > 90), 0)::text as "over90Days",
      sum(o.balance)::text as total
    from open_invoices o
    join ${accounts} a on a.id = o.account_id
    where o.balance > 0
    group by grouping sets ((o.currency, o.account_id, a.external_id), (o.currency))
    order by grouping(o.account_id), a.external_id, o.currency`);
  return rowsOf<AgingSumsRow>(result);
}
