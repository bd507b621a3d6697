import type { Db } from '../../db/client';
import {
  countDeliveriesOfBillRuns,
  getBillingSchedulesByIds,
  listRecentRunsOfSchedules,
} from '../../db/queries/billing-schedules';
import { countDraftReviewsOfRuns } from '../../db/queries/draft-reviews';
import type { BillingScheduleRow, BillRunRow, DraftReviewRow, InvoiceDeliveryRow } from '../../db/schema';
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

/** How each run's drafts stand in review, by state. */
export async function loadReviewCountsOfRuns(
  db: Db,
  billRunIds: readonly string[],
): Promise<{ state: DraftReviewRow['state']; count: number }[][]> {
  return groupByKeys(billRunIds, await countDraftReviewsOfRuns(db, billRunIds), (row) => row.billRunId).map(
    (rows) => rows.map(({ state, count }) => ({ state, count: Number(count) })),
  );
}
