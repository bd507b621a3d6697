import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { recordAuditEntries } from '../audit/record-audit-entries';
import type { OperationContext } from '../context';
import { AppError, isAppError } from '../errors';
import { checkText } from '../text/check-text';
import { type IngestionReport, ingestUsage } from './ingest-usage';
import { readUsageCsv } from './read-usage-csv';

const READ_AHEAD_BYTES = 4 * 1024 * 1024;

/**
 * Ingests a CDR/CSV file as it streams in (any size; never held whole in memory). Progress
 * is the bytes consumed so far, stored on the ingestion as it goes. The upload is recorded
 * in the audit log like a mutation.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (not CSV, header lacks a column)
 */
export async function ingestUsageFile(
  ctx: OperationContext,
  file: {
    body: WebReadableStream<Uint8Array> | ReadableStream<Uint8Array>;
    fileName: string | null;
    bytesTotal: number | null;
    source?: 'file' | 'cli';
  },
): Promise<IngestionReport> {
  const progress = { bytes: 0 };
  // A few MiB read ahead: the upload keeps arriving while a chunk is stored, instead of
  // stalling the sender each time the parser waits for the database.
  const body = Readable.fromWeb(file.body as WebReadableStream<Uint8Array>, {
    highWaterMark: READ_AHEAD_BYTES,
  });
  const input = { fileName: file.fileName, bytesTotal: file.bytesTotal };
  try {
    const fileName = file.fileName === null ? null : checkText(file.fileName, { maxLength: 255 });
    if (fileName && 'problem' in fileName)
      throw new AppError('BAD_USER_INPUT', `The file name ${fileName.problem}.`);
    const report = await ingestUsage(ctx, readUsageCsv(body, progress), {
      source: file.source ?? 'file',
      fileName: file.fileName,
      bytesTotal: file.bytesTotal,
      unknownAccount: 'unrated',
      bytesRead: () => progress.bytes,
    });
    await recordAuditEntries(ctx.db, ctx.actor, [
      { operation: 'ingestUsageFile', input: { ...input, ingestionId: report.ingestionId }, result: 'ok' },
    ]);
    return report;
  } catch (error) {
    const code = isAppError(error) ? error.code : 'INTERNAL_SERVER_ERROR';
    await recordAuditEntries(ctx.db, ctx.actor, [
      { operation: 'ingestUsageFile', input, result: 'error', errorCode: code },
    ]);
    throw error;
  }
}
