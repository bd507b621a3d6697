import type { Db } from '../../db/client';
import { getBillRunById, markBillRunStep } from '../../db/queries/bill-runs';
import type { Mailer } from '../email/mailer';
import { deliverInvoiceEmails } from '../invoicing/deliver-invoice-emails';
import { cleanDraftsOf } from './draft-pickers';
import { finalizeDraftsOfRun } from './finalize-drafts-of-run';
import { runDraftChecks } from './run-draft-checks';

export interface FollowUpResult {
  clean: number;
  held: number;
  /** Drafts this call finalized (autopilot runs only). */
  finalized: number;
  /** Emails this call sent; the job queue sends any it did not get to. */
  sent: number;
}

/**
 * What follows a finished bill run, without a person: every draft is checked; a run its
 * schedule lets finalize has its clean drafts finalized (numbered, dated, frozen) and their
 * emails sent, while drafts with findings wait in the review queue. Each step is recorded on
 * the run when done, so a process killed anywhere resumes where it stopped (the sweep calls
 * this again): checks and finalizing pick up only what is left, and an email is claimed
 * before it is sent, so nothing goes out twice and nothing is skipped. Trusted server code.
 */
export async function followUpBillRun(
  db: Db,
  billRunId: string,
  mailer: Mailer | null,
  options: { emailConcurrency?: number } = {},
): Promise<FollowUpResult | null> {
  const run = await getBillRunById(db, billRunId);
  if (run?.status !== 'completed') return null;
  const { clean, held } = await runDraftChecks(db, run.id);
  if (!run.checkedAt) await markBillRunStep(db, run.id, 'checkedAt');
  if (!run.autoFinalize || run.cleanDraftsFinalizedAt) return { clean, held, finalized: 0, sent: 0 };
  const decidedBy = run.createdBy;
  const { finalized, deliveryIds } = await finalizeDraftsOfRun(
    db,
    run,
    cleanDraftsOf(run.id, decidedBy),
    decidedBy,
    {
      automatically: true,
    },
  );
  await markBillRunStep(db, run.id, 'cleanDraftsFinalizedAt');
  const outcomes = await deliverInvoiceEmails(db, deliveryIds, mailer, {
    concurrency: options.emailConcurrency,
  });
  return { clean, held, finalized, sent: outcomes.sent };
}
