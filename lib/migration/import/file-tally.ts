import type { ExportFile } from '../legacy-export/manifest';
import type { CsvRow, UnreadableRow } from '../legacy-export/read-csv-rows';

/** What became of a file's rows. Always: read = imported + duplicates + conflicts + rejected. */
export interface FileCounts {
  read: number;
  imported: number;
  duplicates: number;
  conflicts: number;
  rejected: number;
}

export interface ImportProblem {
  file: ExportFile;
  line: number;
  legacyId: string | null;
  kind: 'conflict' | 'rejected';
  reason: string;
  raw: string | null;
}

const MAX_RAW = 500;

/** Counts one file's rows and collects the problems of those not imported. */
export class FileTally {
  readonly counts: FileCounts = { read: 0, imported: 0, duplicates: 0, conflicts: 0, rejected: 0 };

  constructor(
    readonly file: ExportFile,
    private readonly problems: ImportProblem[],
  ) {}

  read(): void {
    this.counts.read += 1;
  }

  imported(count = 1): void {
    this.counts.imported += count;
  }

  duplicate(): void {
    this.counts.duplicates += 1;
  }

  problem(row: CsvRow | UnreadableRow, legacyId: string | null, kind: ImportProblem['kind'], reason: string) {
    if (kind === 'conflict') this.counts.conflicts += 1;
    else this.counts.rejected += 1;
    this.problems.push({
      file: this.file,
      line: row.line,
      legacyId: legacyId || null,
      kind,
      reason,
      raw: 'text' in row ? row.text.slice(0, MAX_RAW) : null,
    });
  }
}

export type RowCheck<T> = { value: T } | { reason: string };

/**
 * FORMAT.md's row rules for one file: an unreadable or malformed row is rejected with its
 * reason; of the rows that pass, the first of each id stands, a later identical one is a
 * duplicate and a later different one a conflict. Returns the standing rows, each with
 * what `check` made of it; the caller counts them imported once it has stored them.
 */
export function acceptRows<T>(
  rows: readonly (CsvRow | UnreadableRow)[],
  tally: FileTally,
  idOf: (cells: Record<string, string>) => string,
  check: (row: CsvRow) => RowCheck<T>,
): { row: CsvRow; id: string; value: T }[] {
  const accepted: { row: CsvRow; id: string; value: T }[] = [];
  const first = new Map<string, { line: number; content: string }>();
  for (const row of rows) {
    tally.read();
    if ('unreadable' in row) {
      tally.problem(row, null, 'rejected', row.unreadable);
      continue;
    }
    const id = idOf(row.cells);
    const checked = check(row);
    if ('reason' in checked) {
      tally.problem(row, id, 'rejected', checked.reason);
      continue;
    }
    const content = JSON.stringify(Object.values(row.cells));
    const earlier = first.get(id);
    if (earlier) {
      if (earlier.content === content) tally.duplicate();
      else
        tally.problem(
          row,
          id,
          'conflict',
          `${id} already appears on line ${earlier.line} with different content`,
        );
      continue;
    }
    first.set(id, { line: row.line, content });
    accepted.push({ row, id, value: checked.value });
  }
  return accepted;
}
