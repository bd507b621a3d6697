import type { Db } from '../../db/client';
import { sendJob, sendJobs } from './queue';

export const INVOICE_EMAIL_QUEUE = 'invoice-email';

export interface InvoiceEmailJob {
  deliveryId: string;
}

/** Queues the sending of a delivery on the caller's transaction. */
export async function enqueueInvoiceEmail(tx: Db, deliveryId: string): Promise<void> {
  await sendJob(tx, INVOICE_EMAIL_QUEUE, { deliveryId } satisfies InvoiceEmailJob, {
    singletonKey: deliveryId,
  });
}

/** Queues the sending of many deliveries on the caller's transaction, in one statement. */
export async function enqueueInvoiceEmails(tx: Db, deliveryIds: readonly string[]): Promise<void> {
  await sendJobs(
    tx,
    deliveryIds.map((deliveryId) => ({
      name: INVOICE_EMAIL_QUEUE,
      data: { deliveryId } satisfies InvoiceEmailJob,
      singletonKey: deliveryId,
    })),
  );
}
