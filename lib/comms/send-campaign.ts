import {
  insertCampaignDeliveries,
  insertNotices,
  listUnsubscribedEmails,
  updateCampaign,
} from '../../db/queries/comms';
import { getOrganizationRow } from '../../db/queries/organization';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { enqueueCampaignEmails } from '../jobs/campaign-email-jobs';
import { enqueueProgramEvidenceRefresh } from '../jobs/program-evidence-jobs';
import { type AccountMissingValues, accountsMissingValuesOf } from './accounts-missing-values';
import { type AudienceAccount, audienceAccounts } from './audience-accounts';
import { campaignMessageFor, loadCampaignParts } from './campaign-message';
import { localSendInstant } from './local-send-time';
import { emailRecipients } from './recipient-values';
import { asPlaceholders } from './template-variables';
import type { CampaignRow } from './types';

type Result = { campaign: CampaignRow | null; userErrors: UserError[] };
const refuse = (
  field: string | null,
  message: string,
  code: UserError['code'] = 'INVALID_STATE',
): Result => ({
  campaign: null,
  userErrors: [userError(code, field ? ['input', field] : null, message)],
});

/** What a refused send says: how many accounts lack which values, naming the first few. */
function lackingValuesMessage(lacking: AccountMissingValues[]): string {
  const variables = [...new Set(lacking.flatMap((entry) => entry.variables))];
  const names = lacking.slice(0, 3).map((entry) => entry.account.name);
  const more = lacking.length > names.length ? ` and ${lacking.length - names.length} more` : '';
  return (
    `${lacking.length} account${lacking.length === 1 ? ' has' : 's have'} no value for ${asPlaceholders(variables)} ` +
    `(${names.join(', ')}${more}). Give them one (a wave sets the cutover dates) or send without them.`
  );
}

/**
 * Sends an approved, test-sent campaign: one delivery per recipient and channel, rendered
 * for that recipient, each to go out at the local send time in its account's zone. Portal
 * and in-app notices are posted at once; emails are left to the sender. Non-critical email
 * to an unsubscribed address is recorded as suppressed. Sending twice adds nothing.
 *
 * While a recipient lacks a value the template uses (an account in no wave has no cutover
 * date), the send waits: it is refused, naming them, unless `excludeAccountsMissingValues`
 * says to leave them out, when their deliveries are recorded as suppressed with the reason.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function sendCampaign(
  ctx: OperationContext,
  input: { campaignId: string; excludeAccountsMissingValues?: boolean | null },
): Promise<Result> {
  authorize(ctx.actor, 'sendCampaign');
  const parts = await loadCampaignParts(ctx.db, input.campaignId);
  if (!parts) return refuse('campaignId', 'No campaign has this id.', 'NOT_FOUND');
  const { campaign, version, audience } = parts;
  if (campaign.status !== 'approved')
    return refuse(
      'campaignId',
      campaign.status === 'sending' || campaign.status === 'sent' || campaign.status === 'sent_with_failures'
        ? 'The campaign is sent already.'
        : `The campaign needs ${campaign.approvalsRequired === 2 ? 'two approvals' : 'approval'} before it is sent.`,
    );
  if (!campaign.testSentAt) return refuse('campaignId', 'Send a test first, and read it.');

  const accounts = await audienceAccounts(ctx.db, audience);
  const lacking = accountsMissingValuesOf(version, accounts);
  if (lacking.length > 0 && !input.excludeAccountsMissingValues)
    return refuse('excludeAccountsMissingValues', lackingValuesMessage(lacking));
  const excluded = new Map(
    lacking.map(({ account, variables }) => [
      account.id,
      `left out: no value for ${asPlaceholders(variables)}`,
    ]),
  );
  const organization = await getOrganizationRow(ctx.db);
  const zone = organization?.timeZone ?? 'UTC';
  const now = new Date();
  const sendAfter = (account: AudienceAccount) =>
    campaign.sendOn && campaign.sendAtLocalTime
      ? localSendInstant(campaign.sendOn, campaign.sendAtLocalTime, account.timeZone, zone)
      : now;
  const allEmails = accounts.flatMap(emailRecipients);
  const unsubscribed = new Set(await listUnsubscribedEmails(ctx.db, allEmails));
  const channels = campaign.channels;
  const rows = accounts.flatMap((account) => [
    ...(channels.includes('email')
      ? emailRecipients(account).map((recipient) => {
          const message = campaignMessageFor(campaign, version, account, recipient);
          const why =
            excluded.get(account.id) ??
            (!campaign.critical && unsubscribed.has(recipient)
              ? 'unsubscribed from non-critical messages'
              : null);
          return {
            accountId: account.id,
            channel: 'email' as const,
            recipient,
            status: why ? ('suppressed' as const) : ('queued' as const),
            error: why,
            sendAfter: sendAfter(account),
            subject: message.subject,
            body: message.text,
          };
        })
      : []),
    ...(['portal', 'in_app'] as const)
      .filter((channel) => channels.includes(channel))
      .map((channel) => {
        const message = campaignMessageFor(campaign, version, account, null);
        const why = excluded.get(account.id) ?? null;
        return {
          accountId: account.id,
          channel,
          recipient: account.id,
          status: why ? ('suppressed' as const) : ('delivered' as const),
          error: why,
          sendAfter: now,
          subject: message.subject,
          body: message.text,
        };
      }),
  ]);

  const updated = await ctx.db.transaction(async (tx) => {
    // One statement, whatever the audience's size; a repeated send adds nothing.
    await insertCampaignDeliveries(tx, campaign.id, rows);
    await insertNotices(
      tx,
      rows
        .filter((row) => row.channel !== 'email' && row.status === 'delivered')
        .map((row) => ({
          accountId: row.accountId,
          campaignId: campaign.id,
          channel: row.channel,
          title: row.subject,
          body: row.body,
        })),
    );
    const queued = rows.filter((row) => row.status === 'queued');
    // A worker sends what is due now; each later local send time gets its own wake-up.
    for (const at of new Set(queued.map((row) => row.sendAfter.getTime())))
      await enqueueCampaignEmails(tx, at > now.getTime() ? new Date(at) : undefined);
    const sent = await updateCampaign(tx, campaign.id, {
      status: queued.length > 0 ? 'sending' : 'sent',
      sentAt: now,
    });
    await enqueueProgramEvidenceRefresh(tx); // the campaigns check
    return sent;
  });
  return { campaign: updated ?? campaign, userErrors: [] };
}
