import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  audiences,
  type CampaignDeliveryRow,
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

/** A page of a campaign's deliveries (test sends included), in send order on (send_after, id). */
export async function listCampaignDeliveryRows(
  db: Db,
  options: {
    campaignId: string;
    status?: CampaignDeliveryRow['status'] | undefined;
    limit: number;
    after?: { sendAfter: Date; id: string } | undefined;
  },
) {
  const { after } = options;
  return db
    .select()
    .from(campaignDeliveries)
    .where(
      and(
        eq(campaignDeliveries.campaignId, options.campaignId),
        options.status ? eq(campaignDeliveries.status, options.status) : undefined,
        after
          ? sql`(${campaignDeliveries.sendAfter}, ${campaignDeliveries.id}) > (${after.sendAfter.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(campaignDeliveries.sendAfter), asc(campaignDeliveries.id))
    .limit(options.limit + 1);
}

/** How many deliveries a campaign has (of one status when given), test sends included. */
export async function countCampaignDeliveries(
  db: Db,
  campaignId: string,
  status?: CampaignDeliveryRow['status'] | undefined,
): Promise<number> {
  const [row] = await db
    .select({ count: count() })
    .from(campaignDeliveries)
    .where(
      and(
        eq(campaignDeliveries.campaignId, campaignId),
        status ? eq(campaignDeliveries.status, status) : undefined,
      ),
    );
  return Number(row?.count ?? 0);
}
