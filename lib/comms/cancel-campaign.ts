import { getCampaignById, updateCampaign, withdrawQueuedDeliveries } from '../../db/queries/comms';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { enqueueProgramEvidenceRefresh } from '../jobs/program-evidence-jobs';
import { isUuid } from '../uuid';
import type { CampaignRow } from './types';

type Result = { campaign: CampaignRow | null; userErrors: UserError[] };
const refuse = (field: string, message: string, code: UserError['code']): Result => ({
  campaign: null,
  userErrors: [userError(code, ['input', field], message)],
});

/**
 * Cancels a campaign not yet wholly sent: what is still queued is withdrawn (recorded as
 * failed with the reason); what went out already stays recorded.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function cancelCampaign(ctx: OperationContext, input: { campaignId: string }): Promise<Result> {
  authorize(ctx.actor, 'cancelCampaign');
  const campaign = isUuid(input.campaignId) ? await getCampaignById(ctx.db, input.campaignId) : null;
  if (!campaign) return refuse('campaignId', 'No campaign has this id.', 'NOT_FOUND');
  if (
    campaign.status === 'sent' ||
    campaign.status === 'sent_with_failures' ||
    campaign.status === 'cancelled'
  )
    return refuse(
      'campaignId',
      `The campaign is ${campaign.status.replaceAll('_', ' ')} already.`,
      'INVALID_STATE',
    );
  const updated = await ctx.db.transaction(async (tx) => {
    // Emails still waiting (a later local send time) are withdrawn, so the sender never sends them.
    await withdrawQueuedDeliveries(tx, campaign.id, 'withdrawn: the campaign was cancelled');
    const cancelled = await updateCampaign(tx, campaign.id, { status: 'cancelled' });
    await enqueueProgramEvidenceRefresh(tx); // the campaigns check leaves cancelled campaigns out
    return cancelled;
  });
  return { campaign: updated ?? campaign, userErrors: [] };
}
