import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ratePlans } from './catalog';
import { createdAt, id, timestampMs, updatedAt } from './columns';

export const accountStatusEnum = pgEnum('account_status', ['active', 'suspended', 'closed']);
export const billingCycleEnum = pgEnum('billing_cycle', ['calendar_month', 'anniversary']);
/** Which system bills the account: a migrated account stays with the legacy system until its wave is cut over. */
export const systemOfRecordEnum = pgEnum('system_of_record', ['legacy', 'switchboard']);
export const invoiceDeliveryEnum = pgEnum('invoice_delivery', ['email', 'portal', 'mail', 'none']);

/** A customer account: what usage is rated and billed against, and who receives the invoice. */
export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    /** The provider's own (or the legacy system's) account number; usage refers to it. */
    externalId: text().notNull(),
    name: text().notNull(),
    currency: char({ length: 3 }).notNull(),
    ratePlanId: uuid().references(() => ratePlans.id),
    status: accountStatusEnum().notNull().default('active'),
    billingEmail: text(),
    /** When an invoice email to billingEmail bounced (a 5xx reply); cleared when billingEmail changes. */
    billingEmailBouncedAt: timestampMs(),
    /** The mail server's reply to that bounce, e.g. "550 Mailbox unavailable". */
    billingEmailBounceReply: text(),
    contactName: text(),
    /** Region whose tax rules apply (e.g. US-TX); none means no tax. */
    taxRegion: text(),
    /** IANA zone for messages sent at a local time; the organization's when null. */
    timeZone: text(),
    /** Tax codes the account is exempt from (e.g. a reseller certificate for SALES). */
    taxExemptions: text().array().notNull().default(sql`'{}'::text[]`),
    /** A child account; with billToParent its charges go on the parent's invoice. */
    parentAccountId: uuid().references((): AnyPgColumn => accounts.id),
    billToParent: boolean().notNull().default(false),
    billingCycle: billingCycleEnum().notNull().default('calendar_month'),
    /** Anniversary cycles start on this day of the month (1-28). */
    billingDay: integer().notNull().default(1),
    /** Net N: days from the issue date to the due date. */
    paymentTermsDays: integer().notNull().default(30),
    invoiceDelivery: invoiceDeliveryEnum().notNull().default('email'),
    /** The account's lifetime, when known (a migrated account brings its legacy dates). */
    openedOn: date({ mode: 'string' }),
    closedOn: date({ mode: 'string' }),
    /** Bill runs take only Switchboard's accounts; the legacy system keeps billing the rest. */
    systemOfRecord: systemOfRecordEnum().notNull().default('switchboard'),
    /** The day Switchboard took the account over from the legacy system. */
    cutoverDate: date({ mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('accounts_external_id_key').on(t.externalId),
    index('accounts_created_idx').on(t.createdAt, t.id),
    index('accounts_parent_idx').on(t.parentAccountId),
    check('accounts_billing_day_range', sql`${t.billingDay} between 1 and 28`),
    check('accounts_payment_terms_range', sql`${t.paymentTermsDays} between 0 and 365`),
  ],
);

export type AccountRow = typeof accounts.$inferSelect;
