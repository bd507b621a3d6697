import type { Db } from '../../db/client';
import type { Mailer } from '../email/mailer';
import { type DeliveryOutcome, deliverInvoiceEmail } from './deliver-invoice-email';

/**
 * SMTP conversations at once unless told. Each message is its own connection (see
 * createMailer), and a conversation is mostly waiting: on loopback about 150 ms, most of it
 * the server's greeting pause, while the CPU work (PDF, MIME, queries) is ~12 ms. 16 keep a
 * core busy (bench:autopilot: 58 emails/s, against 22 at 4) and stay well under the per-client
 * connection limits mail servers set (Postfix: 50).
 */
export const DEFAULT_EMAIL_CONCURRENCY = 16;

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
  await Promise.all(
    Array.from({ length: Math.max(1, options.concurrency ?? DEFAULT_EMAIL_CONCURRENCY) }, lane),
  );
  return counts;
}
