import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { accounts, billRunAccounts, billRuns } from '../schema';
import { rowsOf } from './raw-rows';
import { uuidSet } from './uuid-set';

export type NewBillRun = typeof billRuns.$inferInsert;
export type BillRunAccountStatus = (typeof billRunAccounts.$inferSelect)['status'];

export async function insertBillRun(db: Db, run: NewBillRun) {
  const [row] = await db.insert(billRuns).values(run).returning();
  if (!row) throw new Error('insert into bill_runs returned no row');
  return row;
}

export async function getBillRunById(db: Db, id: string) {
  const [row] = await db.select().from(billRuns).where(eq(billRuns.id, id));
  return row ?? null;
}

/** Which accounts a run bills, beyond the rules every run keeps. */
export interface BillRunAccountFilter {
  /** Only these accounts. */
  accountIds?: readonly string[] | null;
  /** Only the accounts this subquery of ids selects (a schedule's audience). */
  within?: SQL | null;
  /** Only accounts on this cycle; an anniversary account on the 1st counts as calendar month. */
  cycle?: 'calendar_month' | 'anniversary' | null;
  /** Only anniversary accounts on this billing day. */
  billingDay?: number | null;
}

/**
 * Puts the run's accounts on its to-do list: every account that is not closed, narrowed by
 * the filter. Child accounts billed to their parent are left to the parent, and accounts the
 * legacy system still bills (not cut over yet) are left to it. Returns how many.
 */
export async function addAccountsToBillRun(db: Db, billRunId: string, filter: BillRunAccountFilter = {}) {
  const cycle =
    filter.cycle === 'calendar_month'
      ? sql`and (a.billing_cycle = 'calendar_month' or a.billing_day = 1)`
      : filter.cycle === 'anniversary'
        ? sql`and a.billing_cycle = 'anniversary' and a.billing_day <> 1`
        : sql``;
  const result = await db.execute(sql`
    insert into ${billRunAccounts} (bill_run_id, account_id)
    select ${billRunId}::uuid, a.id from ${accounts} a
    where a.status <> 'closed' and not a.bill_to_parent and a.system_of_record = 'switchboard'
      ${filter.accountIds ? sql`and a.id in ${uuidSet(filter.accountIds)}` : sql``}
      ${filter.within ? sql`and a.id in (${filter.within})` : sql``}
      ${cycle}
      ${filter.billingDay != null ? sql`and a.billing_day = ${filter.billingDay}` : sql``}
    on conflict do nothing
    returning account_id`);
  return rowsOf(result).length;
}

/**
 * Claims up to `limit` pending accounts of a run for this transaction. Rows another worker
 * holds are skipped rather than waited for, so workers share a run without blocking.
 */
export async function claimPendingAccounts(db: Db, billRunId: string, limit: number): Promise<string[]> {
  const result = await db.execute(sql`
    select account_id from ${billRunAccounts}
    where bill_run_id = ${billRunId} and status = 'pending'
    order by account_id
    limit ${limit}
    for update skip locked`);
  return rowsOf<{ account_id: string }>(result).map((row) => row.account_id);
}

export interface BillRunAccountOutcome {
  accountId: string;
  status: BillRunAccountStatus;
  invoiceId: string | null;
  message: string | null;
}

/**
 * Records what became of claimed accounts and adds them to the run's progress, in two
 * statements. Only accounts still pending are recorded and counted: should two workers ever
 * hold the same account (two chunks interleaved on one connection, as inside one outer
 * transaction), the first outcome stands and the progress never passes the total.
 */
export async function recordBillRunOutcomes(
  db: Db,
  billRunId: string,
  outcomes: readonly BillRunAccountOutcome[],
) {
  if (outcomes.length === 0) return;
  const recorded = rowsOf<{ status: string }>(
    await db.execute(sql`
      update ${billRunAccounts} b
      set status = o.status::bill_run_account_status, invoice_id = o."invoiceId", message = o.message
      from json_to_recordset(${JSON.stringify(outcomes)}::json) as o("accountId" uuid, status text, "invoiceId" uuid, message text)
      where b.bill_run_id = ${billRunId} and b.account_id = o."accountId" and b.status = 'pending'
      returning b.status`),
  );
  if (recorded.length === 0) return;
  const invoiced = recorded.filter((row) => row.status === 'invoiced').length;
  await db
    .update(billRuns)
    .set({
      accountsDone: sql`${billRuns.accountsDone} + ${recorded.length}`,
      invoicesCreated: sql`${billRuns.invoicesCreated} + ${invoiced}`,
    })
    .where(eq(billRuns.id, billRunId));
}

export async function markBillRunRunning(db: Db, id: string) {
  await db
    .update(billRuns)
    .set({ status: 'running', startedAt: sql`coalesce(${billRuns.startedAt}, now())` })
    .where(and(eq(billRuns.id, id), sql`${billRuns.status} in ('queued', 'running')`));
}

/** Completes a run once nothing is pending; a no-op while another worker still holds some. */
export async function completeBillRunIfDone(db: Db, id: string) {
  await db.execute(sql`
    update ${billRuns} set status = 'completed', finished_at = now()
    where id = ${id} and status = 'running'
      and not exists (select 1 from ${billRunAccounts} where bill_run_id = ${id} and status = 'pending')`);
}

export async function failBillRun(db: Db, id: string, error: string) {
  await db
    .update(billRuns)
    .set({ status: 'failed', error, finishedAt: new Date() })
    .where(eq(billRuns.id, id));
}

/** Runs that were started and not finished (a worker died): to resume at start-up. */
export async function listUnfinishedBillRuns(db: Db) {
  return db
    .select({ id: billRuns.id })
    .from(billRuns)
    .where(sql`${billRuns.status} in ('queued', 'running')`);
}

export async function listBillRunAccounts(db: Db, billRunId: string) {
  return db.select().from(billRunAccounts).where(eq(billRunAccounts.billRunId, billRunId));
}

/** A page of a run's results in account order, optionally of one status. */
export async function listBillRunResults(
  db: Db,
  billRunId: string,
  options: { limit: number; afterAccountId?: string | undefined; status?: BillRunAccountStatus | undefined },
) {
  return db
    .select()
    .from(billRunAccounts)
    .where(
      and(
        eq(billRunAccounts.billRunId, billRunId),
        options.status ? eq(billRunAccounts.status, options.status) : undefined,
        options.afterAccountId
          ? sql`${billRunAccounts.accountId} > ${options.afterAccountId}::uuid`
          : undefined,
      ),
    )
    .orderBy(billRunAccounts.accountId)
    .limit(options.limit + 1);
}

/** How many accounts of some runs failed, per run. */
export async function countFailedOfBillRuns(db: Db, billRunIds: readonly string[]) {
  if (billRunIds.length === 0) return [];
  const result = await db.execute(sql`
    select bill_run_id, count(*)::int as n from ${billRunAccounts}
    where status = 'failed' and bill_run_id in ${uuidSet(billRunIds)}
    group by bill_run_id`);
  return rowsOf<{ bill_run_id: string; n: number }>(result);
}

export async function getBillRunsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(billRuns)
    .where(inArray(billRuns.id, [...ids]));
}

export async function setBillRunAccountsTotal(db: Db, id: string, accountsTotal: number) {
  const [row] = await db.update(billRuns).set({ accountsTotal }).where(eq(billRuns.id, id)).returning();
  if (!row) throw new Error(`bill run ${id} vanished`);
  return row;
}

/** The latest runs first. */
export async function listRecentBillRuns(db: Db, limit: number) {
  return db.select().from(billRuns).orderBy(desc(billRuns.createdAt)).limit(limit);
}

/** Records a step of what follows a finished run: its drafts checked, or its clean drafts finalized. */
export async function markBillRunStep(db: Db, id: string, step: 'checkedAt' | 'cleanDraftsFinalizedAt') {
  await db
    .update(billRuns)
    .set({ [step]: new Date() })
    .where(eq(billRuns.id, id));
}

/**
 * Finished runs whose follow-up is not done: drafts not checked yet, or (autopilot) clean
 * drafts not all finalized. What the sweep resumes after a crash.
 */
export async function listRunsAwaitingFollowUp(db: Db) {
  return db
    .select({ id: billRuns.id })
    .from(billRuns)
    .where(
      and(
        eq(billRuns.status, 'completed'),
        sql`(${billRuns.checkedAt} is null or (${billRuns.autoFinalize} and ${billRuns.cleanDraftsFinalizedAt} is null))`,
      ),
    );
}
