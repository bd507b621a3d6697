import { getAudienceById, getTemplateVersionById, insertCampaign } from '../../db/queries/comms';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { isIsoDate } from '../dates';
import { getEnv } from '../env';
import { type UserError, userError } from '../errors';
import { enqueueProgramEvidenceRefresh } from '../jobs/program-evidence-jobs';
import { isUuid } from '../uuid';
import { audienceAccounts } from './audience-accounts';
import type { CampaignRow, CommsChannel } from './types';

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
  const version = isUuid(input.templateVersionId)
    ? await getTemplateVersionById(ctx.db, input.templateVersionId)
    : null;
  if (!version) return refuse('templateVersionId', 'No template version has this id.', 'NOT_FOUND');
  const audience = isUuid(input.audienceId) ? await getAudienceById(ctx.db, input.audienceId) : null;
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
  const campaign = await insertCampaign(ctx.db, {
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
  });
  await enqueueProgramEvidenceRefresh(ctx.db); // the campaigns check: a new campaign to a wave is not ready
  return { campaign, userErrors: [] };
}
