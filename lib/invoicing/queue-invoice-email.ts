import type { Db } from '../../db/client';
import { insertDelivery } from '../../db/queries/deliveries';
import type { InvoiceDeliveryRow } from '../../db/schema';
import { enqueueInvoiceEmail } from '../jobs/invoice-email-jobs';

/** Records an email delivery as queued and queues its job, both in the caller's transaction. */
export async function queueInvoiceEmail(
  tx: Db,
  delivery: { invoiceId: string; recipient: string; requestedBy: string },
): Promise<InvoiceDeliveryRow> {
  const row = await insertDelivery(tx, delivery);
  await enqueueInvoiceEmail(tx, row.id);
  return row;
}
