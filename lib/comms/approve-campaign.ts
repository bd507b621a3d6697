import {
  countCampaignApprovals,
  insertCampaignApproval,
  lockCampaign,
  updateCampaign,
} from '../../db/queries/comms';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { enqueueProgramEvidenceRefresh } from '../jobs/program-evidence-jobs';
import { isUuid } from '../uuid';
import type { CampaignRow } from './types';

type Result = { campaign: CampaignRow | null; userErrors: UserError[] };
const refuse = (field: string | null, message: string, code: UserError['code']): Result => ({
  campaign: null,
  userErrors: [userError(code, field ? ['input', field] : null, message)],
});

/**
 * Approves a campaign waiting for approval (or a draft, which it submits). The approver is a
 * signed-in person other than its author; each approves once. Approved once enough have.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function approveCampaign(ctx: OperationContext, input: { campaignId: string }): Promise<Result> {
  authorize(ctx.actor, 'approveCampaign');
  if (ctx.actor.kind !== 'user')
    return refuse(null, 'Campaigns are approved by people, signed in.', 'INVALID_STATE');
  const user = ctx.actor.user;
  return ctx.db.transaction(async (tx) => {
    const campaign = isUuid(input.campaignId) ? await lockCampaign(tx, input.campaignId) : null;
    if (!campaign) return refuse('campaignId', 'No campaign has this id.', 'NOT_FOUND');
    if (!['draft', 'awaiting_approval'].includes(campaign.status))
      return refuse(
        'campaignId',
        `The campaign is ${campaign.status.replaceAll('_', ' ')}.`,
        'INVALID_STATE',
      );
    if (campaign.createdById === user.id)
      return refuse('campaignId', 'Someone other than its author approves a campaign.', 'INVALID_STATE');
    const isNew = await insertCampaignApproval(tx, {
      campaignId: campaign.id,
      userId: user.id,
      approvedBy: actorLabel(ctx.actor),
    });
    if (!isNew) return refuse('campaignId', 'You have approved this campaign already.', 'INVALID_STATE');
    const approvals = await countCampaignApprovals(tx, campaign.id);
    const status = approvals >= campaign.approvalsRequired ? 'approved' : 'awaiting_approval';
    const updated = await updateCampaign(tx, campaign.id, { status });
    await enqueueProgramEvidenceRefresh(tx); // the campaigns check
    return { campaign: updated ?? campaign, userErrors: [] };
  });
}
