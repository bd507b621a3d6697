import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { parallelRunAccounts, parallelRunLines, parallelRuns } from '../schema';

export type NewParallelRun = typeof parallelRuns.$inferInsert;
export type NewParallelRunAccount = typeof parallelRunAccounts.$inferInsert;
export type NewParallelRunLine = typeof parallelRunLines.$inferInsert;

export async function insertParallelRun(db: Db, row: NewParallelRun) {
  const [inserted] = await db.insert(parallelRuns).values(row).returning();
  if (!inserted) throw new Error('insert into parallel_runs returned no row');
  return inserted;
}

export async function updateParallelRun(
  db: Db,
  id: string,
  patch: Partial<Pick<NewParallelRun, 'status' | 'summary' | 'error' | 'finishedAt'>>,
) {
  const [row] = await db.update(parallelRuns).set(patch).where(eq(parallelRuns.id, id)).returning();
  return row ?? null;
}

export async function getParallelRunById(db: Db, id: string) {
  const [row] = await db.select().from(parallelRuns).where(eq(parallelRuns.id, id));
  return row ?? null;
}

export async function listParallelRunRows(db: Db, options: { importId?: string; limit: number }) {
  return db
    .select()
    .from(parallelRuns)
    .where(options.importId ? eq(parallelRuns.importId, options.importId) : undefined)
    .orderBy(desc(parallelRuns.createdAt), desc(parallelRuns.id))
    .limit(options.limit);
}

/** A run's accounts, largest difference first (what a reviewer looks at first). */
export async function listRunAccounts(
  db: Db,
  runId: string,
  options: { status?: string; limit?: number; offset?: number } = {},
) {
  return db
    .select()
    .from(parallelRunAccounts)
    .where(
      options.status
        ? and(
            eq(parallelRunAccounts.runId, runId),
            sql`${parallelRunAccounts.status}::text = ${options.status}`,
          )
        : eq(parallelRunAccounts.runId, runId),
    )
    .orderBy(sql`abs(${parallelRunAccounts.difference}) desc`, asc(parallelRunAccounts.legacyAccountId))
    .limit(options.limit ?? 100_000)
    .offset(options.offset ?? 0);
}

export async function getRunAccount(db: Db, runId: string, legacyAccountId: string) {
  const [row] = await db
    .select()
    .from(parallelRunAccounts)
    .where(
      and(eq(parallelRunAccounts.runId, runId), eq(parallelRunAccounts.legacyAccountId, legacyAccountId)),
    );
  return row ?? null;
}

export async function listRunLines(db: Db, runId: string, legacyAccountIds: readonly string[]) {
  if (legacyAccountIds.length === 0) return [];
  return db
    .select()
    .from(parallelRunLines)
    .where(
      and(
        eq(parallelRunLines.runId, runId),
        inArray(parallelRunLines.legacyAccountId, [...legacyAccountIds]),
      ),
    )
    .orderBy(asc(parallelRunLines.legacyAccountId), asc(parallelRunLines.position));
}

export async function updateRunAccounts(
  db: Db,
  runId: string,
  legacyAccountIds: readonly string[],
  patch: Partial<
    Pick<NewParallelRunAccount, 'cause' | 'resolution' | 'comment' | 'reviewedBy' | 'reviewedAt'>
  >,
) {
  if (legacyAccountIds.length === 0) return [];
  return db
    .update(parallelRunAccounts)
    .set(patch)
    .where(
      and(
        eq(parallelRunAccounts.runId, runId),
        inArray(parallelRunAccounts.legacyAccountId, [...legacyAccountIds]),
      ),
    )
    .returning();
}
