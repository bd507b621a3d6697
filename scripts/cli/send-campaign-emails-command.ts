import {
  countSendsInFlight,
  INTERRUPTED_SEND_AFTER_MS,
  reportInterruptedSends,
  sendDueCampaignEmails,
} from '../../lib/comms/deliver-campaign-emails';
import type { OperationContext } from '../../lib/context';
import { mailerFromEnv } from '../../lib/email/mailer-from-env';

/**
 * `send-campaign-emails` sends every campaign email that is due, one line per message, and
 * a tally. Safe beside the server's workers: each message is claimed before it is sent.
 *
 * With the workers off this command is the only sender, so it also does their sweep: a
 * message a dead sender left mid-conversation for longer than any send takes is reported
 * as outcome unknown (never sent again), and messages still marked as being sent are
 * counted, so an interrupted run never reads as "0 failed". Exits 1 when any message failed
 * or has an unknown outcome.
 */
export async function sendCampaignEmailsCommand(ctx: OperationContext, json: boolean): Promise<number> {
  const interrupted = await reportInterruptedSends(ctx.db, new Date(Date.now() - INTERRUPTED_SEND_AFTER_MS));
  const tally = await sendDueCampaignEmails(ctx.db, mailerFromEnv(), {
    onDelivery: (delivery, outcome) => {
      if (!json) console.log(`${outcome} ${delivery.recipient}`);
    },
  });
  const inFlight = await countSendsInFlight(ctx.db);
  const unknown = tally.unknown + interrupted;
  if (json) console.log(JSON.stringify({ ...tally, interrupted, inFlight }));
  else {
    console.log(
      `${tally.sent} sent, ${tally.bounced} bounced, ${tally.failed} failed, ${unknown} outcome unknown, ${tally.retry} to retry`,
    );
    if (interrupted > 0)
      console.log(
        `${interrupted} message${interrupted === 1 ? ' was' : 's were'} interrupted mid-send by an earlier sender: reported as outcome unknown, not sent again (check the mail server's log).`,
      );
    if (inFlight > 0)
      console.log(
        `${inFlight} message${inFlight === 1 ? ' is' : 's are'} still marked as being sent by another sender; if none is running, ${inFlight === 1 ? 'it is' : 'they are'} reported as outcome unknown ${INTERRUPTED_SEND_AFTER_MS / 60_000} minutes after the send began.`,
      );
  }
  return tally.failed + unknown > 0 ? 1 : 0;
}
