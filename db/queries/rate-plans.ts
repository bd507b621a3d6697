import { and, asc, count, desc, eq, gt, ilike, inArray, like, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { rateDeckEntries, ratePlans, ratePlanVersions } from '../schema';
import { insertChunked } from './chunked-insert';
import { containsPattern } from './like-pattern';

export type NewRatePlan = typeof ratePlans.$inferInsert;
export type NewRateDeckEntry = Omit<typeof rateDeckEntries.$inferInsert, 'versionId'>;

export async function insertRatePlan(db: Db, plan: NewRatePlan) {
  const [row] = await db.insert(ratePlans).values(plan).returning();
  if (!row) throw new Error('insert into rate_plans returned no row');
  return row;
}

/** Sets a plan's own call rounding (null inherits the catalog's); the plan as changed, or undefined. */
export async function updateRatePlanRoundingById(
  db: Db,
  id: string,
  rounding: Pick<NewRatePlan, 'callRoundingMode' | 'callDecimals'>,
) {
  const [row] = await db
    .update(ratePlans)
    .set({ ...rounding, updatedAt: new Date() })
    .where(eq(ratePlans.id, id))
    .returning();
  return row;
}

export async function getRatePlanById(db: Db, id: string) {
  const [row] = await db.select().from(ratePlans).where(eq(ratePlans.id, id));
  return row ?? null;
}

export async function lockRatePlan(db: Db, id: string) {
  const [row] = await db.select().from(ratePlans).where(eq(ratePlans.id, id)).for('update');
  return row ?? null;
}

export async function getRatePlanByCode(db: Db, catalogId: string, code: string) {
  const [row] = await db
    .select()
    .from(ratePlans)
    .where(and(eq(ratePlans.catalogId, catalogId), eq(ratePlans.code, code)));
  return row ?? null;
}

export async function getRatePlansByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(ratePlans)
    .where(inArray(ratePlans.id, [...ids]));
}

export async function listRatePlanRows(db: Db, catalogId?: string) {
  return db
    .select()
    .from(ratePlans)
    .where(catalogId ? eq(ratePlans.catalogId, catalogId) : undefined)
    .orderBy(asc(ratePlans.code));
}

export async function listVersionsOfPlans(db: Db, planIds: readonly string[]) {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(ratePlanVersions)
    .where(inArray(ratePlanVersions.ratePlanId, [...planIds]))
    .orderBy(asc(ratePlanVersions.ratePlanId), desc(ratePlanVersions.effectiveFrom));
}

/** The version in force on `date`: the latest that started on or before it. */
export async function getVersionInForce(db: Db, planId: string, date: string) {
  const [row] = await db
    .select()
    .from(ratePlanVersions)
    .where(and(eq(ratePlanVersions.ratePlanId, planId), lte(ratePlanVersions.effectiveFrom, date)))
    .orderBy(desc(ratePlanVersions.effectiveFrom))
    .limit(1);
  return row ?? null;
}

export async function getVersionById(db: Db, id: string) {
  const [row] = await db.select().from(ratePlanVersions).where(eq(ratePlanVersions.id, id));
  return row ?? null;
}

export async function insertVersionWithEntries(
  db: Db,
  version: typeof ratePlanVersions.$inferInsert,
  entries: NewRateDeckEntry[],
) {
  const [row] = await db.insert(ratePlanVersions).values(version).returning();
  if (!row) throw new Error('insert into rate_plan_versions returned no row');
  await insertChunked(
    db,
    rateDeckEntries,
    entries.map((entry) => ({ ...entry, versionId: row.id })),
  );
  return row;
}

export async function listAllEntriesOfVersion(db: Db, versionId: string) {
  return db
    .select()
    .from(rateDeckEntries)
    .where(eq(rateDeckEntries.versionId, versionId))
    .orderBy(asc(rateDeckEntries.prefix));
}

export async function countEntriesOfVersions(db: Db, versionIds: readonly string[]) {
  if (versionIds.length === 0) return [];
  return db
    .select({ versionId: rateDeckEntries.versionId, n: count() })
    .from(rateDeckEntries)
    .where(inArray(rateDeckEntries.versionId, [...versionIds]))
    .groupBy(rateDeckEntries.versionId);
}

/** Entries in prefix order; `search` matches a prefix start or part of the destination name. */
export async function listEntriesOfVersion(
  db: Db,
  options: {
    versionId: string;
    limit: number;
    afterPrefix?: string | undefined;
    search?: string | undefined;
  },
) {
  const conditions: (SQL | undefined)[] = [eq(rateDeckEntries.versionId, options.versionId)];
  if (options.afterPrefix !== undefined) conditions.push(gt(rateDeckEntries.prefix, options.afterPrefix));
  if (options.search) {
    const digits = options.search.replace(/^\+/, '');
    conditions.push(
      /^\d+$/.test(digits)
        ? like(rateDeckEntries.prefix, `${digits}%`)
        : ilike(rateDeckEntries.destination, containsPattern(options.search)),
    );
  }
  return db
    .select()
    .from(rateDeckEntries)
    .where(and(...conditions))
    .orderBy(asc(rateDeckEntries.prefix))
    .limit(options.limit + 1);
}

export async function getEntryByPrefix(db: Db, versionId: string, prefix: string) {
  const [row] = await db
    .select()
    .from(rateDeckEntries)
    .where(and(eq(rateDeckEntries.versionId, versionId), eq(rateDeckEntries.prefix, prefix)));
  return row ?? null;
}
