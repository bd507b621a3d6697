import {
  listSubscriptionLifetimeProblems,
  listUsageOutsideLifetimes,
  listUsageReferenceProblems,
  summarizeImportedUsage,
  sumOpeningBalances,
} from '../../db/queries/import-validation';
import { getMigrationImportById, listProblemsOfImport } from '../../db/queries/migration-imports';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { isUuid } from '../uuid';
import type { ImportFileReportModel, LegacyImportReport } from './import/import-legacy-export';

const LISTED = 200;

export interface ValidationReport {
  /** Every file: rows per the manifest against rows read and what became of them. */
  files: (ImportFileReportModel & { matchesManifest: boolean })[];
  /** Rows rejected because they refer to something the export lacks (account, product, parent, invoice). */
  referenceProblems: { file: string; line: number | null; legacyId: string | null; reason: string }[];
  referenceProblemCount: number;
  subscriptionsOutsideLifetimes: { legacyId: string; accountRef: string; problem: string }[];
  usageOutsideLifetimes: { accountRef: string; records: number; firstAt: string; lastAt: string }[];
  usageOutsidePeriod: number;
  unratedUsage: { reason: string; records: number }[];
  openingBalances: { currency: string; accounts: number; total: string }[];
  /** Nothing above needs a look. */
  clean: boolean;
}

/**
 * What an import brought and what to look at before trusting it: counts per file against
 * the manifest, references to things the export lacks, subscriptions and usage outside
 * their accounts' lifetimes, unrated usage, and the opening balances' total.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function validateImport(
  { db, actor }: OperationContext,
  importId: string,
): Promise<ValidationReport | null> {
  authorize(actor, 'migrationImport');
  const imported = isUuid(importId) ? await getMigrationImportById(db, importId) : null;
  if (!imported?.report) return null;
  const report = imported.report as LegacyImportReport;
  const manifestFiles = (imported.manifest as { files?: Record<string, { rows?: number }> }).files ?? {};
  const ingestionId = imported.usageIngestionId;
  const [problems, subscriptions, usageLifetimes, usage, usageReferences, balances] = await Promise.all([
    listProblemsOfImport(db, importId),
    listSubscriptionLifetimeProblems(db, importId),
    ingestionId ? listUsageOutsideLifetimes(db, ingestionId) : [],
    ingestionId ? summarizeImportedUsage(db, ingestionId, imported.periodStart, imported.periodEnd) : [],
    ingestionId ? listUsageReferenceProblems(db, ingestionId, LISTED) : [],
    sumOpeningBalances(db, importId),
  ]);
  const references = [
    ...problems
      .filter(
        (problem) => problem.reason.startsWith('unknown ') && !problem.reason.startsWith('unknown currency'),
      )
      .map((problem) => ({
        file: problem.file,
        line: problem.line,
        legacyId: problem.legacyId,
        reason: problem.reason,
      })),
    ...usageReferences.map((problem) => ({
      file: 'usage.csv',
      line: problem.line,
      legacyId: problem.record_id,
      reason: problem.reason,
    })),
  ];
  const referenceProblemCount = references.length - usageReferences.length + (usageReferences[0]?.total ?? 0);
  const files = Object.entries(report.files).map(([file, counts]) => {
    const expectedRows = manifestFiles[file]?.rows ?? null;
    return { file, expectedRows, ...counts, matchesManifest: expectedRows === counts.read };
  });
  const unratedUsage = usage
    .filter((row) => row.status === 'unrated')
    .map((row) => ({ reason: row.reason ?? 'UNKNOWN', records: row.records }));
  const usageOutsidePeriod = usage.reduce((n, row) => n + row.outside_period, 0);
  const usageOutsideLifetimes = usageLifetimes.map((row) => ({
    accountRef: row.account_ref,
    records: row.records,
    firstAt: row.first_at,
    lastAt: row.last_at,
  }));
  return {
    files,
    referenceProblems: references.slice(0, LISTED),
    referenceProblemCount,
    subscriptionsOutsideLifetimes: subscriptions.map((row) => ({
      legacyId: row.legacy_id,
      accountRef: row.account_ref,
      problem: row.problem,
    })),
    usageOutsideLifetimes,
    usageOutsidePeriod,
    unratedUsage,
    openingBalances: balances,
    clean:
      files.every((file) => file.matchesManifest) &&
      referenceProblemCount === 0 &&
      subscriptions.length === 0 &&
      usageOutsideLifetimes.length === 0 &&
      unratedUsage.length === 0,
  };
}
