import {
  countUnratedByReason,
  getIngestionById,
  listIngestionRows,
  listProblemsOfIngestion,
  listUsageRecordRows,
  type UsageRecordFilter,
} from '../../db/queries/usage';
import type { ingestionProblems, ingestions, usageRecords } from '../../db/schema';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import {
  decodeCursor,
  decodeKeyCursor,
  type Page,
  type PageArgs,
  pageSize,
  toKeyPage,
  toPage,
} from '../pagination';

export type IngestionRecord = typeof ingestions.$inferSelect;
export type IngestionProblemRecord = typeof ingestionProblems.$inferSelect;
export type UsageRecordRow = typeof usageRecords.$inferSelect;
export type UsageStatus = UsageRecordRow['status'];
export type IngestionSource = IngestionRecord['source'];
export type IngestionStatus = IngestionRecord['status'];
export type IngestionProblemKind = IngestionProblemRecord['kind'];

/**
 * Ingestions (batches and files) with their reports, newest first.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (page size, cursor)
 */
export async function listIngestions(
  { db, actor }: OperationContext,
  args: PageArgs,
): Promise<Page<IngestionRecord>> {
  authorize(actor, 'ingestions');
  const limit = pageSize(args.first);
  const rows = await listIngestionRows(db, {
    limit,
    after: args.after ? decodeCursor(args.after) : undefined,
  });
  return toPage(rows, limit, (row) => ({ createdAt: row.startedAt, id: row.id }));
}

/**
 * One ingestion, for its progress and report.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function getIngestion(
  { db, actor }: OperationContext,
  id: string,
): Promise<IngestionRecord | null> {
  authorize(actor, 'ingestion');
  return getIngestionById(db, id);
}

/** The stored problems of an ingestion, by line (at most `limit`). Authorised with the ingestion. */
export function listIngestionProblems(
  { db }: OperationContext,
  ingestionId: string,
  limit: number,
): Promise<IngestionProblemRecord[]> {
  return listProblemsOfIngestion(db, ingestionId, Math.min(Math.max(limit, 1), 1000));
}

/**
 * Usage records, newest first, filtered by account, period, status, type or reason.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (page size, cursor)
 */
export async function listUsageRecords(
  { db, actor }: OperationContext,
  args: PageArgs & { filter?: UsageRecordFilter | null },
): Promise<Page<UsageRecordRow>> {
  authorize(actor, 'usageRecords');
  const limit = pageSize(args.first);
  const beforeId = args.after
    ? Number(decodeKeyCursor(args.after, (key) => /^\d{1,15}$/.test(key)))
    : undefined;
  const rows = await listUsageRecordRows(db, { limit, beforeId, filter: args.filter ?? {} });
  return toKeyPage(rows, limit, (row) => row.id);
}

/**
 * The unbillable queue at a glance: unrated records counted by reason.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN
 */
export async function summarizeUnratedUsage({
  db,
  actor,
}: OperationContext): Promise<{ reason: string; count: number }[]> {
  authorize(actor, 'unratedUsageSummary');
  return (await countUnratedByReason(db)).map((row) => ({ reason: row.reason ?? 'UNKNOWN', count: row.n }));
}
