import { and, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { rowsOf } from '../../../db/queries/raw-rows';
import {
  audiences,
  billRunAccounts,
  billRuns,
  campaigns,
  cutoverWaves,
  goNoGoReviews,
  migrationImports,
  type ProgramRow,
  parallelRunAccounts,
  parallelRuns,
  usageRecords,
} from '../../../db/schema';
import type { LegacyImportReport } from '../../migration/import/import-legacy-export';
import type { RunSummary } from '../../migration/parallel-run/summarize-run';

export interface LatestRunFacts {
  id: string;
  finishedAt: string | null;
  summary: RunSummary;
  /** Variances (any status but match) nobody has reviewed yet. */
  unexplained: number;
}

export interface ImportFacts {
  importId: string;
  sourceName: string;
  /** Files whose rows read differ from the manifest's count. */
  filesShort: string[];
  files: number;
  rejected: number;
}

export interface BillRunFacts {
  id: string;
  status: string;
  failed: number;
}

/**
 * What the evidence checks read from the billing data, each fact loaded once and only when
 * a check needs it: a program's refresh costs a handful of aggregate queries, however many
 * items and milestones it has.
 */
export class EvidenceFacts {
  readonly #cache = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: Db,
    private readonly program: ProgramRow,
  ) {}

  #once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let value = this.#cache.get(key) as Promise<T> | undefined;
    if (!value) {
      value = load();
      this.#cache.set(key, value);
    }
    return value;
  }

  /** The program's import, else the newest completed one. */
  importId(): Promise<string | null> {
    return this.#once('importId', async () => {
      if (this.program.importId) return this.program.importId;
      const [newest] = await this.db
        .select({ id: migrationImports.id })
        .from(migrationImports)
        .where(eq(migrationImports.status, 'completed'))
        .orderBy(desc(migrationImports.createdAt))
        .limit(1);
      return newest?.id ?? null;
    });
  }

  latestRun(): Promise<LatestRunFacts | null> {
    return this.#once('latestRun', async () => {
      const importId = await this.importId();
      if (!importId) return null;
      const [run] = await this.db
        .select()
        .from(parallelRuns)
        .where(and(eq(parallelRuns.importId, importId), eq(parallelRuns.status, 'completed')))
        .orderBy(desc(parallelRuns.finishedAt), desc(parallelRuns.createdAt))
        .limit(1);
      if (!run?.summary) return null;
      const [open] = await this.db
        .select({ n: count() })
        .from(parallelRunAccounts)
        .where(
          and(
            eq(parallelRunAccounts.runId, run.id),
            ne(parallelRunAccounts.status, 'match'),
            eq(parallelRunAccounts.resolution, 'open'),
          ),
        );
      return {
        id: run.id,
        finishedAt: run.finishedAt?.toISOString() ?? null,
        summary: run.summary as RunSummary,
        unexplained: open?.n ?? 0,
      };
    });
  }

  /** Unrated usage records, counted up to 10,001 (the partial index makes this cheap). */
  unratedUsage(): Promise<number> {
    return this.#once('unratedUsage', async () => {
      const result = await this.db.execute(
        sql`select count(*)::int as n from (select 1 from ${usageRecords} where ${usageRecords.status} = 'unrated' limit 10001) as unrated`,
      );
      return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
    });
  }

  import(): Promise<ImportFacts | null> {
    return this.#once('import', async () => {
      const importId = await this.importId();
      if (!importId) return null;
      const [row] = await this.db.select().from(migrationImports).where(eq(migrationImports.id, importId));
      if (row?.status !== 'completed' || !row.report) return null;
      const report = row.report as LegacyImportReport;
      const manifest = (row.manifest as { files?: Record<string, { rows?: number }> }).files ?? {};
      const filesShort = Object.entries(manifest)
        .filter(([file, entry]) => {
          const counts = (
            report.files as Partial<Record<string, (typeof report.files)[keyof typeof report.files]>>
          )[file];
          if (!counts) return true;
          const accounted = counts.imported + counts.duplicates + counts.conflicts + counts.rejected;
          return (entry.rows !== undefined && counts.read !== entry.rows) || accounted !== counts.read;
        })
        .map(([file]) => file);
      const rejected = Object.values(report.files).reduce((total, counts) => total + counts.rejected, 0);
      return {
        importId,
        sourceName: row.sourceName,
        filesShort,
        files: Object.keys(manifest).length,
        rejected,
      };
    });
  }

  latestBillRun(): Promise<BillRunFacts | null> {
    return this.#once('latestBillRun', async () => {
      const [run] = await this.db
        .select({ id: billRuns.id, status: billRuns.status })
        .from(billRuns)
        .where(inArray(billRuns.status, ['completed', 'failed']))
        .orderBy(desc(billRuns.finishedAt))
        .limit(1);
      if (!run) return null;
      const [failed] = await this.db
        .select({ n: count() })
        .from(billRunAccounts)
        .where(and(eq(billRunAccounts.billRunId, run.id), eq(billRunAccounts.status, 'failed')));
      return { ...run, failed: failed?.n ?? 0 };
    });
  }

  /** Campaigns (not cancelled) to the given wave, or to any wave of the program's import. */
  waveCampaigns(
    waveId: string | null,
  ): Promise<{ id: string; name: string; status: string; testSent: boolean }[]> {
    return this.#once(`waveCampaigns:${waveId}`, async () => {
      const importId = await this.importId();
      const rows = await this.db
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
            waveId
              ? eq(cutoverWaves.id, waveId)
              : importId
                ? eq(cutoverWaves.importId, importId)
                : sql`false`,
          ),
        )
        .orderBy(campaigns.createdAt);
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        status: row.status,
        testSent: row.testSentAt !== null,
      }));
    });
  }

  goDecision(): Promise<{ reviewId: string; outcome: string } | null> {
    return this.#once('goDecision', async () => {
      const [review] = await this.db
        .select({ reviewId: goNoGoReviews.id, outcome: goNoGoReviews.outcome })
        .from(goNoGoReviews)
        .where(
          and(
            eq(goNoGoReviews.programId, this.program.id),
            inArray(goNoGoReviews.outcome, ['go', 'go_with_conditions']),
          ),
        )
        .orderBy(desc(goNoGoReviews.decidedAt))
        .limit(1);
      return review?.outcome ? { reviewId: review.reviewId, outcome: review.outcome } : null;
    });
  }
}
