import { and, asc, eq, gt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  accounts,
  auditEntries,
  decisionLog,
  invoiceDeliveries,
  invoices,
  organization,
  parallelRuns,
  risks,
} from '../schema';
import { rowsOf } from './raw-rows';

// What the migration program's KPIs and status drafts read. Reading only.

/** The import's completed parallel runs, oldest first, with their summaries. */
export function listCompletedRunsOfImport(db: Db, importId: string) {
  return db
    .select({ finishedAt: parallelRuns.finishedAt, summary: parallelRuns.summary })
    .from(parallelRuns)
    .where(and(eq(parallelRuns.importId, importId), eq(parallelRuns.status, 'completed')))
    .orderBy(asc(parallelRuns.finishedAt));
}

/** The import's parallel runs finished after `since`, oldest first. */
export function listRunsOfImportSince(db: Db, importId: string, since: Date) {
  return db
    .select()
    .from(parallelRuns)
    .where(and(eq(parallelRuns.importId, importId), gt(parallelRuns.finishedAt, since)))
    .orderBy(asc(parallelRuns.finishedAt));
}

export function listRisksOfProgramSince(db: Db, programId: string, since: Date) {
  return db
    .select()
    .from(risks)
    .where(and(eq(risks.programId, programId), gt(risks.createdAt, since)));
}

export function listDecisionsOfProgramSince(db: Db, programId: string, since: Date) {
  return db
    .select()
    .from(decisionLog)
    .where(and(eq(decisionLog.programId, programId), gt(decisionLog.createdAt, since)));
}

/**
 * Per billing cycle (the month its period starts), over the invoices its bill runs made (void
 * ones left out: their replacement counts): how many, how many were delivered by their run's
 * date (the first email sent, or finalizing for accounts not taking invoices by email, on or
 * before the issue date in the organization's zone), and how many went out untouched by a
 * person (finalized by a schedule and never named by a successful `touchOperations` audit entry).
 */
export async function countBillingCycleOutcomes(db: Db, touchOperations: readonly string[]) {
  const list: SQL = sql.join(
    touchOperations.map((operation) => sql`${operation}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    with first_sent as (
      select ${invoiceDeliveries.invoiceId} as invoice_id, min(${invoiceDeliveries.sentAt}) as sent_at
      from ${invoiceDeliveries} where ${invoiceDeliveries.status} = 'sent' group by 1
    ), touched as (
      select distinct coalesce(e.input_summary #>> '{input,id}', e.input_summary #>> '{input,invoiceId}',
        e.input_summary #>> '{id}', e.input_summary #>> '{invoiceId}') as invoice_id
      from ${auditEntries} e
      where e.result = 'ok' and e.operation in (${list})
    ), zone as (
      select coalesce((select time_zone from ${organization} where id = 1), 'UTC') as tz
    )
    select to_char(i.period_start, 'YYYY-MM') as month,
      count(*)::int as made,
      count(*) filter (where i.status = 'finalized' and
        (coalesce(s.sent_at, case when a.invoice_delivery <> 'email' or a.billing_email is null then i.finalized_at end)
          at time zone z.tz)::date <= i.issue_date)::int as on_time,
      count(*) filter (where i.status = 'finalized' and i.finalized_automatically and t.invoice_id is null)::int
        as untouched
    from ${invoices} i
    join ${accounts} a on a.id = i.account_id
    cross join zone z
    left join first_sent s on s.invoice_id = i.id
    left join touched t on t.invoice_id = i.id::text
    where i.kind = 'invoice' and i.status <> 'void' and i.bill_run_id is not null
    group by 1 order by 1`);
  return rowsOf<{ month: string; made: number; on_time: number; untouched: number }>(result);
}

/** Per month: invoices issued, and audit entries of these operations that succeeded. */
export async function countManualTouchesByMonth(db: Db, operations: readonly string[]) {
  const list: SQL = sql.join(
    operations.map((operation) => sql`${operation}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    with issued as (
      select to_char(issue_date, 'YYYY-MM') as month, count(*)::int as n from ${invoices}
      where kind = 'invoice' and status in ('finalized', 'void') and issue_date is not null group by 1
    ), touched as (
      select to_char(${auditEntries.occurredAt} at time zone 'UTC', 'YYYY-MM') as month, count(*)::int as n
      from ${auditEntries}
      where ${auditEntries.result} = 'ok' and ${auditEntries.operation} in (${list}) group by 1
    )
    select issued.month, issued.n as invoices, coalesce(touched.n, 0) as touches
    from issued left join touched on touched.month = issued.month
    order by 1`);
  return rowsOf<{ month: string; invoices: number; touches: number }>(result);
}
