import type { Readable } from 'node:stream';
import { repeatedColumns } from '../csv/repeated-columns';
import { AppError } from '../errors';
import { csvFields, csvRecordTexts } from './csv-records';
import type { IncomingRow } from './ingest-usage';
import type { RawUsageRow } from './usage-row';

const REQUIRED_COLUMNS = ['record_id', 'account_id', 'usage_type', 'started_at'];

/**
 * Streams usage rows out of a CSV (FORMAT.md's usage.csv columns) without holding the file
 * in memory. A record that cannot be read (a stray or unclosed quote) comes out as
 * `malformed` with its line, and reading goes on with the next one. `progress.bytes`
 * follows the bytes read so far (for a progress bar).
 *
 * Records are cut by `csvRecordTexts` and only those with quotes go through csv-parse: a
 * CDR file is millions of quote-free lines, and csv-parse's streaming parser cost 7 µs a
 * record (a fifth of a legacy import) where splitting a line on commas costs well under one.
 * @throws AppError BAD_USER_INPUT when the header lacks a required column or names one twice,
 * or the file is not UTF-8.
 */
export async function* readUsageCsv(
  input: Readable,
  progress: { bytes: number } = { bytes: 0 },
): AsyncGenerator<IncomingRow> {
  let columns: string[] | null = null;
  for await (const records of csvRecordTexts(input)) {
    for (const { text, line, bytes } of records) {
      const fields = csvFields(text);
      progress.bytes = bytes;
      if (!columns) {
        columns = headerColumns(fields);
        continue;
      }
      if (!Array.isArray(fields)) {
        yield { line, malformed: fields.unreadable, text: text.trimEnd() };
        continue;
      }
      if (fields.length !== columns.length) {
        // A field too many or too few shifts every value after it into the wrong column.
        yield {
          line,
          malformed: `the line has ${fields.length} fields where the header has ${columns.length}`,
          text: text.trimEnd(),
        };
        continue;
      }
      const raw: Record<string, string> = {};
      for (let index = 0; index < columns.length; index++)
        raw[columns[index] as string] = fields[index] as string;
      yield { line, raw: raw as RawUsageRow, text: text.trimEnd() };
    }
  }
}

function headerColumns(fields: string[] | { unreadable: string }): string[] {
  const columns = Array.isArray(fields) ? fields.map((name) => name.toLowerCase()) : [];
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    throw new AppError(
      'BAD_USER_INPUT',
      `The CSV header lacks ${missing.join(', ')} (it has ${columns.join(', ') || 'nothing'}).`,
    );
  }
  const repeated = repeatedColumns(columns);
  if (repeated.length > 0) {
    throw new AppError(
      'BAD_USER_INPUT',
      `The CSV header names ${repeated.join(', ')} more than once; which one holds the value cannot be told.`,
    );
  }
  return columns;
}
