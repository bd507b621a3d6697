import type { Db } from '../../db/client';
import { getAudienceById, getCampaignById, getTemplateVersionById } from '../../db/queries/comms';
import { isUuid } from '../uuid';
import type { AudienceAccount } from './audience-accounts';
import { composeCampaignMessage } from './compose-campaign-message';
import { recipientValues, unsubscribeLink } from './recipient-values';
import type { CampaignRow, TemplateVersionRow } from './types';

/** A campaign with the template version and audience it was made with; null when there is no such campaign. */
export async function loadCampaignParts(db: Db, campaignId: string) {
  const campaign = isUuid(campaignId) ? await getCampaignById(db, campaignId) : null;
  if (!campaign) return null;
  const version = await getTemplateVersionById(db, campaign.templateVersionId);
  const audience = await getAudienceById(db, campaign.audienceId);
  if (!version || !audience) throw new Error(`campaign ${campaign.id} lost its template or audience`);
  return { campaign, version, audience };
}

/** The campaign's message as one account's recipient (an email address, or none) gets it. */
export function campaignMessageFor(
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
