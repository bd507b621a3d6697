import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { billingSchedules } from './billing-schedules';
import { createdAt, id, timestampMs } from './columns';
import { subscriptions } from './subscriptions';

/** A tax rate for a region and product tax category, in force over [effectiveFrom, effectiveTo). */
export const taxRules = pgTable(
  'tax_rules',
  {
    id: id(),
    region: text().notNull(),
    taxCode: text().notNull(),
    taxCategory: text().notNull(),
    ratePercent: numeric().notNull(),
    effectiveFrom: date({ mode: 'string' }).notNull(),
    effectiveTo: date({ mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('tax_rules_region_idx').on(t.region, t.effectiveFrom),
    check('tax_rules_rate_range', sql`${t.ratePercent} >= 0 and ${t.ratePercent} < 100`),
  ],
);

export const billRunStatusEnum = pgEnum('bill_run_status', ['queued', 'running', 'completed', 'failed']);
export const billRunAccountStatusEnum = pgEnum('bill_run_account_status', [
  'pending',
  'invoiced',
  'nothing_to_bill',
  'already_invoiced',
  'failed',
]);

/** One billing of a period for a selection of accounts; its work is done by the job queue. */
export const billRuns = pgTable(
  'bill_runs',
  {
    id: id(),
    periodStart: date({ mode: 'string' }).notNull(),
    periodEnd: date({ mode: 'string' }).notNull(),
    /**
     * The issue date its drafts get when finalized without one of their own; null (runs
     * started before it was asked for, reissues) means the day they are finalized.
     */
    issueDate: date({ mode: 'string' }),
    /** How the accounts were chosen: `{ kind: 'all' }` or `{ kind: 'accounts', count }`. */
    selection: jsonb().notNull(),
    status: billRunStatusEnum().notNull().default('queued'),
    accountsTotal: integer().notNull().default(0),
    accountsDone: integer().notNull().default(0),
    invoicesCreated: integer().notNull().default(0),
    error: text(),
    createdBy: text().notNull(),
    createdAt: createdAt(),
    startedAt: timestampMs(),
    finishedAt: timestampMs(),
    /** The schedule that started it; null for a run a person started. */
    scheduleId: uuid().references(() => billingSchedules.id),
    /** The moment its schedule was due; a run created well after it started late. */
    scheduledFor: timestampMs(),
    /** Its clean drafts are finalized and delivered without a person (from its schedule). */
    autoFinalize: boolean().notNull().default(false),
    /** When its drafts were checked (every draft has a review record). */
    checkedAt: timestampMs(),
    /** When its clean drafts were all finalized and queued for delivery. */
    cleanDraftsFinalizedAt: timestampMs(),
    /** Drafts finalized by "finalize clean drafts", automatic or asked for: the bulk action's progress. */
    draftsFinalized: integer().notNull().default(0),
  },
  (t) => [
    index('bill_runs_created_idx').on(t.createdAt, t.id),
    // A schedule's due moment starts one run, whichever server or restart gets there first.
    uniqueIndex('bill_runs_schedule_occurrence_key')
      .on(t.scheduleId, t.scheduledFor)
      .where(sql`${t.scheduleId} is not null`),
  ],
);

/** Each account of a bill run and what became of it; the run's to-do list and its result. */
export const billRunAccounts = pgTable(
  'bill_run_accounts',
  {
    billRunId: uuid()
      .notNull()
      .references(() => billRuns.id),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    status: billRunAccountStatusEnum().notNull().default('pending'),
    invoiceId: uuid(),
    message: text(),
  },
  (t) => [
    primaryKey({ columns: [t.billRunId, t.accountId] }),
    index('bill_run_accounts_pending_idx').on(t.billRunId).where(sql`${t.status} = 'pending'`),
  ],
);

/**
 * What a finalized invoice or credit note prints from outside its own row and lines, as it
 * was at finalizing: the seller and who is billed. Live tables change afterwards (an account
 * renamed, a new billing contact); the issued document must not. Amounts, dates, currency and
 * lines are frozen on the invoice and its lines already.
 */
export interface InvoiceSnapshot {
  /** The organization issuing it. */
  seller: { name: string };
  /** The account billed, as its "Bill to" block prints it. */
  billTo: {
    externalId: string;
    name: string;
    contactName: string | null;
    billingEmail: string | null;
  };
}

export const invoiceKindEnum = pgEnum('invoice_kind', ['invoice', 'credit_note']);
export const invoiceStatusEnum = pgEnum('invoice_status', ['draft', 'finalized', 'void']);
export const invoiceLineTypeEnum = pgEnum('invoice_line_type', [
  'recurring',
  'discount',
  'usage',
  'one_time',
  'tax',
  'credit',
  /** Money moved between an invoice and the account's credit balance: + carried to it, − applied from it. */
  'account_credit',
]);

/**
 * An invoice or credit note. A draft can be recomputed or deleted; finalizing gives it the
 * next number of its gapless series and freezes it. One live invoice per account and period.
 */
export const invoices = pgTable(
  'invoices',
  {
    id: id(),
    kind: invoiceKindEnum().notNull().default('invoice'),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    billRunId: uuid().references(() => billRuns.id),
    /** For a credit note: the invoice it credits. */
    creditedInvoiceId: uuid(),
    status: invoiceStatusEnum().notNull().default('draft'),
    number: text(),
    currency: char({ length: 3 }).notNull(),
    periodStart: date({ mode: 'string' }).notNull(),
    periodEnd: date({ mode: 'string' }).notNull(),
    issueDate: date({ mode: 'string' }),
    dueDate: date({ mode: 'string' }),
    subtotal: numeric().notNull(),
    taxTotal: numeric().notNull(),
    total: numeric().notNull(),
    note: text(),
    /** Frozen on finalizing; null exactly while a draft, which prints the live account and seller. */
    snapshot: jsonb().$type<InvoiceSnapshot>(),
    createdAt: createdAt(),
    finalizedAt: timestampMs(),
    /**
     * Finalized by a schedule's autopilot, no person involved: what the "untouched by a
     * person" KPI counts (with no correction recorded against it since).
     */
    finalizedAutomatically: boolean().notNull().default(false),
    voidedAt: timestampMs(),
  },
  (t) => [
    uniqueIndex('invoices_number_key').on(t.kind, t.number),
    uniqueIndex('invoices_account_period_live_key')
      .on(t.accountId, t.periodStart, t.periodEnd)
      .where(sql`${t.kind} = 'invoice' and ${t.status} <> 'void'`),
    index('invoices_account_idx').on(t.accountId, t.createdAt),
    index('invoices_bill_run_idx').on(t.billRunId),
    index('invoices_created_idx').on(t.createdAt, t.id),
    // A credit note's total lowers the balance of the invoice it credits.
    index('invoices_credited_invoice_idx')
      .on(t.creditedInvoiceId)
      .where(sql`${t.creditedInvoiceId} is not null`),
    check('invoices_number_when_final', sql`(${t.status} = 'draft') = (${t.number} is null)`),
    check('invoices_snapshot_when_final', sql`(${t.status} = 'draft') = (${t.snapshot} is null)`),
  ],
);

export const invoiceLines = pgTable(
  'invoice_lines',
  {
    id: id(),
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    lineType: invoiceLineTypeEnum().notNull(),
    /** FORMAT.md's line identity: subscription, charge, destination, product or tax code/category. */
    lineKey: text().notNull(),
    productCode: text(),
    description: text().notNull(),
    quantity: numeric().notNull(),
    amount: numeric().notNull(),
    /**
     * Unrounded, currency units per unit, when the amount is quantity × unit price rounded to
     * the currency; null where no one price explains the amount (prorated, tiered, per-call
     * rated, discount and tax lines, credit notes, lines written before it was stored).
     */
    unitPrice: numeric(),
    taxCategory: text().notNull(),
    /** The days a recurring or usage line is for, [start, end); null on tax lines and older lines. */
    serviceStart: date({ mode: 'string' }),
    serviceEnd: date({ mode: 'string' }),
    /**
     * The subscription a recurring or discount line bills: what later invoices read to know
     * which days of an in-advance charge were already billed (or credited).
     */
    subscriptionId: uuid(),
  },
  (t) => [
    uniqueIndex('invoice_lines_invoice_position_key').on(t.invoiceId, t.position),
    index('invoice_lines_subscription_idx')
      .on(t.subscriptionId, t.serviceStart)
      .where(sql`${t.subscriptionId} is not null`),
  ],
);

/** The next number of each gapless series; taken under a row lock inside the finalizing transaction. */
export const invoiceNumberSeries = pgTable('invoice_number_series', {
  kind: invoiceKindEnum().primaryKey(),
  prefix: text().notNull(),
  nextNumber: bigint({ mode: 'number' }).notNull().default(1),
});

export type TaxRuleRow = typeof taxRules.$inferSelect;
export type BillRunRow = typeof billRuns.$inferSelect;
export type InvoiceRow = typeof invoices.$inferSelect;
export type InvoiceLineRow = typeof invoiceLines.$inferSelect;

/**
 * What a rolling-over allowance of one subscription did in one invoiced period, written with
 * the draft invoice in the bill run's transaction (so a crashed chunk leaves none and a
 * re-run writes them again from the same inputs). The next period reads it to know what
 * carries over: included − (used − carried in), floored at 0, if the invoice is not void.
 * Units: seconds for voice, the usage product's counted unit otherwise. Keyed by the
 * allowance's position on the product, so replacing a product's allowances keeps carries.
 */
export const allowanceUsages = pgTable(
  'allowance_usages',
  {
    id: id(),
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    subscriptionId: uuid()
      .notNull()
      .references(() => subscriptions.id, { onDelete: 'cascade' }),
    /** product_allowances.position of the subscription's product. */
    position: integer().notNull(),
    periodStart: date({ mode: 'string' }).notNull(),
    periodEnd: date({ mode: 'string' }).notNull(),
    /** The period's own included units (per unit × quantity). */
    included: numeric().notNull(),
    /** Units carried from the previous period, consumed before the period's own. */
    carriedIn: numeric().notNull(),
    /** Units consumed in the period, carried ones included. */
    used: numeric().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('allowance_usages_invoice_key').on(t.invoiceId, t.subscriptionId, t.position),
    index('allowance_usages_subscription_idx').on(t.subscriptionId, t.position, t.periodEnd),
  ],
);
