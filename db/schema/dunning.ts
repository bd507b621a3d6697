import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { createdAt, id, timestampMs, updatedAt } from './columns';
import { commsDeliveryStatusEnum, messageTemplates, templateVersions } from './comms';
import { invoices } from './invoicing';

// Dunning: policies of steps taken N days after an unpaid invoice's due date, the steps taken
// (once per invoice and step), and the messages they sent, each claimed before it is sent.

export const dunningActionEnum = pgEnum('dunning_action', [
  'reminder',
  'final_notice',
  'suspend',
  'second_reminder',
  /** Hands the invoice over to a collections agency: the last step of a policy. */
  'collections',
]);

/** Where a dunning step's message goes: the account's email addresses, a notice in the portal. */
export type DunningChannel = 'email' | 'portal';

/** A named dunning schedule. One is the default; an account may be assigned another. */
export const dunningPolicies = pgTable(
  'dunning_policies',
  {
    id: id(),
    name: text().notNull(),
    isDefault: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('dunning_policies_name_key').on(sql`lower(${t.name})`),
    // At most one default: the pass falls back to it for accounts without a policy.
    uniqueIndex('dunning_policies_default_key').on(t.isDefault).where(sql`${t.isDefault}`),
  ],
);

/** What happens how many days after an unpaid invoice's due date, under a policy. */
export const dunningSteps = pgTable(
  'dunning_steps',
  {
    id: id(),
    policyId: uuid()
      .notNull()
      .references(() => dunningPolicies.id),
    /** Order in the policy, from 1, by daysAfterDue (days are distinct within a policy). */
    position: integer().notNull(),
    daysAfterDue: integer().notNull(),
    action: dunningActionEnum().notNull(),
    name: text().notNull(),
    /** The message sent when the step is taken (its newest version then); none sends nothing. */
    templateId: uuid().references(() => messageTemplates.id),
    channels: jsonb().$type<DunningChannel[]>().notNull().default([]),
    /** Taken out of its policy: no longer taken, kept for the events that refer to it. */
    removedAt: timestampMs(),
    createdAt: createdAt(),
  },
  (t) => [
    index('dunning_steps_policy_idx').on(t.policyId, t.position),
    check('dunning_steps_days_after_due_range', sql`${t.daysAfterDue} between 0 and 3650`),
  ],
);

/** A dunning step taken for an invoice. Each step happens at most once per invoice. */
export const dunningEvents = pgTable(
  'dunning_events',
  {
    id: id(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id),
    stepId: uuid()
      .notNull()
      .references(() => dunningSteps.id),
    /** The step's action when it was taken; the schedule may change later. */
    action: dunningActionEnum().notNull(),
    /** The account's local day of the dunning run that reached the step. */
    asOf: date({ mode: 'string' }).notNull(),
    /**
     * Reached while a later step was reached too (after a pause, or a policy given to an old
     * invoice): recorded so it is never taken later, but its message is not sent.
     */
    skipped: boolean().notNull().default(false),
    occurredAt: timestampMs().notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dunning_events_invoice_step_key').on(t.invoiceId, t.stepId),
    index('dunning_events_account_idx').on(t.accountId, t.occurredAt, t.id),
  ],
);

/** An account's dunning settings: its policy (the default when none) and a pause. */
export const accountDunning = pgTable(
  'account_dunning',
  {
    accountId: uuid()
      .primaryKey()
      .references(() => accounts.id),
    policyId: uuid().references(() => dunningPolicies.id),
    /** No step is taken before this day (the account's local day); null when not paused. */
    pausedUntil: date({ mode: 'string' }),
    pauseReason: text(),
    pausedBy: text(),
    updatedAt: updatedAt(),
  },
  (t) => [index('account_dunning_policy_idx').on(t.policyId)],
);

/**
 * One email of a dunning step to one address: queued in the transaction that records the
 * step, claimed (`sending`) before it is handed to the mail server, so never sent twice.
 */
export const dunningDeliveries = pgTable(
  'dunning_deliveries',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => dunningEvents.id),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    templateVersionId: uuid()
      .notNull()
      .references(() => templateVersions.id),
    recipient: text().notNull(),
    status: commsDeliveryStatusEnum().notNull().default('queued'),
    /** As rendered for the recipient: the outbox shows it when there is no SMTP server. */
    subject: text().notNull(),
    body: text().notNull(),
    transport: text(),
    messageId: text(),
    attempts: integer().notNull().default(0),
    error: text(),
    createdAt: createdAt(),
    updatedAt: timestampMs(),
    sentAt: timestampMs(),
  },
  (t) => [
    uniqueIndex('dunning_deliveries_key').on(t.eventId, t.recipient),
    index('dunning_deliveries_queued_idx').on(t.createdAt).where(sql`${t.status} = 'queued'`),
    index('dunning_deliveries_account_idx').on(t.accountId, t.createdAt),
  ],
);

export type DunningPolicyRow = typeof dunningPolicies.$inferSelect;
export type DunningStepRow = typeof dunningSteps.$inferSelect;
export type DunningEventRow = typeof dunningEvents.$inferSelect;
export type AccountDunningRow = typeof accountDunning.$inferSelect;
export type DunningDeliveryRow = typeof dunningDeliveries.$inferSelect;
