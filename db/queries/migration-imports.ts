import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import {
  legacyInvoiceLines,
  legacyInvoices,
  migrationImportProblems,
  migrationImports,
  migrationSources,
  oneTimeCharges,
  subscriptions,
  taxRules,
} from '../schema';

export type NewMigrationImport = typeof migrationImports.$inferInsert;

/**
 * Inserts an import's row unless an import of the same export (its fingerprint) is there
 * already; then null. On PostgreSQL an insert racing another transaction's row for the same
 * fingerprint waits for that transaction: null once it commits, the insert if it rolls back.
 */
export async function claimMigrationImport(db: Db, row: NewMigrationImport) {
  const [inserted] = await db
    .insert(migrationImports)
    .values(row)
    .onConflictDoNothing({ target: migrationImports.fingerprint })
    .returning();
  return inserted ?? null;
}

export async function getMigrationImportById(db: Db, id: string) {
  const [row] = await db.select().from(migrationImports).where(eq(migrationImports.id, id));
  return row ?? null;
}

export async function getMigrationImportByFingerprint(db: Db, fingerprint: string) {
  const [row] = await db.select().from(migrationImports).where(eq(migrationImports.fingerprint, fingerprint));
  return row ?? null;
}

export async function listMigrationImports(db: Db, limit: number) {
  return db
    .select()
    .from(migrationImports)
    .orderBy(desc(migrationImports.createdAt), desc(migrationImports.id))
    .limit(limit);
}

export async function updateMigrationImport(
  db: Db,
  id: string,
  patch: Partial<
    Pick<NewMigrationImport, 'status' | 'report' | 'error' | 'catalogId' | 'usageIngestionId' | 'finishedAt'>
  >,
) {
  const [row] = await db.update(migrationImports).set(patch).where(eq(migrationImports.id, id)).returning();
  return row ?? null;
}

/** Deletes a failed import's own rows so that importing the export again starts clean. */
export async function deleteMigrationImport(db: Db, id: string) {
  await db.delete(migrationImports).where(eq(migrationImports.id, id));
}

export async function listProblemsOfImport(db: Db, importId: string, file?: string) {
  return db
    .select()
    .from(migrationImportProblems)
    .where(
      file
        ? and(eq(migrationImportProblems.importId, importId), eq(migrationImportProblems.file, file))
        : eq(migrationImportProblems.importId, importId),
    )
    .orderBy(asc(migrationImportProblems.file), asc(migrationImportProblems.line));
}

export async function findSubscriptionExternalIds(db: Db, externalIds: readonly string[]) {
  if (externalIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ externalId: subscriptions.externalId })
    .from(subscriptions)
    .where(inArray(subscriptions.externalId, [...externalIds]));
  return new Set(rows.map((row) => row.externalId ?? ''));
}

export async function findChargeExternalIds(db: Db, externalIds: readonly string[]) {
  if (externalIds.length === 0) return new Set<string>();
  const rows = await db
    .select({ externalId: oneTimeCharges.externalId })
    .from(oneTimeCharges)
    .where(inArray(oneTimeCharges.externalId, [...externalIds]));
  return new Set(rows.map((row) => row.externalId ?? ''));
}

/** Open-ended tax rules of some regions, to leave out rules an earlier import already created. */
export async function listOpenTaxRulesOfRegions(db: Db, regions: readonly string[]) {
  if (regions.length === 0) return [];
  return db
    .select()
    .from(taxRules)
    .where(and(inArray(taxRules.region, [...regions]), isNull(taxRules.effectiveTo)));
}

export async function listLegacyInvoicesOfImport(db: Db, importId: string) {
  return db
    .select()
    .from(legacyInvoices)
    .where(eq(legacyInvoices.importId, importId))
    .orderBy(asc(legacyInvoices.accountRef));
}

export async function listLegacyLinesOfImport(db: Db, importId: string) {
  return db
    .select({ line: legacyInvoiceLines, accountRef: legacyInvoices.accountRef })
    .from(legacyInvoiceLines)
    .innerJoin(legacyInvoices, eq(legacyInvoices.id, legacyInvoiceLines.legacyInvoiceId))
    .where(eq(legacyInvoices.importId, importId))
    .orderBy(asc(legacyInvoices.accountRef), asc(legacyInvoiceLines.lineNo));
}

/** Imported accounts of an import, by the sources that link them to it. */
export async function listAccountIdsOfImport(db: Db, importId: string): Promise<string[]> {
  const rows = await db
    .select({ id: migrationSources.entityId })
    .from(migrationSources)
    .where(and(eq(migrationSources.importId, importId), eq(migrationSources.entity, 'accounts')))
    .orderBy(asc(migrationSources.legacyId));
  return rows.map((row) => row.id);
}
