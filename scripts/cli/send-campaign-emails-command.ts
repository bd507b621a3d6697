import { sendDueCampaignEmails } from '../../lib/comms/deliver-campaign-emails';
import type { OperationContext } from '../../lib/context';
import { mailerFromEnv } from '../../lib/email/mailer-from-env';

/**
 * `send-campaign-emails` sends every campaign email that is due, one line per message, and
 * a tally. Safe beside the server's workers: each message is claimed before it is sent.
 */
export async function sendCampaignEmailsCommand(ctx: OperationContext, json: boolean): Promise<number> {
  const tally = await sendDueCampaignEmails(ctx.db, mailerFromEnv(), {
    onDelivery: (delivery, outcome) => {
      if (!json) console.log(`${outcome} ${delivery.recipient}`);
    },
  });
  console.log(
    json
      ? JSON.stringify(tally)
      : `${tally.sent} sent, ${tally.bounced} bounced, ${tally.failed} failed, ${tally.retry} to retry`,
  );
  return tally.failed > 0 ? 1 : 0;
}
