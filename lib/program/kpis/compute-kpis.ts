import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { listGoalsOfProgram } from '../../../db/queries/program';
import { rowsOf } from '../../../db/queries/raw-rows';
import { auditEntries, invoiceDeliveries, invoices, type ProgramRow, parallelRuns } from '../../../db/schema';
import type { RunSummary } from '../../migration/parallel-run/summarize-run';
import { Dec } from '../../money/decimal';
import { EvidenceFacts } from '../evidence/evidence-facts';
import type { Kpi } from '../types';

export interface KpiPoint {
  label: string;
  value: string | null;
}

export interface KpiValue {
  kpi: Kpi;
  value: string | null;
  /** ISO 4217 currency of a money KPI's value, target and trend; null for ratios and counts. */
  currency: string | null;
  target: string | null;
  meetsTarget: boolean | null;
  trend: KpiPoint[];
}

/** Operations that are someone fixing billing by hand. */
export const manualTouchOperations = [
  'creditInvoice',
  'voidInvoice',
  'discardDraftInvoice',
  'addOneTimeCharge',
] as const;

const lowerIsBetter: ReadonlySet<Kpi> = new Set(['manual_touches']);
/** KPIs that are amounts, in the currency of the latest parallel run. */
const moneyKpis: ReadonlySet<Kpi> = new Set(['revenue_leakage']);
const kpiOrder: readonly Kpi[] = [
  'arpu_preservation',
  'invoice_accuracy',
  'on_time_billing',
  'manual_touches',
  'revenue_leakage',
];

/**
 * The program's KPIs, computed from the data and never typed in: the parallel runs' ARPU
 * preservation, accuracy and leakage (one point per run), and per month the share of
 * invoices delivered by their due date and the manual touches per 100 invoices.
 */
export async function computeKpis(db: Db, program: ProgramRow): Promise<KpiValue[]> {
  const goals = await listGoalsOfProgram(db, program.id);
  const [{ currency, ...runTrends }, onTime, touches] = await Promise.all([
    runTrendsOf(db, program),
    onTimeBillingByMonth(db),
    manualTouchesByMonth(db),
  ]);
  const trends: Record<Kpi, KpiPoint[]> = { ...runTrends, on_time_billing: onTime, manual_touches: touches };
  return kpiOrder.map((kpi) => {
    const trend = trends[kpi];
    const value = trend.at(-1)?.value ?? null;
    const target = goals.find((goal) => goal.kpi === kpi)?.target ?? null;
    const meetsTarget =
      value === null || target === null
        ? null
        : lowerIsBetter.has(kpi)
          ? new Dec(value).lte(target)
          : new Dec(value).gte(target);
    return { kpi, value, currency: moneyKpis.has(kpi) ? currency : null, target, meetsTarget, trend };
  });
}

async function runTrendsOf(db: Db, program: ProgramRow) {
  const importId = await new EvidenceFacts(db, program).importId();
  const runs = importId
    ? await db
        .select({ finishedAt: parallelRuns.finishedAt, summary: parallelRuns.summary })
        .from(parallelRuns)
        .where(and(eq(parallelRuns.importId, importId), eq(parallelRuns.status, 'completed')))
        .orderBy(asc(parallelRuns.finishedAt))
    : [];
  const points = (pick: (summary: RunSummary) => string | null) =>
    runs.map((run) => ({
      label: run.finishedAt?.toISOString().slice(0, 16).replace('T', ' ') ?? '',
      value: pick(run.summary as RunSummary),
    }));
  // The latest run's currency; an earlier run in another one (or in several) is no point of
  // the same line: amounts in different currencies are never compared as figures.
  const currency = (runs.at(-1)?.summary as RunSummary | undefined)?.currency ?? null;
  return {
    currency,
    arpu_preservation: points((summary) => summary.arpuPreservation),
    invoice_accuracy: points((summary) => summary.invoiceAccuracy),
    revenue_leakage: points((summary) => (summary.currency === currency ? summary.leakage : null)),
  };
}

/**
 * Per billing month: invoices of bill runs delivered by their due date / those delivered or
 * already past due. Opening-balance invoices from a cutover are not billing and do not count.
 */
async function onTimeBillingByMonth(db: Db): Promise<KpiPoint[]> {
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
  return rowsOf<{ month: string; on_time: number; counted: number }>(result)
    .filter((row) => Number(row.counted) > 0)
    .slice(-12)
    .map((row) => ({
      label: row.month,
      value: new Dec(row.on_time).div(row.counted).toFixed(4),
    }));
}

/** Per month: manual touches (credits, voids, discarded drafts, manual charges) per 100 invoices issued. */
async function manualTouchesByMonth(db: Db): Promise<KpiPoint[]> {
  const operations = sql.join(
    manualTouchOperations.map((operation) => sql`${operation}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    with issued as (
      select to_char(issue_date, 'YYYY-MM') as month, count(*)::int as n from ${invoices}
      where kind = 'invoice' and status in ('finalized', 'void') and issue_date is not null group by 1
    ), touched as (
      select to_char(${auditEntries.occurredAt} at time zone 'UTC', 'YYYY-MM') as month, count(*)::int as n
      from ${auditEntries}
      where ${auditEntries.result} = 'ok' and ${auditEntries.operation} in (${operations}) group by 1
    )
    select issued.month, issued.n as invoices, coalesce(touched.n, 0) as touches
    from issued left join touched on touched.month = issued.month
    order by 1`);
  return rowsOf<{ month: string; invoices: number; touches: number }>(result)
    .slice(-12)
    .map((row) => ({ label: row.month, value: new Dec(row.touches).mul(100).div(row.invoices).toFixed(2) }));
}
