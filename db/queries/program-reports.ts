import { and, asc, eq, gt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { auditEntries, decisionLog, invoiceDeliveries, invoices, parallelRuns, risks } from '../schema';
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
 * Per billing month: invoices of bill runs delivered by their due date (`on_time`) and those
 * delivered or already past due (`counted`). Opening-balance invoices from a cutover are not
 * billing and do not count.
 */
export async function countOnTimeInvoicesByMonth(db: Db) {
  const result = await db.execute(sql`
    with first_sent as (
      select ${invoiceDeliveries.invoiceId} as invoice_id, min(${invoiceDeliveries.sentAt}) as sent_at
      from ${invoiceDeliveries} where ${invoiceDeliveries.status} = 'sent' group by 1
    )
    select to_char(i.period_start, 'YYYY-MM') as month,
      count(*) filter (where s.sent_at::date <= i.due_date)::int as on_time,
      count(*) filter (where s.sent_at is not null or i.due_date < current_date)::int as counted
    from ${invoices} i left join first_sent s on s.invoice_id = i.id
    where i.kind = 'invoice' and i.status = 'finalized' and i.due_date is not null and i.bill_run_id is not null
    group by 1 order by 1`);
  return rowsOf<{ month: string; on_time: number; counted: number }>(result);
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
