import {
  char,
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
import { catalogs } from './catalog';
import { createdAt, id, timestampMs } from './columns';

export const migrationImportStatusEnum = pgEnum('migration_import_status', [
  'running',
  'completed',
  'failed',
]);

/**
 * One legacy billing export (FORMAT.md) brought in. `fingerprint` is the hash of the
 * manifest's file checksums: the same export imported again is recognised and changes
 * nothing. `report` holds the per-file counts (read = imported + duplicates + conflicts +
 * rejected) once the import has finished.
 */
export const migrationImports = pgTable(
  'migration_imports',
  {
    id: id(),
    fingerprint: text().notNull(),
    sourceName: text().notNull(),
    sourceSystem: text(),
    manifest: jsonb().notNull(),
    periodStart: date({ mode: 'string' }).notNull(),
    /** Exclusive, as in the manifest. */
    periodEnd: date({ mode: 'string' }).notNull(),
    catalogId: uuid().references(() => catalogs.id),
    /** The usage ingestion that carried usage.csv (its problems list the usage rows not imported). */
    usageIngestionId: uuid(),
    status: migrationImportStatusEnum().notNull().default('running'),
    report: jsonb(),
    error: text(),
    createdBy: text().notNull(),
    createdAt: createdAt(),
    finishedAt: timestampMs(),
  },
  (t) => [
    uniqueIndex('migration_imports_fingerprint_key').on(t.fingerprint),
    index('migration_imports_created_idx').on(t.createdAt, t.id),
  ],
);

export const migrationProblemKindEnum = pgEnum('migration_problem_kind', ['conflict', 'rejected']);

/** A row of an export file (other than usage.csv, whose problems its ingestion keeps) that was not imported. */
export const migrationImportProblems = pgTable(
  'migration_import_problems',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    importId: uuid()
      .notNull()
      .references(() => migrationImports.id, { onDelete: 'cascade' }),
    file: text().notNull(),
    /** File line; the header is line 1. */
    line: integer().notNull(),
    legacyId: text(),
    kind: migrationProblemKindEnum().notNull(),
    reason: text().notNull(),
    raw: text(),
  },
  (t) => [index('migration_import_problems_import_idx').on(t.importId, t.file, t.line)],
);

/**
 * Where an imported record came from: its file, line and legacy id, and the row it became
 * (`entity` names the table). Usage records link back through their ingestion and record id.
 */
export const migrationSources = pgTable(
  'migration_sources',
  {
    importId: uuid()
      .notNull()
      .references(() => migrationImports.id, { onDelete: 'cascade' }),
    entity: text().notNull(),
    entityId: uuid().notNull(),
    file: text().notNull(),
    line: integer().notNull(),
    legacyId: text(),
    /** The row as the file gave it: nothing the mapping dropped is lost. */
    raw: jsonb().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.entity, t.entityId] }),
    index('migration_sources_entity_idx').on(t.entity, t.entityId),
  ],
);

/** An account's open receivable in the legacy system; it carries over at cutover. */
export const openingBalances = pgTable(
  'opening_balances',
  {
    importId: uuid()
      .notNull()
      .references(() => migrationImports.id, { onDelete: 'cascade' }),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id),
    asOf: date({ mode: 'string' }).notNull(),
    amount: numeric().notNull(),
    sourceLine: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.accountId] })],
);

/** An invoice the legacy system issued for the export's period: the baseline a parallel run compares with. */
export const legacyInvoices = pgTable(
  'legacy_invoices',
  {
    id: id(),
    importId: uuid()
      .notNull()
      .references(() => migrationImports.id, { onDelete: 'cascade' }),
    legacyId: text().notNull(),
    accountRef: text().notNull(),
    accountId: uuid().references(() => accounts.id),
    periodStart: date({ mode: 'string' }).notNull(),
    periodEnd: date({ mode: 'string' }).notNull(),
    issuedOn: date({ mode: 'string' }),
    dueOn: date({ mode: 'string' }),
    currency: char({ length: 3 }).notNull(),
    subtotal: numeric().notNull(),
    taxTotal: numeric().notNull(),
    total: numeric().notNull(),
    sourceLine: integer().notNull(),
  },
  (t) => [
    uniqueIndex('legacy_invoices_import_legacy_id_key').on(t.importId, t.legacyId),
    index('legacy_invoices_import_account_idx').on(t.importId, t.accountRef),
  ],
);

/** A line of a legacy invoice, with FORMAT.md's line identity precomputed as `lineKey`. */
export const legacyInvoiceLines = pgTable(
  'legacy_invoice_lines',
  {
    legacyInvoiceId: uuid()
      .notNull()
      .references(() => legacyInvoices.id, { onDelete: 'cascade' }),
    lineNo: integer().notNull(),
    lineType: text().notNull(),
    lineKey: text().notNull(),
    productCode: text(),
    subscriptionRef: text(),
    chargeRef: text(),
    destination: text(),
    taxCode: text(),
    taxCategory: text(),
    description: text(),
    quantity: numeric(),
    unitPrice: numeric(),
    amount: numeric().notNull(),
    sourceLine: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.legacyInvoiceId, t.lineNo] })],
);

export type MigrationImportRow = typeof migrationImports.$inferSelect;
export type LegacyInvoiceRow = typeof legacyInvoices.$inferSelect;
export type LegacyInvoiceLineRow = typeof legacyInvoiceLines.$inferSelect;
export type MigrationImportProblemRow = typeof migrationImportProblems.$inferSelect;
