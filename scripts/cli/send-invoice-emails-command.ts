import { getDeliveryById, listStaleQueuedDeliveryIds } from '../../db/queries/deliveries';
import type { OperationContext } from '../../lib/context';
import { mailerFromEnv } from '../../lib/email/mailer-from-env';
import { type DeliveryOutcome, deliverInvoiceEmail } from '../../lib/invoicing/deliver-invoice-email';

/**
 * `send-invoice-emails` sends every queued invoice email once, one line per message
 * ("sent ap@acme.example", "unknown …", "bounced …"), and a tally. Safe beside the server's
 * workers: each message is claimed before it is sent. An email left mid-send by a process
 * that died is not sent here; the server's sweep reports it as outcome unknown.
 */
export async function sendInvoiceEmailsCommand(ctx: OperationContext, json: boolean): Promise<number> {
  const mailer = mailerFromEnv();
  const tally: Record<DeliveryOutcome, number> = {
    sent: 0,
    bounced: 0,
    unknown: 0,
    failed: 0,
    retry: 0,
    skipped: 0,
  };
  for (const id of await listStaleQueuedDeliveryIds(ctx.db, new Date())) {
    const outcome = await deliverInvoiceEmail(ctx.db, id, mailer);
    tally[outcome] += 1;
    if (!json && outcome !== 'skipped')
      console.log(`${outcome} ${(await getDeliveryById(ctx.db, id))?.recipient ?? id}`);
  }
  console.log(
    json
      ? JSON.stringify(tally)
      : `${tally.sent} sent, ${tally.bounced} bounced, ${tally.unknown} outcome unknown, ${tally.failed} failed, ${tally.retry} to retry`,
  );
  return tally.failed + tally.unknown > 0 ? 1 : 0;
}
