import type { Readable } from 'node:stream';
import { type CsvError, parse } from 'csv-parse';
import { AppError } from '../errors';
import type { IncomingRow } from './ingest-usage';
import type { RawUsageRow } from './usage-row';

const REQUIRED_COLUMNS = ['record_id', 'account_id', 'usage_type', 'started_at'];

/**
 * Streams usage rows out of a CSV (FORMAT.md's usage.csv columns) without holding the file
 * in memory. A record the CSV parser cannot read (an unclosed quote, a stray quote) comes
 * out as `malformed` with its line, and parsing goes on with the next record. `progress.bytes`
 * follows the bytes parsed so far (for a progress bar).
 * @throws AppError BAD_USER_INPUT when the header lacks a required column.
 */
export async function* readUsageCsv(
  input: Readable,
  progress: { bytes: number } = { bytes: 0 },
): AsyncGenerator<IncomingRow> {
  const parser = input.pipe(
    parse({
      bom: true,
      columns: (header: string[]) => {
        const columns = header.map((name) => name.trim().toLowerCase());
        const missing = REQUIRED_COLUMNS.filter((name) => !columns.includes(name));
        if (missing.length > 0) {
          throw new AppError(
            'BAD_USER_INPUT',
            `The CSV header lacks ${missing.join(', ')} (it has ${columns.join(', ') || 'nothing'}).`,
          );
        }
        return columns;
      },
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
      info: true,
      raw: true,
    }),
  );
  const skipped: IncomingRow[] = [];
  parser.on('skip', (error: CsvError & { lines?: number; record?: unknown }) => {
    skipped.push({ line: error.lines ?? 0, malformed: `unreadable CSV record: ${error.message}` });
  });
  input.on('error', (error) => parser.destroy(error));
  for await (const { record, info, raw } of parser as AsyncIterable<{
    record: RawUsageRow;
    info: { lines: number; bytes: number };
    raw: string;
  }>) {
    progress.bytes = info.bytes;
    while (skipped.length > 0) yield skipped.shift() as IncomingRow;
    yield { line: info.lines, raw: record, text: raw.trimEnd() };
  }
  while (skipped.length > 0) yield skipped.shift() as IncomingRow;
}
