import { asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  accounts,
  billRunAccounts,
  billRuns,
  components,
  cutoverWaveAccounts,
  cutoverWaves,
  incidents,
  incidentUpdates,
  ingestionProblems,
  ingestions,
  invoiceDeliveries,
  warRoomStatusUpdates,
} from '../schema';
import { rowsOf } from './raw-rows';

export type NewComponent = typeof components.$inferInsert;
export type NewIncident = typeof incidents.$inferInsert;
export type IncidentPatch = Partial<Omit<NewIncident, 'id'>>;

// Components

export async function listComponentRows(db: Db) {
  return db.select().from(components).orderBy(asc(components.position));
}

/** Inserts the components that are missing; existing ones (and their manual states) stay as they are. */
export async function insertMissingComponents(db: Db, rows: readonly NewComponent[]) {
  if (rows.length === 0) return;
  await db
    .insert(components)
    .values([...rows])
    .onConflictDoNothing({ target: components.key });
}

export async function updateComponentByKey(
  db: Db,
  key: string,
  patch: Pick<NewComponent, 'manualState' | 'manualNote' | 'manualBy' | 'manualAt'>,
) {
  const [row] = await db.update(components).set(patch).where(eq(components.key, key)).returning();
  return row ?? null;
}

/**
 * The figures the components' checks read, in one statement of scalar aggregates. Each
 * reads a narrow recent window through an index (ingestions and bill runs by start or
 * creation time); deliveries are few next to usage and are counted by their creation time.
 */
export async function readComponentSignals(db: Db) {
  const [row] = rowsOf<{
    failed_ingestions: number;
    imported_last_hour: number;
    unrated_last_hour: number;
    failed_bill_runs: number;
    failed_accounts_in_running_runs: number;
    failed_deliveries: number;
  }>(
    await db.execute(sql`
      select
        (select count(*)::int from ${ingestions}
          where status = 'failed' and started_at >= now() - interval '1 hour') as failed_ingestions,
        (select coalesce(sum(imported), 0)::int from ${ingestions}
          where started_at >= now() - interval '1 hour') as imported_last_hour,
        (select coalesce(sum(unrated), 0)::int from ${ingestions}
          where started_at >= now() - interval '1 hour') as unrated_last_hour,
        (select count(*)::int from ${billRuns}
          where status = 'failed' and created_at >= now() - interval '24 hours') as failed_bill_runs,
        (select count(*)::int from ${billRunAccounts} a join ${billRuns} r on r.id = a.bill_run_id
          where r.status = 'running' and a.status = 'failed') as failed_accounts_in_running_runs,
        (select count(*)::int from ${invoiceDeliveries}
          where status in ('failed', 'bounced', 'unknown') and created_at >= now() - interval '1 hour') as failed_deliveries`),
  );
  if (!row) throw new Error('component signals returned no row');
  return {
    failedIngestions: Number(row.failed_ingestions),
    importedLastHour: Number(row.imported_last_hour),
    unratedLastHour: Number(row.unrated_last_hour),
    failedBillRuns: Number(row.failed_bill_runs),
    failedAccountsInRunningRuns: Number(row.failed_accounts_in_running_runs),
    failedDeliveries: Number(row.failed_deliveries),
  };
}

export type ComponentSignals = Awaited<ReturnType<typeof readComponentSignals>>;

// Incidents

export async function insertIncident(db: Db, incident: NewIncident) {
  const [row] = await db.insert(incidents).values(incident).returning();
  if (!row) throw new Error('insert into incidents returned no row');
  return row;
}

export async function getIncidentById(db: Db, id: string) {
  const [row] = await db.select().from(incidents).where(eq(incidents.id, id));
  return row ?? null;
}

export async function lockIncident(db: Db, id: string) {
  const [row] = await db.select().from(incidents).where(eq(incidents.id, id)).for('update');
  return row ?? null;
}

export async function updateIncident(db: Db, id: string, patch: IncidentPatch) {
  const [row] = await db.update(incidents).set(patch).where(eq(incidents.id, id)).returning();
  if (!row) throw new Error(`incident ${id} vanished`);
  return row;
}

/** Incidents newest first, optionally of one status. */
export async function listIncidentRows(
  db: Db,
  options: { status?: IncidentStatus | null | undefined; limit: number },
) {
  return db
    .select()
    .from(incidents)
    .where(options.status ? eq(incidents.status, options.status) : undefined)
    .orderBy(desc(incidents.openedAt), desc(incidents.id))
    .limit(options.limit);
}

/** Every incident not resolved, most severe then oldest first. */
export async function listOpenIncidentRows(db: Db) {
  return db
    .select()
    .from(incidents)
    .where(ne(incidents.status, 'resolved'))
    .orderBy(asc(incidents.severity), asc(incidents.openedAt));
}

export type IncidentStatus = (typeof incidents.$inferSelect)['status'];

export async function insertIncidentUpdate(db: Db, update: typeof incidentUpdates.$inferInsert) {
  const [row] = await db.insert(incidentUpdates).values(update).returning();
  if (!row) throw new Error('insert into incident_updates returned no row');
  return row;
}

/** The updates of some incidents, oldest first. */
export async function listUpdatesOfIncidents(db: Db, incidentIds: readonly string[]) {
  if (incidentIds.length === 0) return [];
  return db
    .select()
    .from(incidentUpdates)
    .where(inArray(incidentUpdates.incidentId, [...incidentIds]))
    .orderBy(asc(incidentUpdates.at), asc(incidentUpdates.id));
}

// Status updates

export async function insertStatusUpdate(db: Db, update: typeof warRoomStatusUpdates.$inferInsert) {
  const [row] = await db.insert(warRoomStatusUpdates).values(update).returning();
  if (!row) throw new Error('insert into war_room_status_updates returned no row');
  return row;
}

export async function listStatusUpdateRows(db: Db, limit: number) {
  return db
    .select()
    .from(warRoomStatusUpdates)
    .orderBy(desc(warRoomStatusUpdates.at), desc(warRoomStatusUpdates.id))
    .limit(limit);
}

// The snapshot's aggregates

/** Every cutover wave (pilot first, imports in order) with its accounts per system of record. */
export async function listWavesWithSystemOfRecord(db: Db) {
  return db
    .select({
      wave: cutoverWaves,
      legacyAccounts: sql<number>`(count(${accounts.id}) filter (where ${accounts.systemOfRecord} = 'legacy'))::int`,
      switchboardAccounts: sql<number>`(count(${accounts.id}) filter (where ${accounts.systemOfRecord} = 'switchboard'))::int`,
    })
    .from(cutoverWaves)
    .leftJoin(cutoverWaveAccounts, eq(cutoverWaveAccounts.waveId, cutoverWaves.id))
    .leftJoin(accounts, eq(accounts.id, cutoverWaveAccounts.accountId))
    .groupBy(cutoverWaves.id)
    .orderBy(asc(cutoverWaves.createdAt), asc(cutoverWaves.position));
}

/** Accounts (closed ones aside) per system of record. */
export async function countAccountsBySystemOfRecord(db: Db) {
  return db
    .select({ systemOfRecord: accounts.systemOfRecord, accounts: sql<number>`count(*)::int` })
    .from(accounts)
    .where(ne(accounts.status, 'closed'))
    .groupBy(accounts.systemOfRecord);
}

/** Bill runs queued or running, oldest first. */
export async function listActiveBillRuns(db: Db) {
  return db
    .select()
    .from(billRuns)
    .where(inArray(billRuns.status, ['queued', 'running']))
    .orderBy(asc(billRuns.createdAt));
}

/**
 * Usage records imported in the last 5 and 60 minutes, and what ingestions of the last hour
 * rejected, from the ingestions' own counters: each ingestion's imported records are spread
 * evenly over its run (a running one up to now) and the part inside each window counted. An
 * estimate for a long file, exact for API batches, and its cost follows the number of
 * ingestions, never the number of records (counting the records themselves slowed this
 * query 50-fold during a large ingestion: bench/war-room).
 */
export async function readIngestionActivity(db: Db) {
  const [row] = rowsOf<{
    last5: number;
    last60: number;
    rejected: number;
    conflicts: number;
    running: number;
    failed: number;
  }>(
    await db.execute(sql`
      with recent as (
        select status, imported, rejected, conflicts, started_at,
          greatest(started_at, coalesce(finished_at, now())) as ended_at
        from ${ingestions}
        -- the day bounds the index scan; a run still open after a day is stuck, not busy
        where started_at >= now() - interval '1 day'
          and (started_at >= now() - interval '1 hour' or status = 'running'
            or finished_at >= now() - interval '1 hour'))
      , shares as (
        select r.*, w.minutes,
          case
            when r.ended_at = r.started_at then (r.ended_at >= now() - w.span)::int
            else greatest(0, extract(epoch from r.ended_at - greatest(r.started_at, now() - w.span)))
              / extract(epoch from r.ended_at - r.started_at)
          end as share
        from recent r
        cross join (values (5, interval '5 minutes'), (60, interval '60 minutes')) as w(minutes, span))
      select
        coalesce(round(sum(imported * share) filter (where minutes = 5)), 0)::int as last5,
        coalesce(round(sum(imported * share) filter (where minutes = 60)), 0)::int as last60,
        coalesce(sum(rejected) filter (where minutes = 60), 0)::int as rejected,
        coalesce(sum(conflicts) filter (where minutes = 60), 0)::int as conflicts,
        (count(*) filter (where minutes = 60 and status = 'running'))::int as running,
        (count(*) filter (where minutes = 60 and status = 'failed'))::int as failed
      from shares`),
  );
  if (!row) throw new Error('ingestion activity returned no row');
  return {
    last5: Number(row.last5),
    last60: Number(row.last60),
    rejected: Number(row.rejected),
    conflicts: Number(row.conflicts),
    running: Number(row.running),
    failed: Number(row.failed),
  };
}

/** The latest reasons records were rejected, newest ingestion first. */
export async function listRecentRejects(db: Db, limit: number) {
  return db
    .select({
      ingestionId: ingestionProblems.ingestionId,
      line: ingestionProblems.line,
      recordId: ingestionProblems.recordId,
      reason: ingestionProblems.reason,
    })
    .from(ingestionProblems)
    .innerJoin(ingestions, eq(ingestions.id, ingestionProblems.ingestionId))
    .where(
      sql`${ingestionProblems.kind} = 'rejected' and ${ingestions.startedAt} >= now() - interval '1 hour'`,
    )
    .orderBy(desc(ingestions.startedAt), desc(ingestionProblems.id))
    .limit(limit);
}

/** Deliveries sent and not delivered (failed, bounced, outcome unknown) in the last 24 hours, and those waiting now. */
export async function countDeliveries(db: Db) {
  const [row] = rowsOf<{ sent: number; failed: number; queued: number }>(
    await db.execute(sql`
      select
        count(*) filter (where status = 'sent' and sent_at >= now() - interval '24 hours')::int as sent,
        count(*) filter (where status in ('failed', 'bounced', 'unknown'))::int as failed,
        count(*) filter (where status = 'queued')::int as queued
      from ${invoiceDeliveries}
      where created_at >= now() - interval '24 hours' or status = 'queued'`),
  );
  return { sent: Number(row?.sent ?? 0), failed: Number(row?.failed ?? 0), queued: Number(row?.queued ?? 0) };
}
