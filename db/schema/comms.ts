import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { users } from './auth';
import { createdAt, id, timestampMs } from './columns';
import { cutoverWaves } from './cutover';

// Customer communications about the cutover: versioned templates, audiences, campaigns with
// approval, and one delivery row per recipient and channel, so a retried send never sends twice.

export const commsChannelEnum = pgEnum('comms_channel', ['email', 'portal', 'in_app']);
export const campaignStatusEnum = pgEnum('campaign_status', [
  'draft',
  'awaiting_approval',
  'approved',
  'sending',
  'sent',
  'cancelled',
  /** Nothing left to send, but some emails failed or their outcome is unknown: a person looks. */
  'sent_with_failures',
]);
export const commsDeliveryStatusEnum = pgEnum('comms_delivery_status', [
  'queued',
  /** Handed to the mail server, outcome not yet recorded: never retried, so never sent twice. */
  'sending',
  'sent',
  'delivered',
  'bounced',
  'failed',
  'suppressed',
  /**
   * The message went to the mail server and no reply came (the connection dropped after the
   * body, or the sender died mid-conversation): it may have been stored, so it is never sent
   * again without a person's decision.
   */
  'unknown',
]);

export const messageTemplates = pgTable('message_templates', {
  id: id(),
  name: text().notNull(),
  createdBy: text().notNull(),
  createdAt: createdAt(),
});

/** Every edit of a template is a new version; campaigns send a fixed version. */
export const templateVersions = pgTable(
  'message_template_versions',
  {
    id: id(),
    templateId: uuid()
      .notNull()
      .references(() => messageTemplates.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    subject: text().notNull(),
    /** Text with {{variables}}: accountName, cutoverDate, firstInvoiceDate, portalLink, supportContact. */
    body: text().notNull(),
    createdBy: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('message_template_versions_key').on(t.templateId, t.version)],
);

/** Who a campaign reaches: a wave's accounts, or a filter over accounts. */
export const audiences = pgTable('audiences', {
  id: id(),
  name: text().notNull(),
  waveId: uuid().references(() => cutoverWaves.id),
  /** { region?, productId?, status?, minBalance? } when not a wave. */
  filter: jsonb(),
  createdBy: text().notNull(),
  createdAt: createdAt(),
});

export const campaigns = pgTable(
  'campaigns',
  {
    id: id(),
    name: text().notNull(),
    templateVersionId: uuid()
      .notNull()
      .references(() => templateVersions.id),
    audienceId: uuid()
      .notNull()
      .references(() => audiences.id),
    channels: jsonb().$type<('email' | 'portal' | 'in_app')[]>().notNull(),
    /** Critical messages go to unsubscribed contacts too, saying why. */
    critical: boolean().notNull().default(false),
    criticalReason: text(),
    /** Send on this day at this local time in each account's time zone; null sends at once. */
    sendOn: text(),
    sendAtLocalTime: text(),
    status: campaignStatusEnum().notNull().default('draft'),
    /** Approvals needed: two above the audience-size threshold. */
    approvalsRequired: integer().notNull().default(1),
    testSentTo: text(),
    testSentAt: timestampMs(),
    createdBy: text().notNull(),
    createdById: uuid().references(() => users.id),
    createdAt: createdAt(),
    sentAt: timestampMs(),
  },
  (t) => [index('campaigns_status_idx').on(t.status, t.createdAt)],
);

export const campaignApprovals = pgTable(
  'campaign_approvals',
  {
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    approvedBy: text().notNull(),
    at: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.campaignId, t.userId] })],
);

/** One recipient on one channel: created once per campaign, claimed by the sender, never sent twice. */
export const campaignDeliveries = pgTable(
  'campaign_deliveries',
  {
    id: id(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    channel: commsChannelEnum().notNull(),
    recipient: text().notNull(),
    /** A test send to a colleague before the real one: never counted as a customer's delivery. */
    isTest: boolean().notNull().default(false),
    status: commsDeliveryStatusEnum().notNull().default('queued'),
    /** Not before this instant: the local send time in the account's time zone. */
    sendAfter: timestampMs().notNull(),
    attempts: integer().notNull().default(0),
    /** What was sent, as rendered for this recipient: the outbox shows it when there is no SMTP server. */
    subject: text(),
    body: text(),
    transport: text(),
    messageId: text(),
    error: text(),
    sentAt: timestampMs(),
    updatedAt: timestampMs(),
  },
  (t) => [
    uniqueIndex('campaign_deliveries_key')
      .on(t.campaignId, t.accountId, t.channel, t.recipient)
      .where(sql`not ${t.isTest}`),
    index('campaign_deliveries_queued_idx').on(t.sendAfter).where(sql`${t.status} = 'queued'`),
    // A campaign's deliveries a page at a time, in send order.
    index('campaign_deliveries_campaign_page_idx').on(t.campaignId, t.sendAfter, t.id),
  ],
);

/** Addresses that asked for no non-critical messages. */
export const unsubscribes = pgTable('comms_unsubscribes', {
  email: text().primaryKey(),
  at: createdAt(),
});

/** A message shown in the customer portal or in the console for an account. */
export const notices = pgTable(
  'notices',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    campaignId: uuid().references(() => campaigns.id),
    channel: commsChannelEnum().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    createdAt: createdAt(),
    readAt: timestampMs(),
  },
  (t) => [index('notices_account_idx').on(t.accountId, t.createdAt)],
);

/** Support scripts and FAQs for the support team, linked from campaigns. */
export const supportArticles = pgTable('support_articles', {
  id: id(),
  kind: text().notNull(),
  title: text().notNull(),
  body: text().notNull(),
  campaignId: uuid().references(() => campaigns.id),
  createdBy: text().notNull(),
  createdAt: createdAt(),
});

export type MessageTemplateRow = typeof messageTemplates.$inferSelect;
export type TemplateVersionRow = typeof templateVersions.$inferSelect;
export type AudienceRow = typeof audiences.$inferSelect;
export type CampaignRow = typeof campaigns.$inferSelect;
export type CampaignApprovalRow = typeof campaignApprovals.$inferSelect;
export type CampaignDeliveryRow = typeof campaignDeliveries.$inferSelect;
export type NoticeRow = typeof notices.$inferSelect;
export type SupportArticleRow = typeof supportArticles.$inferSelect;
