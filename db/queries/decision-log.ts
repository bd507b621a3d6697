import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { decisionLog } from '../schema';

export type NewDecisionLogEntry = typeof decisionLog.$inferInsert;

/** Appends an entry; the log has no update or delete. */
export async function insertDecisionLogEntry(db: Db, entry: NewDecisionLogEntry) {
  const [row] = await db.insert(decisionLog).values(entry).returning();
  if (!row) throw new Error('insert into decision_log returned no row');
  return row;
}

/** A program's log, newest decision first (then latest written). */
export async function listDecisionLog(
  db: Db,
  programId: string,
  category?: NewDecisionLogEntry['category'] | null,
) {
  return db
    .select()
    .from(decisionLog)
    .where(
      and(eq(decisionLog.programId, programId), category ? eq(decisionLog.category, category) : undefined),
    )
    .orderBy(desc(decisionLog.decidedOn), desc(decisionLog.createdAt), desc(decisionLog.id));
}
