import { and, asc, count, desc, eq, inArray, max, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  audiences,
  type CampaignDeliveryRow,
  type CampaignRow,
  campaignApprovals,
  campaignDeliveries,
  campaigns,
  messageTemplates,
  notices,
  supportArticles,
  templateVersions,
  unsubscribes,
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

// Message templates and their versions.

export type NewTemplateVersion = typeof templateVersions.$inferInsert;

export async function insertMessageTemplate(db: Db, template: typeof messageTemplates.$inferInsert) {
  const [row] = await db.insert(messageTemplates).values(template).returning();
  if (!row) throw new Error('insert into message_templates returned no row');
  return row;
}

export async function getMessageTemplateById(db: Db, id: string) {
  const [row] = await db.select().from(messageTemplates).where(eq(messageTemplates.id, id));
  return row ?? null;
}

/** Locks the template's row: concurrent revisions then number their versions one after another. */
export async function lockMessageTemplate(db: Db, id: string) {
  const [row] = await db.select().from(messageTemplates).where(eq(messageTemplates.id, id)).for('update');
  return row ?? null;
}

/** Newest first. */
export async function listMessageTemplateRows(db: Db) {
  return db.select().from(messageTemplates).orderBy(desc(messageTemplates.createdAt));
}

export async function insertTemplateVersion(db: Db, version: NewTemplateVersion) {
  await db.insert(templateVersions).values(version);
}

/** The template's highest version number, 0 when it has none. */
export async function getLastTemplateVersionNumber(db: Db, templateId: string): Promise<number> {
  const [last] = await db
    .select({ version: max(templateVersions.version) })
    .from(templateVersions)
    .where(eq(templateVersions.templateId, templateId));
  return last?.version ?? 0;
}

export async function getTemplateVersionById(db: Db, id: string) {
  const [row] = await db.select().from(templateVersions).where(eq(templateVersions.id, id));
  return row ?? null;
}

/** Versions of the given templates, newest first. */
export async function listVersionsOfTemplates(db: Db, templateIds: readonly string[]) {
  if (templateIds.length === 0) return [];
  return db
    .select()
    .from(templateVersions)
    .where(inArray(templateVersions.templateId, [...templateIds]))
    .orderBy(desc(templateVersions.version));
}

// Audiences (their members are read in ./audiences).

export async function insertAudience(db: Db, audience: typeof audiences.$inferInsert) {
  const [row] = await db.insert(audiences).values(audience).returning();
  return row ?? null;
}

export async function getAudienceById(db: Db, id: string) {
  const [row] = await db.select().from(audiences).where(eq(audiences.id, id));
  return row ?? null;
}

/** Newest first. */
export async function listAudienceRows(db: Db) {
  return db.select().from(audiences).orderBy(desc(audiences.createdAt));
}

// Campaigns and their approvals.

export async function insertCampaign(db: Db, campaign: typeof campaigns.$inferInsert) {
  const [row] = await db.insert(campaigns).values(campaign).returning();
  return row ?? null;
}

export async function getCampaignById(db: Db, id: string) {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id));
  return row ?? null;
}

export async function lockCampaign(db: Db, id: string) {
  const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id)).for('update');
  return row ?? null;
}

/** Newest first. */
export async function listCampaignRows(db: Db): Promise<CampaignRow[]> {
  return db.select().from(campaigns).orderBy(desc(campaigns.createdAt));
}

export async function updateCampaign(
  db: Db,
  id: string,
  patch: Partial<Omit<typeof campaigns.$inferInsert, 'id'>>,
) {
  const [row] = await db.update(campaigns).set(patch).where(eq(campaigns.id, id)).returning();
  return row ?? null;
}

/** Records an approval; false when this person has approved the campaign already. */
export async function insertCampaignApproval(
  db: Db,
  approval: typeof campaignApprovals.$inferInsert,
): Promise<boolean> {
  const inserted = await db.insert(campaignApprovals).values(approval).onConflictDoNothing().returning();
  return inserted.length > 0;
}

export async function countCampaignApprovals(db: Db, campaignId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(campaignApprovals)
    .where(eq(campaignApprovals.campaignId, campaignId));
  return row?.n ?? 0;
}

// Deliveries.

export type NewCampaignDelivery = typeof campaignDeliveries.$inferInsert;

export async function insertCampaignDelivery(db: Db, delivery: NewCampaignDelivery) {
  const [row] = await db.insert(campaignDeliveries).values(delivery).returning();
  if (!row) throw new Error('insert into campaign_deliveries returned no row');
  return row;
}

/**
 * Many deliveries in one statement, whatever the audience's size; ON CONFLICT makes a
 * repeated send add nothing. Portal and in-app deliveries (status delivered) are sent now.
 */
export async function insertCampaignDeliveries(
  db: Db,
  campaignId: string,
  rows: readonly {
    accountId: string;
    channel: CampaignDeliveryRow['channel'];
    recipient: string;
    status: CampaignDeliveryRow['status'];
    error: string | null;
    sendAfter: Date;
    subject: string;
    body: string;
  }[],
) {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into ${campaignDeliveries} (campaign_id, account_id, channel, recipient, status, error, send_after, subject, body, sent_at)
    select ${campaignId}::uuid, r."accountId", r.channel::comms_channel, r.recipient, r.status::comms_delivery_status,
      r.error, r."sendAfter", r.subject, r.body, case when r.status = 'delivered' then now() end
    from json_to_recordset(${JSON.stringify(rows)}::json) as r("accountId" uuid, channel text, recipient text,
      status text, error text, "sendAfter" timestamptz, subject text, body text)
    on conflict (campaign_id, account_id, channel, recipient) where not is_test do nothing`);
}

export async function getCampaignDeliveryById(db: Db, id: string) {
  const [row] = await db.select().from(campaignDeliveries).where(eq(campaignDeliveries.id, id));
  return row ?? null;
}

export async function getCampaignDeliveryByMessageId(db: Db, messageId: string) {
  const [row] = await db.select().from(campaignDeliveries).where(eq(campaignDeliveries.messageId, messageId));
  return row ?? null;
}

export async function updateCampaignDelivery(db: Db, id: string, patch: Partial<NewCampaignDelivery>) {
  const [row] = await db
    .update(campaignDeliveries)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(campaignDeliveries.id, id))
    .returning();
  return row ?? null;
}

/** Fails the campaign's deliveries still queued, with the reason: the sender never sends them. */
export async function withdrawQueuedDeliveries(db: Db, campaignId: string, reason: string) {
  await db
    .update(campaignDeliveries)
    .set({ status: 'failed', error: reason, updatedAt: new Date() })
    .where(and(eq(campaignDeliveries.campaignId, campaignId), eq(campaignDeliveries.status, 'queued')));
}

/** Emails kept in the outbox (no SMTP server), newest first. */
export async function listOutboxDeliveries(db: Db, limit: number) {
  return db
    .select()
    .from(campaignDeliveries)
    .where(eq(campaignDeliveries.transport, 'outbox'))
    .orderBy(desc(campaignDeliveries.sentAt))
    .limit(limit);
}

/**
 * Marks one due, queued email delivery (this one, or else the next that is not a test) as
 * being sent, in its own statement, and returns its id; null when none is due.
 */
export async function claimDueCampaignDelivery(db: Db, deliveryId: string | null): Promise<string | null> {
  const result = await db.execute(sql`
    update ${campaignDeliveries} set status = 'sending', attempts = attempts + 1, updated_at = now()
    where id = (
      -- clock_timestamp, not now(): inside a long transaction (the demo seed) now() stands still.
      select id from ${campaignDeliveries}
      where status = 'queued' and channel = 'email' and send_after <= clock_timestamp()
        ${deliveryId ? sql`and id = ${deliveryId}` : sql`and not is_test`}
      order by send_after, id limit 1 for update skip locked)
    returning id`);
  return rowsOf<{ id: string }>(result)[0]?.id ?? null;
}

/** A delivery with whether its campaign is critical (goes even to unsubscribed addresses). */
export async function getDeliveryWithCriticality(db: Db, id: string) {
  const [row] = await db
    .select({ delivery: campaignDeliveries, critical: campaigns.critical })
    .from(campaignDeliveries)
    .innerJoin(campaigns, eq(campaigns.id, campaignDeliveries.campaignId))
    .where(eq(campaignDeliveries.id, id));
  return row ?? null;
}

/**
 * Campaigns with nothing left to send become sent, or sent with failures when any of their
 * emails failed or has an unknown outcome. Returns how many campaigns it finished.
 */
export async function finishSentCampaigns(db: Db): Promise<number> {
  const result = await db.execute(sql`
    update ${campaigns} c set status = case when exists (
        select 1 from ${campaignDeliveries} d
        where d.campaign_id = c.id and not d.is_test and d.status in ('failed', 'unknown'))
      then 'sent_with_failures'::campaign_status else 'sent'::campaign_status end
    where c.status = 'sending' and not exists (
      select 1 from ${campaignDeliveries} d
      where d.campaign_id = c.id and not d.is_test and d.status in ('queued', 'sending'))
    returning c.id`);
  return rowsOf(result).length;
}

/** Marks deliveries `sending` since before `olderThan` as of unknown outcome; returns how many. */
export async function markInterruptedCampaignSendsUnknown(db: Db, olderThan: Date): Promise<number> {
  const result = await db.execute(sql`
    update ${campaignDeliveries} set status = 'unknown', updated_at = now(),
      error = 'Outcome unknown: the sender stopped while handing this message to the mail server; not sent again so it is never sent twice (check the mail server''s log)'
    where status = 'sending' and updated_at < ${olderThan.toISOString()}::timestamptz
    returning id`);
  return rowsOf(result).length;
}

/** Deliveries being sent now (test sends aside). */
export async function countCampaignSendsInFlight(db: Db): Promise<number> {
  const result = await db.execute(
    sql`select count(*)::int as n from ${campaignDeliveries} where status = 'sending' and not is_test`,
  );
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}

// Unsubscribes, notices and support articles.

/** Which of these addresses unsubscribed from non-critical messages. */
export async function listUnsubscribedEmails(db: Db, emails: readonly string[]): Promise<string[]> {
  if (emails.length === 0) return [];
  const rows = await db
    .select({ email: unsubscribes.email })
    .from(unsubscribes)
    .where(inArray(unsubscribes.email, [...emails]));
  return rows.map((row) => row.email);
}

/** Idempotent. */
export async function insertUnsubscribe(db: Db, email: string) {
  await db.insert(unsubscribes).values({ email }).onConflictDoNothing();
}

export async function insertNotices(db: Db, rows: readonly (typeof notices.$inferInsert)[]) {
  if (rows.length === 0) return;
  await db.insert(notices).values([...rows]);
}

/** The account's notices, newest first, of these channels when given, at most `limit` when given. */
export async function listNoticesOfAccount(
  db: Db,
  accountId: string,
  options: { channels?: readonly ('portal' | 'in_app' | 'email')[]; limit?: number } = {},
) {
  const query = db
    .select()
    .from(notices)
    .where(
      and(
        eq(notices.accountId, accountId),
        options.channels ? inArray(notices.channel, [...options.channels]) : undefined,
      ),
    )
    .orderBy(desc(notices.createdAt));
  return options.limit === undefined ? query : query.limit(options.limit);
}

export async function insertSupportArticle(db: Db, article: typeof supportArticles.$inferInsert) {
  const [row] = await db.insert(supportArticles).values(article).returning();
  return row ?? null;
}

/** Newest first; only those linked to the campaign when given. */
export async function listSupportArticleRows(db: Db, campaignId?: string | null) {
  return db
    .select()
    .from(supportArticles)
    .where(campaignId ? eq(supportArticles.campaignId, campaignId) : undefined)
    .orderBy(desc(supportArticles.createdAt));
}
