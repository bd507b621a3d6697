import { getAudienceById, getTemplateVersionById } from '../../db/queries/comms';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { audienceAccounts } from './audience-accounts';
import { composeCampaignMessage } from './compose-campaign-message';
import {
  emailRecipients,
  recipientValues,
  unsubscribeLink,
  withoutUnsubscribeTokens,
} from './recipient-values';
import { missingVariables, type TemplateVariable } from './template-variables';
import type { CampaignRow } from './types';

export interface RenderedMessageModel {
  accountId: string;
  subject: string;
  body: string;
  /** Variables this account has no value for; they stay as {{name}} in the preview. */
  missingVariables: TemplateVariable[];
}

/**
 * The campaign's message as the audience's first accounts get it (by email when they have an
 * address), with unsubscribe tokens hidden: at most `first` of them (up to 50, 3 when not given).
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function previewCampaign(
  { db, actor }: OperationContext,
  campaign: CampaignRow,
  first?: number | null,
): Promise<RenderedMessageModel[]> {
  authorize(actor, 'campaign');
  const [version, audience] = await Promise.all([
    getTemplateVersionById(db, campaign.templateVersionId),
    getAudienceById(db, campaign.audienceId),
  ]);
  if (!version || !audience) return [];
  const accounts = (await audienceAccounts(db, audience)).slice(0, Math.max(0, Math.min(first ?? 3, 50)));
  return accounts.map((account) => {
    const recipient = emailRecipients(account)[0] ?? null;
    const values = recipientValues(account);
    const message = composeCampaignMessage(
      version,
      values,
      campaign.critical
        ? { critical: true, reason: campaign.criticalReason ?? '' }
        : { critical: false, unsubscribeLink: recipient ? unsubscribeLink(recipient) : null },
    );
    return {
      accountId: account.id,
      subject: message.subject,
      body: withoutUnsubscribeTokens(message.text),
      missingVariables: missingVariables([version.subject, version.body], values),
    };
  });
}
