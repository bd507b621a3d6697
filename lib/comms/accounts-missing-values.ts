import { getAudienceById, getTemplateVersionById } from '../../db/queries/comms';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type AudienceAccount, audienceAccounts } from './audience-accounts';
import { recipientValues } from './recipient-values';
import { missingVariables, type TemplateVariable } from './template-variables';
import type { CampaignRow, TemplateVersionRow } from './types';

export interface AccountMissingValues {
  account: AudienceAccount;
  variables: TemplateVariable[];
}

/** The accounts whose message would lack a variable's value, with the variables each lacks. */
export function accountsMissingValuesOf(
  version: Pick<TemplateVersionRow, 'subject' | 'body'>,
  accounts: readonly AudienceAccount[],
): AccountMissingValues[] {
  return accounts.flatMap((account) => {
    const variables = missingVariables([version.subject, version.body], recipientValues(account));
    return variables.length > 0 ? [{ account, variables }] : [];
  });
}

export interface CampaignMissingValues {
  /** Every variable some account lacks. */
  variables: TemplateVariable[];
  accounts: AccountMissingValues[];
}

/**
 * Which of the campaign's recipients lack a value its template uses (an account in no wave
 * has no cutover date): shown on the preview and the approval, and sending waits for them.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function findCampaignMissingValues(
  { db, actor }: OperationContext,
  campaign: CampaignRow,
): Promise<CampaignMissingValues> {
  authorize(actor, 'campaign');
  const [version, audience] = await Promise.all([
    getTemplateVersionById(db, campaign.templateVersionId),
    getAudienceById(db, campaign.audienceId),
  ]);
  if (!version || !audience) return { variables: [], accounts: [] };
  const accounts = accountsMissingValuesOf(version, await audienceAccounts(db, audience));
  const variables = new Set(accounts.flatMap((entry) => entry.variables));
  return { variables: [...variables], accounts };
}

/** The first of the accounts lacking values: `first` of them, within 0 to 200, 10 when not given. */
export function firstAccountsMissingValues(
  missing: CampaignMissingValues,
  first?: number | null,
): AccountMissingValues[] {
  return missing.accounts.slice(0, Math.max(0, Math.min(first ?? 10, 200)));
}
