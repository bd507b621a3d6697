import type { Db } from '../../db/client';
import { sendJob } from './queue';

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
