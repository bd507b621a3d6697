import type { Db } from '../../../db/client';
import { listGoalsOfProgram } from '../../../db/queries/program';
import {
  countBillingCycleOutcomes,
  countManualTouchesByMonth,
  listCompletedRunsOfImport,
} from '../../../db/queries/program-reports';
import type { ProgramRow } from '../../../db/schema';
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

/**
 * Operations that are a person fixing or pushing billing by hand: with billing on autopilot,
 * finalizing, a review decision or a resend is a touch as much as a credit is.
 */
export const manualTouchOperations = [
  'creditInvoice',
  'voidInvoice',
  'discardDraftInvoice',
  'addOneTimeCharge',
  'finalizeInvoice',
  'sendInvoice',
  'resendInvoiceEmail',
  'approveDraft',
  'holdDraft',
  'discardDraft',
  'approveDraftsWithOnlyFinding',
  'finalizeCleanDrafts',
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
  'untouched_invoices',
];

/**
 * The program's KPIs, computed from the data and never typed in: the parallel runs' ARPU
 * preservation, accuracy and leakage (one point per run), and per month the share of
 * invoices delivered by their due date and the manual touches per 100 invoices.
 */
export async function computeKpis(db: Db, program: ProgramRow): Promise<KpiValue[]> {
  const goals = await listGoalsOfProgram(db, program.id);
  const [{ currency, ...runTrends }, cycles, touches] = await Promise.all([
    runTrendsOf(db, program),
    billingCycleTrends(db),
    manualTouchesByMonth(db),
  ]);
  const trends: Record<Kpi, KpiPoint[]> = { ...runTrends, ...cycles, manual_touches: touches };
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
  const runs = importId ? await listCompletedRunsOfImport(db, importId) : [];
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
 * Per billing cycle, the last twelve: the share of its invoices delivered by their run's date,
 * and the share that went out untouched by a person. Opening-balance invoices from a cutover
 * are not billing and do not count.
 */
async function billingCycleTrends(
  db: Db,
): Promise<Pick<Record<Kpi, KpiPoint[]>, 'on_time_billing' | 'untouched_invoices'>> {
  const cycles = (await countBillingCycleOutcomes(db, manualTouchOperations))
    .filter((row) => Number(row.made) > 0)
    .slice(-12);
  const share = (pick: (row: (typeof cycles)[number]) => number) =>
    cycles.map((row) => ({ label: row.month, value: new Dec(pick(row)).div(row.made).toFixed(4) }));
  return { on_time_billing: share((row) => row.on_time), untouched_invoices: share((row) => row.untouched) };
}

/** Per month: manual touches (credits, voids, discarded drafts, manual charges) per 100 invoices issued. */
async function manualTouchesByMonth(db: Db): Promise<KpiPoint[]> {
  return (await countManualTouchesByMonth(db, manualTouchOperations))
    .slice(-12)
    .map((row) => ({ label: row.month, value: new Dec(row.touches).mul(100).div(row.invoices).toFixed(2) }));
}
