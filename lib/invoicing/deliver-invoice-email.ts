import type { Db } from '../../db/client';
import { claimQueuedDelivery, updateDelivery } from '../../db/queries/deliveries';
import type { Mailer } from '../email/mailer';
import { composeInvoiceEmail } from './email-invoice';
import { loadInvoiceDocument } from './load-invoice-document';
import { renderInvoicePdf } from './pdf/render-invoice-pdf';

/** Attempts before a delivery is given up as failed. */
export const MAX_DELIVERY_ATTEMPTS = 3;

export type DeliveryOutcome = 'sent' | 'failed' | 'retry' | 'skipped';

/**
 * Sends one queued delivery: renders the PDF, composes the email and hands it to the mail
 * server (or, with no mailer configured, to the outbox), holding the delivery's row lock
 * until it is marked sent, so a job retried or run twice never sends it twice. A refused
 * send is retried up to MAX_DELIVERY_ATTEMPTS, then recorded as failed with the reason.
 */
export async function deliverInvoiceEmail(
  db: Db,
  deliveryId: string,
  mailer: Mailer | null,
): Promise<DeliveryOutcome> {
  return db.transaction(async (tx) => {
    const delivery = await claimQueuedDelivery(tx, deliveryId);
    if (!delivery) return 'skipped';
    const attempt = delivery.attempts + 1;
    try {
      const document = await loadInvoiceDocument(tx, delivery.invoiceId);
      if (!document) throw new Error('the invoice no longer exists');
      const email = composeInvoiceEmail(
        { ...document, account: { ...document.account, billingEmail: delivery.recipient } },
        await renderInvoicePdf(document),
      );
      const sent = mailer ? await mailer.send(email) : null;
      await updateDelivery(tx, delivery.id, {
        status: 'sent',
        transport: mailer ? 'smtp' : 'outbox',
        subject: email.subject,
        messageId: sent?.messageId ?? null,
        attempts: attempt,
        error: null,
        sentAt: new Date(),
      });
      return 'sent';
    } catch (error) {
      const giveUp = attempt >= MAX_DELIVERY_ATTEMPTS;
      await updateDelivery(tx, delivery.id, {
        status: giveUp ? 'failed' : 'queued',
        attempts: attempt,
        error: (error as Error).message,
      });
      return giveUp ? 'failed' : 'retry';
    }
  });
}
