import { listRunsAwaitingFollowUp, listUnfinishedBillRuns } from '../../db/queries/bill-runs';
import { listStaleQueuedDeliveryIds } from '../../db/queries/deliveries';
import { followUpBillRun } from '../../lib/autopilot/follow-up-bill-run';
import { startDueScheduledRuns } from '../../lib/autopilot/start-due-scheduled-runs';
import type { OperationContext } from '../../lib/context';
import { mailerFromEnv } from '../../lib/email/mailer-from-env';
import { deliverInvoiceEmails } from '../../lib/invoicing/deliver-invoice-emails';
import { processBillRun } from '../../lib/invoicing/process-bill-run';

/**
 * `autopilot [--now <instant>]` does once what the server's workers do continuously: starts
 * the schedules' runs due by `now` (the clock can be moved for a dry rehearsal of a cycle),
 * finishes unfinished runs, checks their drafts, finalizes a schedule's clean drafts and
 * sends every queued invoice email. Killed anywhere and run again, it carries on: nothing is
 * billed, numbered or sent twice, and an email cut off mid-conversation is left for the
 * sweep to report (outcome unknown), never resent.
 */
export async function autopilotCommand(ctx: OperationContext, options: { now?: string; json: boolean }) {
  const now = options.now ? new Date(options.now) : new Date();
  if (Number.isNaN(now.getTime())) {
    console.error(`--now "${options.now}" is not an instant (e.g. 2027-01-01T12:00:00Z)`);
    return 2;
  }
  const mailer = mailerFromEnv();
  const started = await startDueScheduledRuns(ctx.db, now);
  for (const run of started)
    if (!options.json) console.log(`started ${run.createdBy}: ${run.periodStart}..${run.periodEnd}`);
  for (const { id } of await listUnfinishedBillRuns(ctx.db)) await processBillRun(ctx.db, id);
  const totals = { runsStarted: started.length, clean: 0, held: 0, finalized: 0, sent: 0 };
  for (const { id } of await listRunsAwaitingFollowUp(ctx.db)) {
    const result = await followUpBillRun(ctx.db, id, mailer);
    if (!result) continue;
    totals.clean += result.clean;
    totals.held += result.held;
    totals.finalized += result.finalized;
    totals.sent += result.sent;
  }
  // Emails queued before an earlier process stopped, and those of people's finalizing.
  const rest = await deliverInvoiceEmails(
    ctx.db,
    await listStaleQueuedDeliveryIds(ctx.db, new Date()),
    mailer,
  );
  totals.sent += rest.sent;
  console.log(
    options.json
      ? JSON.stringify(totals)
      : `${totals.runsStarted} runs started, ${totals.clean} drafts clean, ${totals.held} held for review, ${totals.finalized} finalized, ${totals.sent} emails sent`,
  );
  return 0;
}
