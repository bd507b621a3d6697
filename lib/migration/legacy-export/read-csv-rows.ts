import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { checkText } from '../../text/check-text';

/** One data row of an export file: its file line (the header is line 1), cells by column, and its text. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
  text: string;
}

/** A row the CSV parser could not read at all (an unclosed quote…), kept so it is counted and reported. */
export interface UnreadableRow {
  line: number;
  unreadable: string;
}

/**
 * What a legacy cell may hold: anything a legacy system could have stored (notes and addresses
 * over several lines), except what PostgreSQL cannot store or a terminal would obey.
 */
const CELL_POLICY = { multiline: true, maxLength: 10_000, verbatim: true } as const;

/**
 * Reads every row of a (small) export file. Cells are trimmed strings; a missing cell is ''.
 * Used for every file but usage.csv, which is streamed through the usage ingestion.
 */
export async function readCsvRows(path: string): Promise<(CsvRow | UnreadableRow)[]> {
  const rows: (CsvRow | UnreadableRow)[] = [];
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      skip_records_with_error: true,
      info: true,
      raw: true,
    }),
  );
  parser.on('skip', (error: Error & { lines?: number }) => {
    rows.push({ line: error.lines ?? 0, unreadable: `unreadable CSV record: ${error.message}` });
  });
  for await (const { record, info, raw } of parser as AsyncIterable<{
    record: Record<string, string | undefined>;
    info: { lines: number };
    raw: string;
  }>) {
    const cells: Record<string, string> = {};
    let problem: string | null = null;
    for (const [key, value] of Object.entries(record)) {
      cells[key] = value ?? '';
      const checked = checkText(cells[key], CELL_POLICY);
      if ('problem' in checked) problem ??= `${key} ${checked.problem}`;
    }
    // Such a row is reported and counted like one the parser could not read; it cannot be stored.
    if (problem) rows.push({ line: info.lines, unreadable: problem });
    else rows.push({ line: info.lines, cells, text: raw.trimEnd() });
  }
  return rows.sort((a, b) => a.line - b.line);
}
