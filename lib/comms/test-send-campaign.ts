import { getCampaignDeliveryById, insertCampaignDelivery, updateCampaign } from '../../db/queries/comms';
import { authorize } from '../auth/permissions';
import { parseEmail } from '../auth/user-input';
import type { OperationContext } from '../context';
import type { Mailer } from '../email/mailer';
import { type UserError, userError } from '../errors';
import { enqueueProgramEvidenceRefresh } from '../jobs/program-evidence-jobs';
import { audienceAccounts } from './audience-accounts';
import { campaignMessageFor, loadCampaignParts } from './campaign-message';
import { deliverCampaignEmail } from './deliver-campaign-emails';
import type { CampaignDeliveryRow, CampaignRow } from './types';

type Result = { campaign: CampaignRow | null; userErrors: UserError[] };
const refuse = (
  field: string | null,
  message: string,
  code: UserError['code'] = 'INVALID_STATE',
): Result => ({
  campaign: null,
  userErrors: [userError(code, field ? ['input', field] : null, message)],
});

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
  const message = campaignMessageFor(parts.campaign, parts.version, account, parsed.email);
  const delivery = await insertCampaignDelivery(ctx.db, {
    campaignId: parts.campaign.id,
    accountId: account.id,
    channel: 'email',
    recipient: parsed.email,
    isTest: true,
    sendAfter: new Date(),
    subject: `[Test] ${message.subject}`,
    body: message.text,
  });
  const outcome = await deliverCampaignEmail(ctx.db, delivery.id, mailer);
  if (outcome !== 'sent') {
    const failed = await getCampaignDeliveryById(ctx.db, delivery.id);
    return {
      ...refuse('to', `The test was not sent: ${failed?.error ?? outcome}.`, 'INVALID'),
      delivery: failed ?? null,
    };
  }
  const campaign = await updateCampaign(ctx.db, parts.campaign.id, {
    testSentTo: parsed.email,
    testSentAt: new Date(),
  });
  await enqueueProgramEvidenceRefresh(ctx.db); // the campaigns check wants every campaign test-sent
  const sent = await getCampaignDeliveryById(ctx.db, delivery.id);
  return { campaign: campaign ?? parts.campaign, userErrors: [], delivery: sent ?? null };
}
