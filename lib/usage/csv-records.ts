import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';
import { type CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../errors';

/** One CSV record as it stands in the file: its text, its (last) line, and the bytes read through it. */
export interface CsvRecordText {
  text: string;
  /** The file line the record ends on (the header is line 1), as csv-parse counts lines. */
  line: number;
  /** Bytes of the file up to and including this record's line break. */
  bytes: number;
}

/** A line of the file without its line break, which `ending` keeps ('' on a last line without one). */
interface FileLine extends CsvRecordText {
  ending: string;
}

/**
 * A quoted field may hold line breaks, so a record can run over several lines. One still
 * open after this many lines is taken for a stray quote (as is one whose lines do not read
 * as a record once the quote closes): its first line is reported unreadable and the lines
 * after it are read again, so a bad quote never takes good rows with it.
 */
const MAX_LINES_PER_RECORD = 1_000;

/**
 * Splits a CSV byte stream into records, a chunk's worth at a time, without holding the file
 * in memory. A record ends at a line break outside quotes (RFC 4180); "\r\n", "\n" and, in
 * a file that has no "\n", "\r" end lines; a UTF-8 byte order mark is dropped; blank lines
 * are skipped.
 */
export async function* csvRecordTexts(input: Readable): AsyncGenerator<CsvRecordText[]> {
  const records = new RecordAssembler();
  for await (const lines of fileLines(input)) {
    const out: CsvRecordText[] = [];
    for (const line of lines) records.take(line, out);
    if (out.length > 0) yield out;
  }
  const out: CsvRecordText[] = [];
  records.end(out);
  if (out.length > 0) yield out;
}

/** Joins lines into records while a quoted field is open. */
class RecordAssembler {
  #open: { lines: FileLine[]; quotes: number } | null = null;

  take(line: FileLine, out: CsvRecordText[]): void {
    const open = this.#open;
    if (open) {
      open.lines.push(line);
      open.quotes += quoteCount(line.text);
      if (open.quotes % 2 === 0) {
        const record = joined(open.lines);
        if (Array.isArray(csvFields(record.text))) {
          this.#open = null;
          out.push(record);
        } else this.#replay(out);
      } else if (open.lines.length >= MAX_LINES_PER_RECORD) this.#replay(out);
      return;
    }
    if (line.text.trim() === '') return;
    const quotes = quoteCount(line.text);
    // Only an opening quote that stays open continues the record on the next line; any other
    // odd quote (L"1) makes this line unreadable on its own.
    if (quotes % 2 === 1 && opensQuotedField(line.text)) this.#open = { lines: [line], quotes };
    else out.push(recordOf(line));
  }

  /** At the end of the file a quote still open was a stray one. */
  end(out: CsvRecordText[]): void {
    while (this.#open) this.#replay(out);
  }

  /** The open record's first line stands alone (unreadable); the lines after it are read again. */
  #replay(out: CsvRecordText[]): void {
    const lines = this.#open?.lines ?? [];
    this.#open = null;
    const [first, ...others] = lines;
    if (first) out.push(recordOf(first));
    for (const line of others) this.take(line, out);
  }
}

function recordOf({ text, line, bytes }: FileLine): CsvRecordText {
  return { text, line, bytes };
}

/** Lines of one record, with the line breaks between them as the file has them. */
function joined(lines: readonly FileLine[]): CsvRecordText {
  const last = lines[lines.length - 1] as FileLine;
  const text = lines
    .map((line, index) => (index < lines.length - 1 ? line.text + line.ending : line.text))
    .join('');
  return { text, line: last.line, bytes: last.bytes };
}

/** The file's lines, a chunk's worth at a time, numbered from 1, with the bytes read through each. */
async function* fileLines(input: Readable): AsyncGenerator<FileLine[]> {
  let pending: Buffer[] = [];
  let lineBreak: 10 | 13 | null = null;
  let line = 0;
  let bytes = 0;
  const lineOf = (buffer: Buffer, start: number, end: number, ending: string): FileLine => {
    line += 1;
    bytes += end - start + ending.length;
    if (!isUtf8(buffer.subarray(start, end))) throw notUtf8(line);
    const text = buffer.toString('utf8', start, end);
    return { text: line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, ending, line, bytes };
  };

  for await (const chunk of input) {
    const data: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (data.length === 0) continue;
    if (line === 0 && pending.length === 0 && isUtf16(data)) throw utf16File();
    const previous = pending[pending.length - 1];
    pending.push(data);
    if (lineBreak === null) {
      // The first line break decides; a "\r" that ended the previous chunk is looked at again.
      lineBreak = firstLineBreak(previous?.[previous.length - 1] === 13 ? Buffer.concat([CR, data]) : data);
      if (lineBreak === null) continue;
    } else if (data.indexOf(lineBreak) === -1) continue; // a long line: joined once it ends
    const buffer = pending.length === 1 ? data : Buffer.concat(pending);
    pending = [];
    const lines: FileLine[] = [];
    let start = 0;
    for (let end = buffer.indexOf(lineBreak); end !== -1; end = buffer.indexOf(lineBreak, start)) {
      const crlf = lineBreak === 10 && end > start && buffer[end - 1] === 13;
      lines.push(lineOf(buffer, start, crlf ? end - 1 : end, crlf ? '\r\n' : lineBreak === 10 ? '\n' : '\r'));
      start = end + 1;
    }
    if (start < buffer.length) pending.push(buffer.subarray(start));
    yield lines;
  }
  if (pending.length > 0) {
    const rest = Buffer.concat(pending);
    const end = rest[rest.length - 1] === 13 ? rest.length - 1 : rest.length;
    yield [lineOf(rest, 0, end, rest.subarray(end).toString())];
  }
}

const CR = Buffer.from([13]);

/**
 * A UTF-16 file (what Excel's "Unicode text" writes): a byte order mark, or the zero bytes
 * every ASCII character carries. UTF-8 text never holds a zero byte.
 */
function isUtf16(start: Buffer): boolean {
  if (
    start.length >= 2 &&
    ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff))
  )
    return true;
  return start.subarray(0, 64).includes(0);
}

function utf16File(): AppError {
  return new AppError(
    'BAD_USER_INPUT',
    'The file is UTF-16 (or holds zero bytes), not UTF-8: save it as "CSV UTF-8" and upload it again. Nothing was read.',
  );
}

function notUtf8(line: number): AppError {
  return new AppError(
    'BAD_USER_INPUT',
    `Line ${line} is not UTF-8 (the file was probably saved as Latin-1 or Windows-1252): save it as "CSV UTF-8" and upload it again. ` +
      'Records before it may have been ingested; uploading the corrected file again skips those as duplicates.',
  );
}

/** How the file's lines end, from its first line break: 10 ("\n" or "\r\n"), 13 (a bare "\r"), or null when it cannot tell yet. */
function firstLineBreak(buffer: Buffer): 10 | 13 | null {
  const lf = buffer.indexOf(10);
  const cr = buffer.indexOf(13);
  if (cr === -1 || (lf !== -1 && lf < cr)) return lf === -1 ? null : 10;
  if (cr + 1 >= buffer.length) return null;
  return buffer[cr + 1] === 10 ? 10 : 13;
}

/** Quotes in `text`: while their count is odd a quoted field is open ("" inside one counts twice). */
function quoteCount(text: string): number {
  let quotes = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) quotes += 1;
  return quotes;
}

/** Whether the line's odd quote opens a quoted field that runs on, rather than being a stray one. */
function opensQuotedField(text: string): boolean {
  try {
    parse(text, PARSE_OPTIONS);
    return false;
  } catch (error) {
    return (error as CsvError).code === 'CSV_QUOTE_NOT_CLOSED';
  }
}

const PARSE_OPTIONS = { trim: true, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] };

/**
 * The fields of one record, trimmed. A record without quotes or carriage returns is split on
 * its commas, which is all RFC 4180 makes of it; any other is read by csv-parse.
 * @returns the fields, or the reason the record cannot be read (a stray or unclosed quote, a
 * line break outside quotes).
 */
export function csvFields(text: string): string[] | { unreadable: string } {
  if (text.indexOf('"') === -1 && text.indexOf('\r') === -1)
    return text.split(',').map((field) => field.trim());
  try {
    const records = parse(text, PARSE_OPTIONS) as string[][];
    if (records.length > 1)
      return { unreadable: 'unreadable CSV record: a line break outside quotes splits it in two' };
    return records[0] ?? [];
  } catch (error) {
    const message = (error as CsvError).message.replace(/ at line \d+/, '');
    return { unreadable: `unreadable CSV record: ${message}` };
  }
}
