import type { Db } from '../../db/client';
import {
  countDeliveriesOfBillRuns,
  getBillingSchedulesByIds,
  listRecentRunsOfSchedules,
} from '../../db/queries/billing-schedules';
import type { BillingScheduleRow, BillRunRow, InvoiceDeliveryRow } from '../../db/schema';
import { groupByKeys, oneByKeys } from '../batch-order';

export async function loadBillingSchedules(
  db: Db,
  ids: readonly string[],
): Promise<(BillingScheduleRow | null)[]> {
  return oneByKeys(ids, await getBillingSchedulesByIds(db, ids));
}

/** Runs a schedule list shows of each schedule. */
export const RECENT_RUNS_PER_SCHEDULE = 24;

export async function loadRecentRunsOfSchedules(
  db: Db,
  scheduleIds: readonly string[],
): Promise<BillRunRow[][]> {
  return groupByKeys(
    scheduleIds,
    await listRecentRunsOfSchedules(db, scheduleIds, RECENT_RUNS_PER_SCHEDULE),
    (run) => run.scheduleId as string,
  );
}

/** How each run's email deliveries stand, by status. */
export async function loadDeliveryCountsOfRuns(
  db: Db,
  billRunIds: readonly string[],
): Promise<{ status: InvoiceDeliveryRow['status']; count: number }[][]> {
  return groupByKeys(billRunIds, await countDeliveriesOfBillRuns(db, billRunIds), (row) => row.billRunId).map(
    (rows) => rows.map(({ status, count }) => ({ status, count })),
  );
}
