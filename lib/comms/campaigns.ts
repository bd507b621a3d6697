import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { type CampaignRow, campaignApprovals, campaignDeliveries, campaigns } from '../../db/schema';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { isIsoDate } from '../dates';
import { getEnv } from '../env';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';
import { audienceAccounts, getAudience } from './audiences';
import { getTemplateVersion } from './templates';

export type CommsChannel = 'email' | 'portal' | 'in_app';
export const commsChannels: readonly CommsChannel[] = ['email', 'portal', 'in_app'];

export interface CreateCampaignInput {
  name: string;
  templateVersionId: string;
  audienceId: string;
  channels: readonly CommsChannel[];
  critical?: boolean | null;
  criticalReason?: string | null;
  /** Send on this day at `sendAtLocalTime` in each account's zone; at once when absent. */
  sendOn?: string | null;
  sendAtLocalTime?: string | null;
}

type Result = { campaign: CampaignRow | null; userErrors: UserError[] };
const refuse = (field: string | null, message: string, code: UserError['code'] = 'INVALID'): Result => ({
  campaign: null,
  userErrors: [userError(code, field ? ['input', field] : null, message)],
});

/**
 * A draft campaign: a template version to an audience over channels, at once or at a local
 * time. Above COMMS_SECOND_APPROVAL_ABOVE accounts it needs two approvers.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function createCampaign(ctx: OperationContext, input: CreateCampaignInput): Promise<Result> {
  authorize(ctx.actor, 'createCampaign');
  const name = input.name.trim();
  if (!name) return refuse('name', 'Name the campaign.', 'REQUIRED');
  const version = await getTemplateVersion(ctx.db, input.templateVersionId);
  if (!version) return refuse('templateVersionId', 'No template version has this id.', 'NOT_FOUND');
  const audience = await getAudience(ctx.db, input.audienceId);
  if (!audience) return refuse('audienceId', 'No audience has this id.', 'NOT_FOUND');
  const channels = [...new Set(input.channels)];
  if (channels.length === 0) return refuse('channels', 'Choose at least one channel.', 'REQUIRED');
  if (input.critical && !input.criticalReason?.trim())
    return refuse('criticalReason', 'Say why this message goes to people who unsubscribed.', 'REQUIRED');
  if (Boolean(input.sendOn) !== Boolean(input.sendAtLocalTime))
    return refuse('sendAtLocalTime', 'A scheduled send needs both the day and the local time.', 'REQUIRED');
  if (input.sendOn && !isIsoDate(input.sendOn)) return refuse('sendOn', 'A date like 2027-01-04.');
  if (input.sendAtLocalTime && !/^([01]\d|2[0-3]):[0-5]\d$/.test(input.sendAtLocalTime))
    return refuse('sendAtLocalTime', 'A time like 09:00.');

  const size = (await audienceAccounts(ctx.db, audience)).length;
  const [campaign] = await ctx.db
    .insert(campaigns)
    .values({
      name,
      templateVersionId: version.id,
      audienceId: audience.id,
      channels,
      critical: input.critical ?? false,
      criticalReason: input.critical ? (input.criticalReason?.trim() ?? null) : null,
      sendOn: input.sendOn ?? null,
      sendAtLocalTime: input.sendAtLocalTime ?? null,
      approvalsRequired: size > getEnv().COMMS_SECOND_APPROVAL_ABOVE ? 2 : 1,
      createdBy: actorLabel(ctx.actor),
      createdById: ctx.actor.kind === 'user' ? ctx.actor.user.id : null,
    })
    .returning();
  return { campaign: campaign ?? null, userErrors: [] };
}

export async function getCampaign(db: Db, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id));
  return row ?? null;
}

/**
 * Newest first. A promise, not drizzle's query builder: a builder runs its query each time it
 * is awaited, and a GraphQL resolver's result is awaited twice (Apollo's plugins, then graphql-js).
 */
export async function listCampaigns(db: Db): Promise<CampaignRow[]> {
  return db.select().from(campaigns).orderBy(desc(campaigns.createdAt));
}

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
    const [campaign] = isUuid(input.campaignId)
      ? await tx.select().from(campaigns).where(eq(campaigns.id, input.campaignId)).for('update')
      : [];
    if (!campaign) return refuse('campaignId', 'No campaign has this id.', 'NOT_FOUND');
    if (!['draft', 'awaiting_approval'].includes(campaign.status))
      return refuse(
        'campaignId',
        `The campaign is ${campaign.status.replaceAll('_', ' ')}.`,
        'INVALID_STATE',
      );
    if (campaign.createdById === user.id)
      return refuse('campaignId', 'Someone other than its author approves a campaign.', 'INVALID_STATE');
    const inserted = await tx
      .insert(campaignApprovals)
      .values({ campaignId: campaign.id, userId: user.id, approvedBy: actorLabel(ctx.actor) })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0)
      return refuse('campaignId', 'You have approved this campaign already.', 'INVALID_STATE');
    const [approvals] = await tx
      .select({ n: count() })
      .from(campaignApprovals)
      .where(eq(campaignApprovals.campaignId, campaign.id));
    const status = (approvals?.n ?? 0) >= campaign.approvalsRequired ? 'approved' : 'awaiting_approval';
    const [updated] = await tx
      .update(campaigns)
      .set({ status })
      .where(eq(campaigns.id, campaign.id))
      .returning();
    return { campaign: updated ?? campaign, userErrors: [] };
  });
}

/**
 * Cancels a campaign not yet wholly sent: what is still queued is withdrawn (recorded as
 * failed with the reason); what went out already stays recorded.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function cancelCampaign(ctx: OperationContext, input: { campaignId: string }): Promise<Result> {
  authorize(ctx.actor, 'cancelCampaign');
  const campaign = await getCampaign(ctx.db, input.campaignId);
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
    await tx
      .update(campaignDeliveries)
      .set({ status: 'failed', error: 'withdrawn: the campaign was cancelled', updatedAt: new Date() })
      .where(and(eq(campaignDeliveries.campaignId, campaign.id), eq(campaignDeliveries.status, 'queued')));
    const [row] = await tx
      .update(campaigns)
      .set({ status: 'cancelled' })
      .where(eq(campaigns.id, campaign.id))
      .returning();
    return row;
  });
  return { campaign: updated ?? campaign, userErrors: [] };
}
