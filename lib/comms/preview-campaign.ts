import type { Db } from '../../db/client';
import type { CampaignRow } from '../../db/schema';
import { audienceAccounts, getAudience } from './audiences';
import { composeCampaignMessage } from './compose-campaign-message';
import {
  emailRecipients,
  recipientValues,
  unsubscribeLink,
  withoutUnsubscribeTokens,
} from './recipient-values';
import { missingVariables, type TemplateVariable } from './template-variables';
import { getTemplateVersion } from './templates';

export interface RenderedMessageModel {
  accountId: string;
  subject: string;
  body: string;
  /** Variables this account has no value for; they stay as {{name}} in the preview. */
  missingVariables: TemplateVariable[];
}

/**
 * The campaign's message as the audience's first accounts get it (by email when they have an
 * address), with unsubscribe tokens hidden.
 */
export async function previewCampaign(
  db: Db,
  campaign: CampaignRow,
  first: number,
): Promise<RenderedMessageModel[]> {
  const [version, audience] = await Promise.all([
    getTemplateVersion(db, campaign.templateVersionId),
    getAudience(db, campaign.audienceId),
  ]);
  if (!version || !audience) return [];
  const accounts = (await audienceAccounts(db, audience)).slice(0, Math.max(0, Math.min(first, 50)));
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
