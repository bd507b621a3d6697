import { asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  type BillingScheduleRow,
  billingSchedules,
  billRuns,
  type InvoiceDeliveryRow,
  invoiceDeliveries,
  invoices,
} from '../schema';
import { rowsOf } from './raw-rows';
import { uuidSet } from './uuid-set';

export type NewBillingSchedule = typeof billingSchedules.$inferInsert;

export async function insertBillingSchedule(db: Db, values: NewBillingSchedule) {
  const [row] = await db.insert(billingSchedules).values(values).returning();
  if (!row) throw new Error('insert into billing_schedules returned no row');
  return row;
}

export async function updateBillingScheduleRow(db: Db, id: string, patch: Partial<NewBillingSchedule>) {
  const [row] = await db.update(billingSchedules).set(patch).where(eq(billingSchedules.id, id)).returning();
  return row ?? null;
}

export async function getBillingScheduleById(db: Db, id: string) {
  const [row] = await db.select().from(billingSchedules).where(eq(billingSchedules.id, id));
  return row ?? null;
}

export async function listBillingScheduleRows(db: Db) {
  return db
    .select()
    .from(billingSchedules)
    .orderBy(asc(billingSchedules.createdAt), asc(billingSchedules.id));
}

/** Enabled schedules with the due moment of the last run each started (null before the first). */
export async function listEnabledSchedulesWithLastRun(
  db: Db,
): Promise<(BillingScheduleRow & { lastScheduledFor: Date | null })[]> {
  const schedules = await db.select().from(billingSchedules).where(eq(billingSchedules.enabled, true));
  if (schedules.length === 0) return [];
  const last = rowsOf<{ scheduleId: string; lastScheduledFor: string | Date }>(
    await db.execute(sql`
      select schedule_id as "scheduleId", max(scheduled_for) as "lastScheduledFor"
      from ${billRuns} where schedule_id is not null group by schedule_id`),
  );
  const lastBySchedule = new Map(last.map((row) => [row.scheduleId, new Date(row.lastScheduledFor)]));
  return schedules.map((schedule) => ({
    ...schedule,
    lastScheduledFor: lastBySchedule.get(schedule.id) ?? null,
  }));
}

export async function getBillingSchedulesByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(billingSchedules)
    .where(inArray(billingSchedules.id, [...ids]));
}

/** The latest `limit` runs of each schedule, newest first, in one statement. */
export async function listRecentRunsOfSchedules(db: Db, scheduleIds: readonly string[], limit: number) {
  if (scheduleIds.length === 0) return [];
  const ranked = db
    .select({
      id: billRuns.id,
      rank: sql<number>`row_number() over (partition by ${billRuns.scheduleId} order by ${billRuns.scheduledFor} desc)`.as(
        'rank',
      ),
    })
    .from(billRuns)
    .where(inArray(billRuns.scheduleId, [...scheduleIds]))
    .as('ranked');
  return db
    .select({ run: billRuns })
    .from(billRuns)
    .innerJoin(ranked, eq(ranked.id, billRuns.id))
    .where(lte(ranked.rank, limit))
    .orderBy(desc(billRuns.scheduledFor))
    .then((rows) => rows.map((row) => row.run));
}

/** Per bill run, how its invoices' email deliveries stand: one row per (run, status) present. */
export async function countDeliveriesOfBillRuns(db: Db, billRunIds: readonly string[]) {
  if (billRunIds.length === 0) return [];
  const result = await db.execute(sql`
    select i.bill_run_id as "billRunId", d.status, count(*)::int as count
    from ${invoiceDeliveries} d join ${invoices} i on i.id = d.invoice_id
    where i.bill_run_id in ${uuidSet(billRunIds)}
    group by 1, 2 order by 2`);
  return rowsOf<{ billRunId: string; status: InvoiceDeliveryRow['status']; count: number }>(result).map(
    (row) => ({
      ...row,
      count: Number(row.count),
    }),
  );
}
