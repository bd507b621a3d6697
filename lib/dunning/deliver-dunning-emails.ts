import type { Db } from '../../db/client';
import {
  claimQueuedDunningDelivery,
  markInterruptedDunningSendsUnknown,
  suppressSettledDunningEmails,
  updateDunningDelivery,
} from '../../db/queries/dunning';
import type { DunningDeliveryRow } from '../../db/schema';
import { MailError, type Mailer } from '../email/mailer';
import { dunningMessageId, mailDomain } from '../email/message-id';
import { getEnv } from '../env';

/** Attempts before an email the server keeps refusing for now is given up. */
export const MAX_DUNNING_ATTEMPTS = 3;

/** Why an email that waited is not sent. */
export const SETTLED_REASON = 'Not sent: the invoice was settled before this email went out.';

export type DunningEmailOutcome = 'sent' | 'bounced' | 'failed' | 'unknown' | 'retry';

async function send(
  db: Db,
  delivery: DunningDeliveryRow,
  mailer: Mailer | null,
): Promise<DunningEmailOutcome> {
  const messageId = dunningMessageId(delivery.id, mailer?.domain ?? mailDomain(getEnv().MAIL_FROM));
  try {
    if (mailer)
      await mailer.send({
        to: delivery.recipient,
        subject: delivery.subject,
        text: delivery.body,
        messageId,
      });
    await updateDunningDelivery(db, delivery.id, {
      status: 'sent',
      transport: mailer ? 'smtp' : 'outbox',
      messageId,
      error: null,
      sentAt: new Date(),
    });
    return 'sent';
  } catch (error) {
    const message = (error as Error).message;
    const outcome = error instanceof MailError ? error.outcome : 'failed';
    if (outcome === 'bounced') {
      await updateDunningDelivery(db, delivery.id, { status: 'bounced', transport: 'smtp', error: message });
      return 'bounced';
    }
    if (outcome === 'unknown') {
      // The body went out and no reply came: the server may have it. Never retried.
      await updateDunningDelivery(db, delivery.id, {
        status: 'unknown',
        transport: 'smtp',
        error: `Outcome unknown: the message was sent but the mail server did not confirm it (${message}); not sent again so it is never sent twice.`,
      });
      return 'unknown';
    }
    // Queued again only when the server surely did not take it: a 4xx reply, or no conversation.
    const retry = outcome === 'temporary' && delivery.attempts < MAX_DUNNING_ATTEMPTS;
    await updateDunningDelivery(db, delivery.id, { status: retry ? 'queued' : 'failed', error: message });
    return retry ? 'retry' : 'failed';
  }
}

/**
 * Sends queued dunning emails one at a time, up to `limit`: each is claimed (`sending`, in its
 * own committed statement) before the mail server hears of it, so a retried job, or two
 * workers at once, never send one twice. Without a mailer they go to the outbox. An email
 * put back for a retry waits for the next pass (the job runs hourly); one whose invoice was
 * settled meanwhile is suppressed, not sent.
 */
export async function sendQueuedDunningEmails(
  db: Db,
  mailer: Mailer | null,
  options: { limit?: number } = {},
) {
  const tally: Record<DunningEmailOutcome | 'suppressed', number> = {
    sent: 0,
    bounced: 0,
    failed: 0,
    unknown: 0,
    retry: 0,
    suppressed: await suppressSettledDunningEmails(db, SETTLED_REASON),
  };
  const retried: string[] = [];
  for (let handled = 0; handled < (options.limit ?? 1000); handled++) {
    const delivery = await claimQueuedDunningDelivery(db, retried);
    if (!delivery) break;
    const outcome = await send(db, delivery, mailer);
    if (outcome === 'retry') retried.push(delivery.id);
    tally[outcome] += 1;
  }
  return tally;
}

/** What an email cut short by a crash is told, in its `error`. */
export const INTERRUPTED_DUNNING_REASON =
  'Outcome unknown: the sender stopped while handing this email to the mail server, so the server may or may not have it. Not sent again, so it is never sent twice.';

/**
 * Dunning emails a dead sender left `sending` since before `olderThan` (longer than any send
 * takes with the mailer's timeouts) become `unknown`: reported, never sent again.
 */
export async function reportInterruptedDunningEmails(db: Db, olderThan: Date): Promise<number> {
  return markInterruptedDunningSendsUnknown(db, olderThan, INTERRUPTED_DUNNING_REASON);
}
