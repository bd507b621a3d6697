import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { stringify } from 'csv-stringify/sync';

/** A cell that RFC 4180 makes us quote: it holds a comma, a quote or a line break. */
const SPECIAL = /[",\r\n]/;

/**
 * Most rows (usage above all) have nothing to quote; joining those directly writes the
 * same bytes csv-stringify would and halves the time of a 2M-row file.
 */
function needsQuoting(row: readonly string[]): boolean {
  for (const cell of row) if (SPECIAL.test(cell)) return true;
  return false;
}

/** Rows gathered before they are turned into CSV text and handed to the file. */
const BATCH_ROWS = 4096;

/**
 * Not lib/csv/write-csv: this writes synthetic *legacy* exports (the files Switchboard
 * imports, for tests, demos and benchmarks), byte for byte as the legacy system would, and
 * that system does not neutralise formulas; the product's own CSVs go through writeCsv.
 *
 * Writes one CSV file as rows arrive, RFC 4180 quoting (csv-stringify), `\n` line ends,
 * and keeps its sha256 and data-row count as it goes: memory stays bounded by one batch,
 * and the manifest needs no second read of the file.
 */
export class CsvFileWriter {
  private readonly stream: WriteStream;
  private readonly hash: Hash = createHash('sha256');
  private batch: string[][] = [];
  private rowCount = 0;
  private readonly width: number;

  constructor(path: string, header: readonly string[]) {
    this.stream = createWriteStream(path);
    this.batch.push([...header]);
    this.width = header.length;
  }

  /**
   * Adds data rows; call `drain()` now and then so a slow disk holds the generator back. A
   * row shorter than the header gets empty cells (a v1 row in a v1.1 file: "not given").
   */
  add(rows: readonly string[][]): void {
    for (const row of rows) this.addRow(row);
  }

  addRow(row: string[]): void {
    this.batch.push(row.length < this.width ? [...row, ...Array(this.width - row.length).fill('')] : row);
    this.rowCount += 1;
  }

  /** Writes out the batch once it is big enough, waiting for the file if it is behind. */
  async drain(): Promise<void> {
    if (this.batch.length >= BATCH_ROWS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    let text = '';
    for (const row of this.batch) text += needsQuoting(row) ? stringify([row]) : `${row.join(',')}\n`;
    this.batch = [];
    this.hash.update(text);
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  /** Finishes the file: data rows (header excluded) and sha256 of its bytes. */
  async close(): Promise<{ rows: number; sha256: string }> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
    return { rows: this.rowCount, sha256: this.hash.digest('hex') };
  }
}
