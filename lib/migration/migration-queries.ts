import {
  getMigrationImportById,
  listMigrationImports as listImportRows,
  listProblemsOfImport,
} from '../../db/queries/migration-imports';
import {
  getParallelRunById,
  getRunAccount,
  listParallelRunRows,
  listRunAccounts,
  listRunLines,
} from '../../db/queries/parallel-runs';
import type { MigrationImportRow, ParallelRunAccountRow, ParallelRunRow } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { isUuid } from '../uuid';
import { compareRuns } from './parallel-run/compare-runs';
import type { ReconciliationStatus } from './parallel-run/types';

const clamp = (value: number | null | undefined, fallback: number) =>
  Math.min(Math.max(value ?? fallback, 1), 500);

/** The latest imports first. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function listMigrationImports({ db, actor }: OperationContext, first?: number | null) {
  authorize(actor, 'migrationImports');
  return listImportRows(db, clamp(first, 50));
}

/** @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function getMigrationImport(
  { db, actor }: OperationContext,
  id: string,
): Promise<MigrationImportRow | null> {
  authorize(actor, 'migrationImport');
  return isUuid(id) ? getMigrationImportById(db, id) : null;
}

/** Rows of an import's files that were not imported, by file and line. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function listImportProblems(
  { db, actor }: OperationContext,
  importId: string,
  file?: string | null,
) {
  authorize(actor, 'migrationImport');
  return listProblemsOfImport(db, importId, file ?? undefined);
}

/** The latest parallel runs first, of one import or all. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function listParallelRuns(
  { db, actor }: OperationContext,
  args: { importId?: string | null; first?: number | null },
): Promise<ParallelRunRow[]> {
  authorize(actor, 'parallelRuns');
  if (args.importId && !isUuid(args.importId)) return [];
  return listParallelRunRows(db, { importId: args.importId ?? undefined, limit: clamp(args.first, 50) });
}

/** @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function getParallelRun(
  { db, actor }: OperationContext,
  id: string,
): Promise<ParallelRunRow | null> {
  authorize(actor, 'parallelRun');
  return isUuid(id) ? getParallelRunById(db, id) : null;
}

/** A run's accounts, largest difference first. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function listReconciledAccounts(
  { db, actor }: OperationContext,
  runId: string,
  args: { status?: ReconciliationStatus | null; first?: number | null; offset?: number | null },
): Promise<ParallelRunAccountRow[]> {
  authorize(actor, 'parallelRun');
  return listRunAccounts(db, runId, {
    status: args.status ?? undefined,
    limit: clamp(args.first, 100),
    offset: Math.max(args.offset ?? 0, 0),
  });
}

/** One account of a run, for the side-by-side view. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export async function getReconciledAccount(
  { db, actor }: OperationContext,
  runId: string,
  legacyAccountId: string,
) {
  authorize(actor, 'parallelRun');
  return getRunAccount(db, runId, legacyAccountId);
}

/** Both sides' lines of some accounts of a run. */
export async function listReconciledLines(
  { db }: OperationContext,
  runId: string,
  legacyAccountIds: readonly string[],
) {
  return listRunLines(db, runId, legacyAccountIds);
}

/**
 * What changed between an earlier run of the same import and this one (by default the run
 * just before). @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function listRunChanges(
  ctx: OperationContext,
  run: ParallelRunRow,
  earlierRunId?: string | null,
) {
  authorize(ctx.actor, 'parallelRun');
  const earlier = earlierRunId ? await getParallelRun(ctx, earlierRunId) : await getPreviousRun(ctx, run);
  if (!earlier || earlier.importId !== run.importId) return [];
  const [before, after] = await Promise.all([
    listRunAccounts(ctx.db, earlier.id),
    listRunAccounts(ctx.db, run.id),
  ]);
  return compareRuns(before, after);
}

/** The completed run of the same import started just before this one. */
export async function getPreviousRun(
  ctx: OperationContext,
  run: ParallelRunRow,
): Promise<ParallelRunRow | null> {
  authorize(ctx.actor, 'parallelRun');
  const runs = await listParallelRunRows(ctx.db, { importId: run.importId, limit: 500 });
  return (
    runs.find(
      (other) =>
        other.status === 'completed' &&
        (other.createdAt < run.createdAt ||
          (other.createdAt.getTime() === run.createdAt.getTime() && other.id < run.id)),
    ) ?? null
  );
}
