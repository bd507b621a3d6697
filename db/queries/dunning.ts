import { and, asc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { accounts, type DunningStepRow, dunningEvents, dunningSteps, invoices } from '../schema';
import { invoiceBalance, isPayableInvoice } from './invoice-balances';
import { newestFirst, olderThan } from './keyset';
import { rowsOf } from './raw-rows';

export async function listDunningStepRows(db: Db) {
  return db.select().from(dunningSteps).orderBy(asc(dunningSteps.position));
}

export interface RecordedDunningEvent {
  id: string;
  accountId: string;
  invoiceId: string;
  invoiceNumber: string;
  stepId: string;
  stepName: string;
  stepPosition: number;
  action: DunningStepRow['action'];
}

/**
 * Records, in one statement, every step reached by `asOf` on every payable invoice that is
 * past due and still owes something, unless already recorded for that invoice (the unique
 * (invoice, step) index decides, so concurrent runs record each step once). Returns what
 * this call recorded.
 */
export async function recordReachedDunningSteps(db: Db, asOf: string): Promise<RecordedDunningEvent[]> {
  const result = await db.execute(sql`
    with recorded as (
      insert into ${dunningEvents} (account_id, invoice_id, step_id, action, as_of)
      select i.account_id, i.id, s.id, s.action, ${asOf}::date
      from ${invoices} i
      join ${dunningSteps} s on i.due_date + s.days_after_due <= ${asOf}::date
      where ${isPayableInvoice('i')} and i.due_date < ${asOf}::date and ${invoiceBalance('i')} > 0
      on conflict (invoice_id, step_id) do nothing
      returning id, account_id, invoice_id, step_id, action
    )
    select r.id, r.account_id as "accountId", r.invoice_id as "invoiceId", i.number as "invoiceNumber",
      r.step_id as "stepId", s.name as "stepName", s.position as "stepPosition", r.action
    from recorded r
    join ${invoices} i on i.id = r.invoice_id
    join ${dunningSteps} s on s.id = r.step_id
    order by i.number, s.position`);
  return rowsOf<RecordedDunningEvent>(result);
}

/** Suspends those of the accounts that are active; returns the ids it suspended. */
export async function suspendActiveAccounts(db: Db, accountIds: readonly string[]): Promise<string[]> {
  if (accountIds.length === 0) return [];
  const rows = await db
    .update(accounts)
    .set({ status: 'suspended' })
    .where(and(inArray(accounts.id, [...accountIds]), eq(accounts.status, 'active')))
    .returning({ id: accounts.id });
  return rows.map((row) => row.id);
}

/** An account's dunning events, newest first, with their invoice's number and their step. */
export async function listDunningEventRows(
  db: Db,
  options: { accountId: string; limit: number; after?: { createdAt: Date; id: string } | undefined },
) {
  const conditions: (SQL | undefined)[] = [
    eq(dunningEvents.accountId, options.accountId),
    olderThan(dunningEvents.occurredAt, dunningEvents.id, options.after),
  ];
  return db
    .select({
      ...getTableColumns(dunningEvents),
      invoiceNumber: sql<string>`${invoices.number}`,
      step: getTableColumns(dunningSteps),
    })
    .from(dunningEvents)
    .innerJoin(invoices, eq(invoices.id, dunningEvents.invoiceId))
    .innerJoin(dunningSteps, eq(dunningSteps.id, dunningEvents.stepId))
    .where(and(...conditions))
    .orderBy(...newestFirst(dunningEvents.occurredAt, dunningEvents.id))
    .limit(options.limit + 1);
}
