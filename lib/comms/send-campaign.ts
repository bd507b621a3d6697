import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { AudienceAccount } from '../../db/queries/audiences';
import { getOrganizationRow } from '../../db/queries/organization';
import {
  type CampaignDeliveryRow,
  type CampaignRow,
  campaignDeliveries,
  campaigns,
  notices,
  type TemplateVersionRow,
  unsubscribes,
} from '../../db/schema';
import { authorize } from '../auth/permissions';
import { parseEmail } from '../auth/user-input';
import type { OperationContext } from '../context';
import type { Mailer } from '../email/mailer';
import { type UserError, userError } from '../errors';
import { enqueueCampaignEmails } from '../jobs/campaign-email-jobs';
import { type AccountMissingValues, accountsMissingValuesOf } from './accounts-missing-values';
import { audienceAccounts, getAudience } from './audiences';
import { getCampaign } from './campaigns';
import { composeCampaignMessage } from './compose-campaign-message';
import { deliverCampaignEmail } from './deliver-campaign-emails';
import { localSendInstant } from './local-send-time';
import { emailRecipients, recipientValues, unsubscribeLink } from './recipient-values';
import { asPlaceholders } from './template-variables';
import { getTemplateVersion } from './templates';

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

async function loadCampaignParts(db: Db, campaignId: string) {
  const campaign = await getCampaign(db, campaignId);
  if (!campaign) return null;
  const version = await getTemplateVersion(db, campaign.templateVersionId);
  const audience = await getAudience(db, campaign.audienceId);
  if (!version || !audience) throw new Error(`campaign ${campaign.id} lost its template or audience`);
  return { campaign, version, audience };
}

function messageFor(
  campaign: CampaignRow,
  version: TemplateVersionRow,
  account: AudienceAccount,
  recipient: string | null,
) {
  return composeCampaignMessage(
    version,
    recipientValues(account),
    campaign.critical
      ? { critical: true, reason: campaign.criticalReason ?? 'it concerns your service' }
      : { critical: false, unsubscribeLink: recipient ? unsubscribeLink(recipient) : null },
  );
}

/**
 * Sends the campaign's message, as its first account would get it, to one address (a
 * colleague) before the real send, and records it. Needed before the campaign is sent.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function testSendCampaign(
  ctx: OperationContext,
  input: { campaignId: string; to: string },
  mailer: Mailer | null,
): Promise<Result & { delivery: CampaignDeliveryRow | null }> {
  authorize(ctx.actor, 'testSendCampaign');
  const none = { delivery: null };
  const parts = await loadCampaignParts(ctx.db, input.campaignId);
  if (!parts) return { ...refuse('campaignId', 'No campaign has this id.', 'NOT_FOUND'), ...none };
  const parsed = parseEmail(input.to, ['input', 'to']);
  if ('error' in parsed) return { campaign: null, userErrors: [parsed.error], ...none };
  const [account] = await audienceAccounts(ctx.db, parts.audience);
  if (!account)
    return { ...refuse('campaignId', 'The audience has no account to preview the message with.'), ...none };
  const message = messageFor(parts.campaign, parts.version, account, parsed.email);
  const [delivery] = await ctx.db
    .insert(campaignDeliveries)
    .values({
      campaignId: parts.campaign.id,
      accountId: account.id,
      channel: 'email',
      recipient: parsed.email,
      isTest: true,
      sendAfter: new Date(),
      subject: `[Test] ${message.subject}`,
      body: message.text,
    })
    .returning();
  if (!delivery) throw new Error('testSendCampaign: no row');
  const outcome = await deliverCampaignEmail(ctx.db, delivery.id, mailer);
  if (outcome !== 'sent') {
    const [failed] = await ctx.db
      .select()
      .from(campaignDeliveries)
      .where(eq(campaignDeliveries.id, delivery.id));
    return {
      ...refuse('to', `The test was not sent: ${failed?.error ?? outcome}.`, 'INVALID'),
      delivery: failed ?? null,
    };
  }
  const [campaign] = await ctx.db
    .update(campaigns)
    .set({ testSentTo: parsed.email, testSentAt: new Date() })
    .where(eq(campaigns.id, parts.campaign.id))
    .returning();
  const [sent] = await ctx.db.select().from(campaignDeliveries).where(eq(campaignDeliveries.id, delivery.id));
  return { campaign: campaign ?? parts.campaign, userErrors: [], delivery: sent ?? null };
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
  const unsubscribed = new Set(
    allEmails.length === 0
      ? []
      : (await ctx.db.select().from(unsubscribes).where(inArray(unsubscribes.email, allEmails))).map(
          (row) => row.email,
        ),
  );
  const channels = campaign.channels;
  const rows = accounts.flatMap((account) => [
    ...(channels.includes('email')
      ? emailRecipients(account).map((recipient) => {
          const message = messageFor(campaign, version, account, recipient);
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
        const message = messageFor(campaign, version, account, null);
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
    if (rows.length > 0) {
      // One statement, whatever the audience's size; ON CONFLICT makes a repeated send add nothing.
      await tx.execute(sql`
        insert into ${campaignDeliveries} (campaign_id, account_id, channel, recipient, status, error, send_after, subject, body, sent_at)
        select ${campaign.id}::uuid, r."accountId", r.channel::comms_channel, r.recipient, r.status::comms_delivery_status,
          r.error, r."sendAfter", r.subject, r.body, case when r.status = 'delivered' then now() end
        from json_to_recordset(${JSON.stringify(rows)}::json) as r("accountId" uuid, channel text, recipient text,
          status text, error text, "sendAfter" timestamptz, subject text, body text)
        on conflict (campaign_id, account_id, channel, recipient) where not is_test do nothing`);
      const noticeRows = rows.filter((row) => row.channel !== 'email' && row.status === 'delivered');
      if (noticeRows.length > 0)
        await tx.insert(notices).values(
          noticeRows.map((row) => ({
            accountId: row.accountId,
            campaignId: campaign.id,
            channel: row.channel,
            title: row.subject,
            body: row.body,
          })),
        );
    }
    const queued = rows.filter((row) => row.status === 'queued');
    // A worker sends what is due now; each later local send time gets its own wake-up.
    for (const at of new Set(queued.map((row) => row.sendAfter.getTime())))
      await enqueueCampaignEmails(tx, at > now.getTime() ? new Date(at) : undefined);
    const [row] = await tx
      .update(campaigns)
      .set({ status: queued.length > 0 ? 'sending' : 'sent', sentAt: now })
      .where(eq(campaigns.id, campaign.id))
      .returning();
    return row;
  });
  return { campaign: updated ?? campaign, userErrors: [] };
}
