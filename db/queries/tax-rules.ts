import { and, asc, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../client';
import { taxRules } from '../schema';

export type NewTaxRule = typeof taxRules.$inferInsert;

export async function insertTaxRule(db: Db, rule: NewTaxRule) {
  const [row] = await db.insert(taxRules).values(rule).returning();
  if (!row) throw new Error('insert into tax_rules returned no row');
  return row;
}

/** Rules of some regions in force on `date`. */
export async function listTaxRulesInForce(db: Db, regions: readonly string[], date: string) {
  if (regions.length === 0) return [];
  return db
    .select()
    .from(taxRules)
    .where(
      and(
        inArray(taxRules.region, [...regions]),
        lte(taxRules.effectiveFrom, date),
        or(isNull(taxRules.effectiveTo), gt(taxRules.effectiveTo, date)),
      ),
    )
    .orderBy(asc(taxRules.region), asc(taxRules.taxCode), asc(taxRules.taxCategory));
}

export async function listAllTaxRules(db: Db) {
  return db
    .select()
    .from(taxRules)
    .orderBy(
      asc(taxRules.region),
      asc(taxRules.taxCode),
      asc(taxRules.taxCategory),
      asc(taxRules.effectiveFrom),
    );
}
