import { asc, desc, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  audiences,
  campaignApprovals,
  campaignDeliveries,
  campaigns,
  messageTemplates,
  supportArticles,
  templateVersions,
} from '../schema';
import { rowsOf } from './raw-rows';
import { uuidSet } from './uuid-set';

// Batch reads behind the comms DataLoaders: one query for many campaigns (or templates).

export async function getTemplatesByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(messageTemplates)
    .where(inArray(messageTemplates.id, [...ids]));
}

export async function getTemplateVersionsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(templateVersions)
    .where(inArray(templateVersions.id, [...ids]));
}

export async function getAudiencesByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(audiences)
    .where(inArray(audiences.id, [...ids]));
}

export async function getCampaignsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(campaigns)
    .where(inArray(campaigns.id, [...ids]));
}

/** The campaigns' approvals in the order they were given. */
export async function listApprovalsOfCampaigns(db: Db, campaignIds: readonly string[]) {
  if (campaignIds.length === 0) return [];
  return db
    .select()
    .from(campaignApprovals)
    .where(inArray(campaignApprovals.campaignId, [...campaignIds]))
    .orderBy(asc(campaignApprovals.at), asc(campaignApprovals.userId));
}

/** The support articles linked to the campaigns, newest first. */
export async function listSupportArticlesOfCampaigns(db: Db, campaignIds: readonly string[]) {
  if (campaignIds.length === 0) return [];
  return db
    .select()
    .from(supportArticles)
    .where(inArray(supportArticles.campaignId, [...campaignIds]))
    .orderBy(desc(supportArticles.createdAt));
}

/** Counts of the campaigns' deliveries by channel and status (tests excluded), in that order. */
export async function countDeliveriesOfCampaigns(db: Db, campaignIds: readonly string[]) {
  if (campaignIds.length === 0) return [];
  const result = await db.execute(sql`
    select campaign_id, channel, status, count(*)::int as n from ${campaignDeliveries}
    where campaign_id in ${uuidSet(campaignIds)} and not is_test
    group by 1, 2, 3 order by 1, 2, 3`);
  return rowsOf<{ campaign_id: string; channel: string; status: string; n: number }>(result);
}
