import type { Db } from '../../db/client';
import type { Mailer } from '../email/mailer';
import { type DeliveryOutcome, deliverInvoiceEmail } from './deliver-invoice-email';

/**
 * Sends many queued deliveries, `concurrency` at a time (each its own claim, PDF and SMTP
 * conversation, as deliverInvoiceEmail does one), and counts the outcomes. A delivery another
 * sender claimed first counts as `skipped`: never sent twice.
 */
export async function deliverInvoiceEmails(
  db: Db,
  deliveryIds: readonly string[],
  mailer: Mailer | null,
  options: { concurrency?: number } = {},
): Promise<Record<DeliveryOutcome, number>> {
  const counts: Record<DeliveryOutcome, number> = {
    sent: 0,
    bounced: 0,
    unknown: 0,
    failed: 0,
    retry: 0,
    skipped: 0,
  };
  let next = 0;
  const lane = async () => {
    while (next < deliveryIds.length) {
      const id = deliveryIds[next++] as string;
      counts[await deliverInvoiceEmail(db, id, mailer)] += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, lane));
  return counts;
}
