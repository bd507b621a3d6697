import type { Db } from '../../db/client';
import { markBillingEmailBounced } from '../../db/queries/accounts';
import {
  claimQueuedDelivery,
  markInterruptedDeliveriesUnknown,
  updateDelivery,
} from '../../db/queries/deliveries';
import type { InvoiceDeliveryRow } from '../../db/schema';
import { MailError, type Mailer } from '../email/mailer';
import { invoiceMessageId, mailDomain } from '../email/message-id';
import { getEnv } from '../env';
import { composeInvoiceEmail, type InvoiceEmail } from './email-invoice';
import { loadInvoiceDocument } from './load-invoice-document';
import { renderInvoicePdf } from './pdf/render-invoice-pdf';

/** Attempts before a delivery the server keeps refusing for now (or that cannot be composed) is given up. */
export const MAX_DELIVERY_ATTEMPTS = 3;

export type DeliveryOutcome = 'sent' | 'bounced' | 'unknown' | 'failed' | 'retry' | 'skipped';

/** What a delivery cut short by a crash is told, in its `error`. */
export const INTERRUPTED_REASON =
  'Outcome unknown: the sender stopped while handing this email to the mail server, so the server may or may not have it. ' +
  'Not sent again automatically, so it is never sent twice; check the mail server’s log, then resend it if it did not go.';

/**
 * Sends one queued delivery: claims it (`sending`, the attempt counted, committed before the
 * SMTP conversation starts), renders the PDF, composes the email with its stable Message-ID
 * and hands it to the mail server (or, with no mailer configured, to the outbox). The outcome:
 * - `sent` once the server answered 250;
 * - `bounced` at once on a 5xx reply, the reply kept; the account's billing address is marked
 *   as bouncing when that is where it went;
 * - `unknown` when the body was sent and no reply came: reported, never sent again unless a
 *   person resends it (resendInvoiceEmail), with the same Message-ID;
 * - `retry` (queued again) on a 4xx reply, a connection that failed before the body was sent,
 *   or an email that could not be composed, up to MAX_DELIVERY_ATTEMPTS, then `failed`.
 * A process killed mid-send leaves the delivery `sending`; reportInterruptedInvoiceEmails
 * turns it into `unknown`. A delivery is claimed once, so it is never sent twice.
 */
export async function deliverInvoiceEmail(
  db: Db,
  deliveryId: string,
  mailer: Mailer | null,
): Promise<DeliveryOutcome> {
  const delivery = await claimQueuedDelivery(db, deliveryId);
  if (!delivery) return 'skipped';

  let email: InvoiceEmail;
  try {
    const document = await loadInvoiceDocument(db, delivery.invoiceId);
    if (!document) throw new Error('the invoice no longer exists');
    email = {
      ...composeInvoiceEmail(
        { ...document, account: { ...document.account, billingEmail: delivery.recipient } },
        await renderInvoicePdf(document),
      ),
      messageId:
        delivery.messageId ??
        invoiceMessageId(delivery.invoiceId, delivery.id, mailer?.domain ?? mailDomain(getEnv().MAIL_FROM)),
    };
    // Kept before the conversation, so a resend after a crash carries the same Message-ID.
    await updateDelivery(db, delivery.id, { subject: email.subject, messageId: email.messageId });
  } catch (error) {
    // Nothing reached a mail server: safe to try again.
    return retryOrFail(db, delivery, (error as Error).message);
  }

  try {
    if (mailer) await mailer.send(email);
  } catch (error) {
    const reason = (error as Error).message;
    const outcome = error instanceof MailError ? error.outcome : 'failed';
    if (outcome === 'temporary') return retryOrFail(db, delivery, reason);
    if (outcome === 'bounced') {
      await updateDelivery(db, delivery.id, { status: 'bounced', transport: 'smtp', error: reason });
      const reply = (error as MailError).response ?? reason;
      await markBillingEmailBounced(db, delivery.invoiceId, delivery.recipient, reply);
      return 'bounced';
    }
    if (outcome === 'unknown') {
      await updateDelivery(db, delivery.id, {
        status: 'unknown',
        transport: 'smtp',
        error: `Outcome unknown: the message was sent but the mail server did not confirm it (${reason}). Not sent again automatically; resend it if it did not arrive.`,
      });
      return 'unknown';
    }
    await updateDelivery(db, delivery.id, { status: 'failed', error: reason });
    return 'failed';
  }
  await updateDelivery(db, delivery.id, {
    status: 'sent',
    transport: mailer ? 'smtp' : 'outbox',
    error: null,
    sentAt: new Date(),
  });
  return 'sent';
}

/** Back in the queue for another attempt, or given up as failed after MAX_DELIVERY_ATTEMPTS. */
async function retryOrFail(db: Db, delivery: InvoiceDeliveryRow, reason: string): Promise<DeliveryOutcome> {
  const giveUp = delivery.attempts >= MAX_DELIVERY_ATTEMPTS;
  await updateDelivery(db, delivery.id, { status: giveUp ? 'failed' : 'queued', error: reason });
  return giveUp ? 'failed' : 'retry';
}

/**
 * Deliveries a sender left `sending` since before `olderThan` (it died mid-conversation)
 * become `unknown`, with INTERRUPTED_REASON: reported, not sent again. Returns how many.
 */
export async function reportInterruptedInvoiceEmails(db: Db, olderThan: Date): Promise<number> {
  return (await markInterruptedDeliveriesUnknown(db, olderThan, INTERRUPTED_REASON)).length;
}
