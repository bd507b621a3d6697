import type { OperationContext } from '../context';
import { AppError } from '../errors';
import { type IngestionReport, ingestUsage } from './ingest-usage';
import type { RawUsageRow } from './usage-row';

export const MAX_BATCH_RECORDS = 1_000;

/**
 * Ingests up to 1,000 records sent in one API call (larger volumes go through the file
 * upload). Positions in the batch stand in for file lines in the report.
 * @throws AppError BAD_USER_INPUT (too many records), UNAUTHENTICATED, FORBIDDEN
 */
export async function ingestUsageBatch(
  ctx: OperationContext,
  records: readonly RawUsageRow[],
): Promise<IngestionReport> {
  if (records.length > MAX_BATCH_RECORDS) {
    throw new AppError(
      'BAD_USER_INPUT',
      `A batch holds at most ${MAX_BATCH_RECORDS} records; upload a file for more.`,
      { field: 'records' },
    );
  }
  return ingestUsage(
    ctx,
    records.map((raw, index) => ({ line: index + 1, raw })),
    { source: 'api', unknownAccount: 'unrated' },
  );
}
