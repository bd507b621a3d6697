import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { catalogs } from '../schema';

export type NewCatalog = typeof catalogs.$inferInsert;

export async function listCatalogRows(db: Db) {
  return db.select().from(catalogs).orderBy(asc(catalogs.createdAt), asc(catalogs.id));
}

export async function getCatalogById(db: Db, id: string) {
  const [row] = await db.select().from(catalogs).where(eq(catalogs.id, id));
  return row ?? null;
}

export async function getCatalogByCode(db: Db, code: string) {
  const [row] = await db.select().from(catalogs).where(eq(catalogs.code, code));
  return row ?? null;
}

/** Inserts unless a catalog with the code exists; returns the catalog either way. */
export async function insertCatalogIfMissing(db: Db, catalog: NewCatalog) {
  await db.insert(catalogs).values(catalog).onConflictDoNothing({ target: catalogs.code });
  const row = await getCatalogByCode(db, catalog.code);
  if (!row) throw new Error(`catalog ${catalog.code} vanished after insert`);
  return row;
}

export async function updateCatalogById(
  db: Db,
  id: string,
  patch: Partial<
    Pick<
      NewCatalog,
      | 'name'
      | 'roundingMode'
      | 'callDecimals'
      | 'lineDecimals'
      | 'defaultBillingTiming'
      | 'prorationMethod'
      | 'creditUnusedOnCancel'
      | 'billPartialWithNextPeriod'
    >
  >,
) {
  const [row] = await db.update(catalogs).set(patch).where(eq(catalogs.id, id)).returning();
  return row ?? null;
}
