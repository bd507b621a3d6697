import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { createdAt, id, timestampMs } from './columns';
import { legacyInvoices, migrationImports } from './migration';

export const parallelRunStatusEnum = pgEnum('parallel_run_status', ['running', 'completed', 'failed']);

/**
 * A re-billing of an import's legacy period in Switchboard, compared invoice by invoice
 * with what the legacy system issued. Its invoices are computed, never stored as invoices:
 * they take no number and never block the real billing of the period.
 */
export const parallelRuns = pgTable(
  'parallel_runs',
  {
    id: id(),
    importId: uuid()
      .notNull()
      .references(() => migrationImports.id),
    periodStart: date({ mode: 'string' }).notNull(),
    periodEnd: date({ mode: 'string' }).notNull(),
    /** Largest difference per line type that still counts as a match: { usage: "0.01", … }. */
    tolerances: jsonb().notNull(),
    status: parallelRunStatusEnum().notNull().default('running'),
    /** Invoices compared, matching, accuracy, ARPU on both sides… once completed. */
    summary: jsonb(),
    error: text(),
    createdBy: text().notNull(),
    createdAt: createdAt(),
    finishedAt: timestampMs(),
  },
  (t) => [index('parallel_runs_import_idx').on(t.importId, t.createdAt)],
);

export const reconciliationStatusEnum = pgEnum('reconciliation_status', [
  'match',
  'variance',
  'missing_in_legacy',
  'missing_in_new',
]);
export const varianceCauseEnum = pgEnum('variance_cause', [
  'RATE',
  'USAGE_MISSING',
  'RECURRING_PRICE',
  'PRORATION',
  'DISCOUNT',
  'TAX',
  'NOT_BILLED_IN_LEGACY',
  'NOT_BILLED_IN_NEW',
  'OTHER',
]);
export const varianceResolutionEnum = pgEnum('variance_resolution', [
  'open',
  'confirmed',
  'accepted',
  'defect',
]);

/** One account's comparison in a parallel run, and the review of its variance. */
export const parallelRunAccounts = pgTable(
  'parallel_run_accounts',
  {
    runId: uuid()
      .notNull()
      .references(() => parallelRuns.id, { onDelete: 'cascade' }),
    legacyAccountId: text().notNull(),
    accountId: uuid().references(() => accounts.id),
    accountName: text(),
    status: reconciliationStatusEnum().notNull(),
    legacyInvoiceId: uuid().references(() => legacyInvoices.id),
    legacySubtotal: numeric(),
    legacyTaxTotal: numeric(),
    legacyTotal: numeric(),
    newSubtotal: numeric(),
    newTaxTotal: numeric(),
    newTotal: numeric(),
    /** New total minus legacy total (a missing side counts as zero). */
    difference: numeric().notNull(),
    suggestedCause: varianceCauseEnum(),
    /** The cause a reviewer confirmed or chose; the suggestion until then. */
    cause: varianceCauseEnum(),
    resolution: varianceResolutionEnum().notNull().default('open'),
    comment: text(),
    reviewedBy: text(),
    reviewedAt: timestampMs(),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.legacyAccountId] }),
    index('parallel_run_accounts_status_idx').on(t.runId, t.status),
  ],
);

/** A line of either side of an account's comparison, matched by FORMAT.md's line identity. */
export const parallelRunLines = pgTable(
  'parallel_run_lines',
  {
    runId: uuid()
      .notNull()
      .references(() => parallelRuns.id, { onDelete: 'cascade' }),
    legacyAccountId: text().notNull(),
    position: integer().notNull(),
    lineType: text().notNull(),
    /** FORMAT.md's identity: subscription, charge, destination, product, or tax code/category. */
    lineKey: text().notNull(),
    productCode: text(),
    description: text(),
    legacyQuantity: numeric(),
    newQuantity: numeric(),
    legacyUnitPrice: numeric(),
    newUnitPrice: numeric(),
    legacyAmount: numeric(),
    newAmount: numeric(),
    difference: numeric().notNull(),
    /** Outside the run's tolerance for its line type. */
    differs: boolean().notNull(),
  },
  (t) => [primaryKey({ columns: [t.runId, t.legacyAccountId, t.position] })],
);

export type ParallelRunRow = typeof parallelRuns.$inferSelect;
export type ParallelRunAccountRow = typeof parallelRunAccounts.$inferSelect;
export type ParallelRunLineRow = typeof parallelRunLines.$inferSelect;
