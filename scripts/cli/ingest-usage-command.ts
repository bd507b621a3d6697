import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { OperationContext } from '../../lib/context';
import { ingestUsageFile } from '../../lib/usage/ingest-usage-file';

/** `ingest-usage <file.csv>`: streams the file in and prints its report. */
export async function ingestUsageCommand(
  ctx: OperationContext,
  path: string,
  json: boolean,
): Promise<number> {
  const report = await ingestUsageFile(ctx, {
    body: Readable.toWeb(createReadStream(path)) as WebReadableStream<Uint8Array>,
    fileName: basename(path),
    bytesTotal: statSync(path).size,
    source: 'cli',
  });
  if (json) console.log(JSON.stringify(report));
  else {
    console.log(
      `${path}: read ${report.read}, imported ${report.imported} (${report.unrated} unrated), duplicates ${report.duplicates}, conflicts ${report.conflicts}, rejected ${report.rejected}`,
    );
  }
  return 0;
}
