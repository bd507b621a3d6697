import type { Db } from '../../db/client';
import { countAudienceAccounts, listFirstAudienceAccountIds } from '../../db/queries/audiences';
import {
  countDeliveriesOfCampaigns,
  getAudiencesByIds,
  getCampaignsByIds,
  getTemplatesByIds,
  getTemplateVersionsByIds,
  listApprovalsOfCampaigns,
  listSupportArticlesOfCampaigns,
  listVersionsOfTemplates,
} from '../../db/queries/comms';
import { groupByKeys, oneByKeys } from '../batch-order';
import { selectionOf } from './audience-accounts';
import type {
  AudienceRow,
  CampaignApprovalRow,
  CampaignRow,
  MessageTemplateRow,
  SupportArticleRow,
  TemplateVersionRow,
} from './types';

export interface DeliveryCount {
  channel: string;
  status: string;
  count: number;
}

/** Batch loads behind the per-request DataLoaders; callers were authorised for the parents. */
export async function loadTemplates(db: Db, ids: readonly string[]): Promise<(MessageTemplateRow | null)[]> {
  return oneByKeys(ids, await getTemplatesByIds(db, ids));
}

export async function loadTemplateVersions(
  db: Db,
  ids: readonly string[],
): Promise<(TemplateVersionRow | null)[]> {
  return oneByKeys(ids, await getTemplateVersionsByIds(db, ids));
}

/** Each template's versions, newest first. */
export async function loadVersionsOfTemplates(
  db: Db,
  templateIds: readonly string[],
): Promise<TemplateVersionRow[][]> {
  return groupByKeys(templateIds, await listVersionsOfTemplates(db, templateIds), (row) => row.templateId);
}

/** How many accounts each audience reaches now, counted in one statement for all of them. */
export function loadAudienceSizes(db: Db, audiences: readonly AudienceRow[]): Promise<number[]> {
  return countAudienceAccounts(db, audiences.map(selectionOf));
}

/** The ids of the first accounts (by name) each audience reaches, for many audiences in one statement. */
export function loadFirstAudienceAccountIds(
  db: Db,
  requests: readonly { audience: AudienceRow; first: number }[],
): Promise<string[][]> {
  return listFirstAudienceAccountIds(
    db,
    requests.map(({ audience, first }) => ({ selection: selectionOf(audience), first })),
  );
}

export async function loadAudiences(db: Db, ids: readonly string[]): Promise<(AudienceRow | null)[]> {
  return oneByKeys(ids, await getAudiencesByIds(db, ids));
}

export async function loadCampaigns(db: Db, ids: readonly string[]): Promise<(CampaignRow | null)[]> {
  return oneByKeys(ids, await getCampaignsByIds(db, ids));
}

export async function loadApprovalsOfCampaigns(
  db: Db,
  campaignIds: readonly string[],
): Promise<CampaignApprovalRow[][]> {
  return groupByKeys(campaignIds, await listApprovalsOfCampaigns(db, campaignIds), (row) => row.campaignId);
}

export async function loadSupportArticlesOfCampaigns(
  db: Db,
  campaignIds: readonly string[],
): Promise<SupportArticleRow[][]> {
  return groupByKeys(
    campaignIds,
    await listSupportArticlesOfCampaigns(db, campaignIds),
    (row) => row.campaignId ?? '',
  );
}

/** Each campaign's delivery counts by channel and status, tests excluded. */
export async function loadDeliveryCountsOfCampaigns(
  db: Db,
  campaignIds: readonly string[],
): Promise<DeliveryCount[][]> {
  const groups = groupByKeys(
    campaignIds,
    await countDeliveriesOfCampaigns(db, campaignIds),
    (row) => row.campaign_id,
  );
  return groups.map((rows) =>
    rows.map((row) => ({ channel: row.channel, status: row.status, count: row.n })),
  );
}
