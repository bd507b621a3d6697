import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { risks } from '../schema';

export type NewRisk = typeof risks.$inferInsert;
export type RiskPatch = Partial<Omit<NewRisk, 'id' | 'programId' | 'createdAt' | 'updatedAt'>>;

export interface RiskFilter {
  status?: NewRisk['status'] | null;
  ownerId?: string | null;
  /** Only risks whose review date is before this date (YYYY-MM-DD) and that are not closed. */
  reviewDueBefore?: string | null;
}

export async function insertRisk(db: Db, risk: NewRisk) {
  const [row] = await db.insert(risks).values(risk).returning();
  if (!row) throw new Error('insert into risks returned no row');
  return row;
}

export async function getRiskById(db: Db, id: string) {
  const [row] = await db.select().from(risks).where(eq(risks.id, id));
  return row ?? null;
}

export async function updateRiskById(db: Db, id: string, patch: RiskPatch) {
  const [row] = await db.update(risks).set(patch).where(eq(risks.id, id)).returning();
  if (!row) throw new Error(`risk ${id} vanished`);
  return row;
}

/** A program's risks, highest score (probability × impact) first. */
export async function listRisksOfProgram(db: Db, programId: string, filter: RiskFilter = {}) {
  return db
    .select()
    .from(risks)
    .where(
      and(
        eq(risks.programId, programId),
        filter.status ? eq(risks.status, filter.status) : undefined,
        filter.ownerId ? eq(risks.ownerId, filter.ownerId) : undefined,
        filter.reviewDueBefore
          ? and(sql`${risks.reviewOn} < ${filter.reviewDueBefore}`, ne(risks.status, 'closed'))
          : undefined,
      ),
    )
    .orderBy(
      desc(sql`${risks.probability} * ${risks.impact}`),
      desc(risks.impact),
      sql`${risks.reviewOn} asc nulls last`,
      risks.createdAt,
      risks.id,
    );
}

/** Open risks per (probability, impact) cell; cells without risks are absent. */
export async function countOpenRisksByCell(db: Db, programId: string) {
  return db
    .select({ probability: risks.probability, impact: risks.impact, count: sql<number>`count(*)::int` })
    .from(risks)
    .where(and(eq(risks.programId, programId), eq(risks.status, 'open')))
    .groupBy(risks.probability, risks.impact);
}
