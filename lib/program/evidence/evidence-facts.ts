import type { Db } from '../../../db/client';
import { getMigrationImportById } from '../../../db/queries/migration-imports';
import {
  countFailedBillRunAccounts,
  countUnexplainedVariances,
  countUnratedUsage,
  getLatestCompletedRun,
  getLatestFinishedBillRun,
  getLatestGoDecision,
  getNewestCompletedImportId,
  listCampaignsOfWaves,
} from '../../../db/queries/program-evidence';
import type { ProgramRow } from '../../../db/schema';
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
      return getNewestCompletedImportId(this.db);
    });
  }

  latestRun(): Promise<LatestRunFacts | null> {
    return this.#once('latestRun', async () => {
      const importId = await this.importId();
      if (!importId) return null;
      const run = await getLatestCompletedRun(this.db, importId);
      if (!run?.summary) return null;
      return {
        id: run.id,
        finishedAt: run.finishedAt?.toISOString() ?? null,
        summary: run.summary as RunSummary,
        unexplained: await countUnexplainedVariances(this.db, run.id),
      };
    });
  }

  /** Unrated usage records, counted up to 10,001 (the partial index makes this cheap). */
  unratedUsage(): Promise<number> {
    return this.#once('unratedUsage', () => countUnratedUsage(this.db, 10_000));
  }

  import(): Promise<ImportFacts | null> {
    return this.#once('import', async () => {
      const importId = await this.importId();
      if (!importId) return null;
      const row = await getMigrationImportById(this.db, importId);
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
      const run = await getLatestFinishedBillRun(this.db);
      if (!run) return null;
      return { ...run, failed: await countFailedBillRunAccounts(this.db, run.id) };
    });
  }

  /** Campaigns (not cancelled) to the given wave, or to any wave of the program's import. */
  waveCampaigns(
    waveId: string | null,
  ): Promise<{ id: string; name: string; status: string; testSent: boolean }[]> {
    return this.#once(`waveCampaigns:${waveId}`, async () => {
      const importId = await this.importId();
      const rows = await listCampaignsOfWaves(this.db, { waveId, importId });
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
      const review = await getLatestGoDecision(this.db, this.program.id);
      return review?.outcome ? { reviewId: review.reviewId, outcome: review.outcome } : null;
    });
  }
}
