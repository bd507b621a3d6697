import { and, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../client';
import {
  audiences,
  billRunAccounts,
  billRuns,
  campaigns,
  cutoverWaves,
  goNoGoReviews,
  migrationImports,
  parallelRunAccounts,
  parallelRuns,
  usageRecords,
} from '../schema';
import { rowsOf } from './raw-rows';

// What the migration program's evidence checks read from the billing data. Reading only.

/** The newest completed legacy import's id. */
export async function getNewestCompletedImportId(db: Db): Promise<string | null> {
  const [newest] = await db
    .select({ id: migrationImports.id })
    .from(migrationImports)
    .where(eq(migrationImports.status, 'completed'))
    .orderBy(desc(migrationImports.createdAt))
    .limit(1);
  return newest?.id ?? null;
}

/** The import's latest completed parallel run. */
export async function getLatestCompletedRun(db: Db, importId: string) {
  const [run] = await db
    .select()
    .from(parallelRuns)
    .where(and(eq(parallelRuns.importId, importId), eq(parallelRuns.status, 'completed')))
    .orderBy(desc(parallelRuns.finishedAt), desc(parallelRuns.createdAt))
    .limit(1);
  return run ?? null;
}

/** Variances (any status but match) of a run nobody has reviewed yet. */
export async function countUnexplainedVariances(db: Db, runId: string): Promise<number> {
  const [open] = await db
    .select({ n: count() })
    .from(parallelRunAccounts)
    .where(
      and(
        eq(parallelRunAccounts.runId, runId),
        ne(parallelRunAccounts.status, 'match'),
        eq(parallelRunAccounts.resolution, 'open'),
      ),
    );
  return open?.n ?? 0;
}

/** Unrated usage records, counted up to `cap` + 1 (the partial index makes this cheap). */
export async function countUnratedUsage(db: Db, cap: number): Promise<number> {
  const result = await db.execute(
    sql`select count(*)::int as n from (select 1 from ${usageRecords} where ${usageRecords.status} = 'unrated' limit ${cap + 1}) as unrated`,
  );
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}

/** The latest bill run to finish (completed or failed). */
export async function getLatestFinishedBillRun(db: Db) {
  const [run] = await db
    .select({ id: billRuns.id, status: billRuns.status })
    .from(billRuns)
    .where(inArray(billRuns.status, ['completed', 'failed']))
    .orderBy(desc(billRuns.finishedAt))
    .limit(1);
  return run ?? null;
}

export async function countFailedBillRunAccounts(db: Db, billRunId: string): Promise<number> {
  const [failed] = await db
    .select({ n: count() })
    .from(billRunAccounts)
    .where(and(eq(billRunAccounts.billRunId, billRunId), eq(billRunAccounts.status, 'failed')));
  return failed?.n ?? 0;
}

/** Campaigns (not cancelled) to the wave, or to any wave of the import; none without either. */
export function listCampaignsOfWaves(db: Db, of: { waveId: string | null; importId: string | null }) {
  return db
    .select({
      id: campaigns.id,
      name: campaigns.name,
      status: campaigns.status,
      testSentAt: campaigns.testSentAt,
    })
    .from(campaigns)
    .innerJoin(audiences, eq(audiences.id, campaigns.audienceId))
    .innerJoin(cutoverWaves, eq(cutoverWaves.id, audiences.waveId))
    .where(
      and(
        ne(campaigns.status, 'cancelled'),
        of.waveId
          ? eq(cutoverWaves.id, of.waveId)
          : of.importId
            ? eq(cutoverWaves.importId, of.importId)
            : sql`false`,
      ),
    )
    .orderBy(campaigns.createdAt);
}

/** The program's latest review decided Go or Go with conditions. */
export async function getLatestGoDecision(db: Db, programId: string) {
  const [review] = await db
    .select({ reviewId: goNoGoReviews.id, outcome: goNoGoReviews.outcome })
    .from(goNoGoReviews)
    .where(
      and(
        eq(goNoGoReviews.programId, programId),
        inArray(goNoGoReviews.outcome, ['go', 'go_with_conditions']),
      ),
    )
    .orderBy(desc(goNoGoReviews.decidedAt))
    .limit(1);
  return review ?? null;
}
