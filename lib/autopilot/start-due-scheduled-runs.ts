import type { Db } from '../../db/client';
import { audienceAccountIds } from '../../db/queries/audiences';
import { addAccountsToBillRun, setBillRunAccountsTotal } from '../../db/queries/bill-runs';
import { listEnabledSchedulesWithLastRun } from '../../db/queries/billing-schedules';
import { getAudienceById } from '../../db/queries/comms';
import { type BillingScheduleRow, type BillRunRow, billRuns } from '../../db/schema';
import { selectionOf } from '../comms/audience-accounts';
import { enqueueBillRun } from '../jobs/bill-run-jobs';
import { organizationZone } from './organization-zone';
import { occurrencesBetween, type ScheduleOccurrence } from './schedule-occurrences';

/**
 * Due moments one pass starts per schedule at most: a server away for a month starts the
 * month's anniversary runs (27) at once; longer absences are caught up over later passes.
 */
const MAX_RUNS_PER_PASS = 31;

/**
 * Starts every scheduled run that is due and not started yet: each schedule's due moments
 * after the last one it started (or after it became active), up to `now`. Two servers (or a
 * restart) starting the same due moment make one run: the unique (schedule, due moment)
 * index lets one insert through and the other finds it there. A run started after its due
 * moment (the server was down) records both, so it says how late it is.
 */
export async function startDueScheduledRuns(db: Db, now = new Date()): Promise<BillRunRow[]> {
  const zone = await organizationZone(db);
  const started: BillRunRow[] = [];
  for (const schedule of await listEnabledSchedulesWithLastRun(db)) {
    const after =
      schedule.lastScheduledFor && schedule.lastScheduledFor > schedule.activeSince
        ? schedule.lastScheduledFor
        : schedule.activeSince;
    for (const occurrence of occurrencesBetween(schedule, zone, after, now, MAX_RUNS_PER_PASS)) {
      const run = await startScheduledRun(db, schedule, occurrence, now);
      if (run) started.push(run);
    }
  }
  return started;
}

/**
 * The run of one due moment, with its accounts and its job, in one transaction; null when
 * another server or an earlier pass started it already.
 */
async function startScheduledRun(
  db: Db,
  schedule: BillingScheduleRow,
  occurrence: ScheduleOccurrence,
  now: Date,
): Promise<BillRunRow | null> {
  const audience = schedule.audienceId ? await getAudienceById(db, schedule.audienceId) : null;
  return db.transaction(async (tx) => {
    const [run] = await tx
      .insert(billRuns)
      .values({
        periodStart: occurrence.period.start,
        periodEnd: occurrence.period.end,
        issueDate: occurrence.issueDate,
        selection: { kind: 'schedule', scheduleId: schedule.id, name: schedule.name },
        createdBy: `schedule: ${schedule.name}`,
        createdAt: now,
        scheduleId: schedule.id,
        scheduledFor: occurrence.dueAt,
        autoFinalize: schedule.autoFinalize,
      })
      .onConflictDoNothing()
      .returning();
    if (!run) return null;
    const total = await addAccountsToBillRun(tx, run.id, {
      within: audience ? audienceAccountIds(selectionOf(audience)) : null,
      cycle: schedule.cycle,
      billingDay: occurrence.billingDay,
    });
    await enqueueBillRun(tx, run.id);
    return setBillRunAccountsTotal(tx, run.id, total);
  });
}
