import PgBoss from 'pg-boss';
import type { Database } from '../../db/client';
import { listRunsAwaitingFollowUp, listUnfinishedBillRuns } from '../../db/queries/bill-runs';
import { listStaleQueuedDeliveryIds } from '../../db/queries/deliveries';
import { followUpBillRun } from '../autopilot/follow-up-bill-run';
import { lateBySeconds } from '../autopilot/late-by';
import { startDueScheduledRuns } from '../autopilot/start-due-scheduled-runs';
import { reportInterruptedSends, sendDueCampaignEmails } from '../comms/deliver-campaign-emails';
import { reportInterruptedDunningEmails, sendQueuedDunningEmails } from '../dunning/deliver-dunning-emails';
import { mailerFromEnv } from '../email/mailer-from-env';
import { deliverInvoiceEmail, reportInterruptedInvoiceEmails } from '../invoicing/deliver-invoice-email';
import { processBillRun } from '../invoicing/process-bill-run';
import { runDunning } from '../payments/run-dunning';
import { recomputeEvidenceOfAllPrograms } from '../program/evidence/recompute-evidence-of-all-programs';
import { BILL_RUN_QUEUE, type BillRunJob } from './bill-run-jobs';
import { CAMPAIGN_EMAIL_QUEUE } from './campaign-email-jobs';
import { INVOICE_EMAIL_QUEUE, type InvoiceEmailJob } from './invoice-email-jobs';
import { enqueueProgramEvidenceRefresh, PROGRAM_EVIDENCE_QUEUE } from './program-evidence-jobs';
import { QUEUE_SCHEMA, rootQueueDb } from './queue';

const SWEEP_QUEUE = 'bill-run-sweep';
const SCHEDULE_QUEUE = 'billing-schedules';
const DUNNING_QUEUE = 'dunning';

export interface JobWorkers {
  boss: PgBoss;
  /** Resolves when the runs found unfinished at start-up have been worked through. */
  resumed: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the job queue in this process: installs or upgrades pg-boss's tables, works bill
 * runs as they are queued, and resumes the runs a previous process left unfinished (killed
 * mid-run, or created where no worker was running), then sweeps for such runs every minute;
 * sends invoice emails; runs dunning hourly; recomputes the programs' evidence after
 * the writes it reads, and once at start for those made where no worker ran (the CLI).
 * Processing a run is idempotent and shared safely between workers, so a run picked up
 * twice is simply finished sooner.
 */
export async function startJobWorkers(
  database: Database,
  options: { pollingIntervalSeconds?: number; log?: (message: string) => void } = {},
): Promise<JobWorkers> {
  const log = options.log ?? ((message: string) => console.log(`[jobs] ${message}`));
  const boss = new PgBoss({
    db: rootQueueDb(database),
    schema: QUEUE_SCHEMA,
    migrate: true,
    supervise: true,
    schedule: true,
  });
  boss.on('error', (error) => log(`queue error: ${error.message}`));
  await boss.start();
  for (const name of [
    BILL_RUN_QUEUE,
    SWEEP_QUEUE,
    SCHEDULE_QUEUE,
    DUNNING_QUEUE,
    INVOICE_EMAIL_QUEUE,
    CAMPAIGN_EMAIL_QUEUE,
  ]) {
    if (!(await boss.getQueue(name)))
      await boss.createQueue(name, { name, retryLimit: 3, retryDelay: 30, expireInSeconds: 6 * 3600 });
  }
  // `short`: at most one refresh waits at a time; writes while it waits join it.
  if (!(await boss.getQueue(PROGRAM_EVIDENCE_QUEUE)))
    await boss.createQueue(PROGRAM_EVIDENCE_QUEUE, {
      name: PROGRAM_EVIDENCE_QUEUE,
      policy: 'short',
      retryLimit: 3,
      retryDelay: 30,
      expireInSeconds: 15 * 60,
    });
  const workOptions = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  const mailer = mailerFromEnv();
  // A finished run's drafts are checked, and a schedule's clean drafts finalized and sent.
  const followUp = async (billRunId: string) => {
    const result = await followUpBillRun(database.db, billRunId, mailer);
    if (result)
      log(
        `bill run ${billRunId}: ${result.clean} clean, ${result.held} held for review, ${result.finalized} finalized, ${result.sent} emailed`,
      );
  };
  await boss.work<BillRunJob>(BILL_RUN_QUEUE, workOptions, async (jobs) => {
    for (const job of jobs) {
      await processBillRun(database.db, job.data.billRunId);
      await followUp(job.data.billRunId);
    }
  });
  const deliver = async (deliveryId: string) => {
    const outcome = await deliverInvoiceEmail(database.db, deliveryId, mailer);
    // A send refused for now stays queued: pg-boss retries the job after its delay.
    if (outcome === 'retry') throw new Error(`invoice delivery ${deliveryId} failed; retrying`);
    if (outcome === 'unknown' || outcome === 'bounced')
      log(
        `invoice delivery ${deliveryId}: ${outcome === 'unknown' ? 'outcome unknown, not retried' : 'bounced'}`,
      );
  };
  await boss.work<InvoiceEmailJob>(INVOICE_EMAIL_QUEUE, workOptions, async (jobs) => {
    for (const job of jobs) await deliver(job.data.deliveryId);
  });
  const sendCampaignEmails = async () => {
    const sent = await sendDueCampaignEmails(database.db, mailer);
    if (sent.sent + sent.bounced + sent.failed > 0)
      log(`campaign emails: ${sent.sent} sent, ${sent.bounced} bounced, ${sent.failed} failed`);
  };
  await boss.work(CAMPAIGN_EMAIL_QUEUE, workOptions, sendCampaignEmails);
  const resumeUnfinished = async () => {
    for (const { id } of await listUnfinishedBillRuns(database.db)) {
      log(`resuming bill run ${id}`);
      await processBillRun(database.db, id);
    }
    for (const { id } of await listRunsAwaitingFollowUp(database.db)) await followUp(id);
    // Invoice emails a dead process left mid-conversation: the server may have them, so they
    // are reported (outcome unknown) for a person to resend, never sent again here.
    const unknown = await reportInterruptedInvoiceEmails(database.db, new Date(Date.now() - 10 * 60_000));
    if (unknown > 0) log(`${unknown} invoice emails were interrupted mid-send; marked outcome unknown`);
    // Deliveries queued where no worker ran, or whose job was lost; claiming makes a second send impossible.
    for (const id of await listStaleQueuedDeliveryIds(database.db, new Date(Date.now() - 60_000)))
      await deliverInvoiceEmail(database.db, id, mailer);
    // Campaign emails whose local send time has come; sends cut short by a crash are reported, never repeated.
    const interrupted = await reportInterruptedSends(database.db, new Date(Date.now() - 10 * 60_000));
    if (interrupted > 0) log(`${interrupted} campaign emails were interrupted mid-send; marked failed`);
    await sendCampaignEmails();
  };
  await boss.work(SWEEP_QUEUE, workOptions, resumeUnfinished);
  await boss.schedule(SWEEP_QUEUE, '* * * * *');
  // Billing schedules are looked at every minute; a due moment missed while no server ran is
  // started at the first look after, once (see startDueScheduledRuns).
  const startScheduledRuns = async () => {
    for (const run of await startDueScheduledRuns(database.db)) {
      const late = lateBySeconds(run);
      log(
        `scheduled bill run ${run.id} (${run.createdBy}) for ${run.periodStart}..${run.periodEnd}${late === null ? '' : `, ${Math.round(late / 60)} min late`}`,
      );
    }
  };
  await boss.work(SCHEDULE_QUEUE, workOptions, startScheduledRuns);
  await boss.schedule(SCHEDULE_QUEUE, '* * * * *');
  // Dunning hourly: each pass acts for the accounts where it is daytime (lib/dunning/dunning-daytime.ts),
  // then sends the emails it queued; each email is claimed first, so a retried job never sends one twice.
  await boss.work(DUNNING_QUEUE, workOptions, async () => {
    const result = await runDunning(database.db, { now: new Date() });
    await reportInterruptedDunningEmails(database.db, new Date(Date.now() - 10 * 60_000));
    const emails = await sendQueuedDunningEmails(database.db, mailer);
    log(
      `dunning: ${result.recorded.length} steps, ${result.suspendedAccountIds.length} suspended, ${emails.sent} emails sent, ${emails.failed + emails.bounced + emails.unknown} not`,
    );
  });
  await boss.schedule(DUNNING_QUEUE, '0 * * * *');
  await boss.work(PROGRAM_EVIDENCE_QUEUE, workOptions, async () => {
    await recomputeEvidenceOfAllPrograms(database.db);
  });
  await enqueueProgramEvidenceRefresh(database.db);
  const resumed = startScheduledRuns()
    .then(resumeUnfinished)
    .catch((error: Error) => log(`resume failed: ${error.message}`));
  return {
    boss,
    resumed,
    async stop() {
      await boss.stop({ graceful: true, close: false, timeout: 5000 });
    },
  };
}
