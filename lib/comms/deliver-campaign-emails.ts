import type { Db } from '../../db/client';
import {
  claimDueCampaignDelivery,
  countCampaignSendsInFlight,
  finishSentCampaigns,
  getDeliveryWithCriticality,
  markInterruptedCampaignSendsUnknown,
  type NewCampaignDelivery,
  updateCampaignDelivery,
} from '../../db/queries/comms';
import { MailError, type Mailer } from '../email/mailer';
import { campaignMessageId } from '../email/message-id';
import { enqueueProgramEvidenceRefresh } from '../jobs/program-evidence-jobs';
import { listUnsubscribeHeaders } from './recipient-values';
import type { CampaignDeliveryRow } from './types';

/** Attempts before a delivery the server keeps refusing for now is given up. */
export const MAX_CAMPAIGN_ATTEMPTS = 3;

export type CampaignDeliveryOutcome = 'sent' | 'bounced' | 'failed' | 'unknown' | 'retry' | 'skipped';

/** A delivery being sent, and whether its campaign goes even to unsubscribed addresses. */
interface ClaimedDelivery {
  delivery: CampaignDeliveryRow;
  critical: boolean;
}

/**
 * Marks one due, queued delivery as being sent, in its own committed statement, and returns
 * it (the sender loop leaves test sends to the person sending them, who waits for the
 * outcome). From then on it is never claimed again: if the process dies before the outcome is
 * written, the delivery stays `sending` and is reported, not re-sent (a customer must never
 * get a message twice).
 */
async function claim(db: Db, deliveryId: string | null): Promise<ClaimedDelivery | null> {
  const claimedId = await claimDueCampaignDelivery(db, deliveryId);
  return claimedId ? getDeliveryWithCriticality(db, claimedId) : null;
}

async function record(db: Db, id: string, fields: Partial<NewCampaignDelivery>) {
  await updateCampaignDelivery(db, id, fields);
}

async function send(
  db: Db,
  { delivery, critical }: ClaimedDelivery,
  mailer: Mailer | null,
): Promise<CampaignDeliveryOutcome> {
  try {
    const sent = mailer
      ? await mailer.send({
          to: delivery.recipient,
          subject: delivery.subject ?? '',
          text: delivery.body ?? '',
          // The same on every attempt, on the sender's domain: a receiving system can drop a copy.
          messageId: campaignMessageId(delivery.id, mailer.domain),
          // Derived from the recipient, as the link in the body was: the token signs the address.
          // Critical mail goes even to unsubscribed addresses, so it offers no unsubscribe.
          headers: critical ? undefined : listUnsubscribeHeaders(delivery.recipient),
        })
      : null;
    await record(db, delivery.id, {
      status: 'sent',
      transport: mailer ? 'smtp' : 'outbox',
      messageId: sent?.messageId ?? null,
      error: null,
      sentAt: new Date(),
    });
    return 'sent';
  } catch (error) {
    const message = (error as Error).message;
    const outcome = error instanceof MailError ? error.outcome : 'failed';
    if (outcome === 'bounced') {
      await record(db, delivery.id, { status: 'bounced', error: message });
      return 'bounced';
    }
    if (outcome === 'unknown') {
      // The body went out and no reply came: the server may have stored it. Never retried.
      await record(db, delivery.id, {
        status: 'unknown',
        error: `Outcome unknown: the message was sent but the mail server did not confirm it (${message}); not sent again so it is never sent twice (check the mail server's log).`,
      });
      return 'unknown';
    }
    // Retried only when the server surely did not take it: a 4xx reply, or no conversation.
    const retry = outcome === 'temporary' && delivery.attempts < MAX_CAMPAIGN_ATTEMPTS;
    await record(db, delivery.id, { status: retry ? 'queued' : 'failed', error: message });
    return retry ? 'retry' : 'failed';
  }
}

/** Sends one delivery if it is queued and due (a test send, or a retried job). */
export async function deliverCampaignEmail(db: Db, deliveryId: string, mailer: Mailer | null) {
  const claimed = await claim(db, deliveryId);
  return claimed ? send(db, claimed, mailer) : 'skipped';
}

/**
 * Sends every due campaign email, one at a time, up to `limit`, then marks campaigns with
 * nothing left to send as sent. Safe to run in several processes at once.
 */
export async function sendDueCampaignEmails(
  db: Db,
  mailer: Mailer | null,
  options: {
    limit?: number;
    onDelivery?: (delivery: CampaignDeliveryRow, outcome: CampaignDeliveryOutcome) => void;
  } = {},
) {
  const tally: Record<CampaignDeliveryOutcome, number> = {
    sent: 0,
    bounced: 0,
    failed: 0,
    unknown: 0,
    retry: 0,
    skipped: 0,
  };
  for (let handled = 0; handled < (options.limit ?? 1000); handled++) {
    const claimed = await claim(db, null);
    if (!claimed) break;
    const outcome = await send(db, claimed, mailer);
    tally[outcome] += 1;
    options.onDelivery?.(claimed.delivery, outcome);
  }
  // Campaigns with nothing left to send become sent, or sent with failures: never "sent" over failures.
  if ((await finishSentCampaigns(db)) > 0) await enqueueProgramEvidenceRefresh(db); // the campaigns check
  return tally;
}

/**
 * Longer than any one send can take with the mailer's timeouts (15 s to connect, 15 s for the
 * greeting, 60 s of silence per step): a delivery `sending` for this long lost its sender.
 */
export const INTERRUPTED_SEND_AFTER_MS = 10 * 60_000;

/**
 * Deliveries left `sending` by a process that died mid-send: whether the mail server took
 * them is unknown, so they are marked so, with the reason, rather than sent again; their
 * campaigns are finished (sent with failures) when nothing else is left to send.
 */
export async function reportInterruptedSends(db: Db, olderThan: Date): Promise<number> {
  const count = await markInterruptedCampaignSendsUnknown(db, olderThan);
  if (count > 0 && (await finishSentCampaigns(db)) > 0) await enqueueProgramEvidenceRefresh(db);
  return count;
}

/** Deliveries claimed by a sender that is still at it, or that died less than INTERRUPTED_SEND_AFTER_MS ago. */
export async function countSendsInFlight(db: Db): Promise<number> {
  return countCampaignSendsInFlight(db);
}
