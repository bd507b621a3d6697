import type { Readable } from 'node:stream';
import { type CsvError, parse } from 'csv-parse/sync';

/** One CSV record as it stands in the file: its text, its (last) line, and the bytes read through it. */
export interface CsvRecordText {
  text: string;
  /** The file line the record ends on (the header is line 1), as csv-parse counts lines. */
  line: number;
  /** Bytes of the file up to and including this record's line break. */
  bytes: number;
}

/**
 * A quoted field may hold line breaks, so a record can run over several lines; one whose
 * quote is still open after this many lines is taken to be a stray quote instead: its first
 * line is reported unreadable and reading resumes on the line after it, so one bad quote
 * cannot swallow the rest of the file.
 */
const MAX_LINES_PER_RECORD = 50;

/**
 * Splits a CSV byte stream into records, a chunk's worth at a time, without holding the file
 * in memory. A record ends at a line break outside quotes (RFC 4180); "\r\n", "\n" and, in
 * a file that has no "\n", "\r" end lines; a UTF-8 byte order mark is dropped; blank lines
 * are skipped.
 */
export async function* csvRecordTexts(input: Readable): AsyncGenerator<CsvRecordText[]> {
  let rest: Buffer = Buffer.alloc(0);
  let line = 0;
  let bytes = 0;
  /** Lines of a record whose quote is open, waiting for the line that closes it. */
  let open: { lines: string[]; bytes: number[]; quotes: number } | null = null;
  let batch: CsvRecordText[] = [];

  const takeLine = (raw: string, lineBytes: number) => {
    line += 1;
    bytes += lineBytes;
    const text = line === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (open) {
      open.lines.push(text);
      open.bytes.push(bytes);
      open.quotes += quoteCount(text);
      if (open.quotes % 2 === 0) {
        batch.push({ text: open.lines.join('\n'), line, bytes });
        open = null;
      } else if (open.lines.length >= MAX_LINES_PER_RECORD) {
        replayAfterStrayQuote();
      }
      return;
    }
    if (text.trim() === '') return;
    const quotes = text.indexOf('"') === -1 ? 0 : quoteCount(text);
    if (quotes % 2 === 0) batch.push({ text, line, bytes });
    else open = { lines: [text], bytes: [bytes], quotes };
  };

  /** The open record's first line alone is the record (and unreadable); its other lines are read again. */
  const replayAfterStrayQuote = () => {
    if (!open) return;
    const { lines, bytes: ends } = open;
    open = null;
    const firstLine = line - lines.length + 1;
    batch.push({ text: lines[0] ?? '', line: firstLine, bytes: ends[0] ?? bytes });
    const endBytes = bytes;
    line = firstLine;
    bytes = ends[0] ?? bytes;
    for (let index = 1; index < lines.length; index++) {
      takeLine(lines[index] ?? '', (ends[index] ?? endBytes) - (ends[index - 1] ?? endBytes));
    }
  };

  /** "\n" (ending "\r\n" too), or "\r" in a file whose lines end in a bare carriage return. */
  let lineBreak: 10 | 13 | null = null;
  for await (const chunk of input) {
    const data: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    const buffer = rest.length > 0 ? Buffer.concat([rest, data]) : data;
    lineBreak ??= firstLineBreak(buffer);
    if (lineBreak === null) {
      rest = buffer; // no line break seen yet, or a "\r" whose next byte is still to come
      continue;
    }
    let start = 0;
    for (let end = buffer.indexOf(lineBreak, start); end !== -1; end = buffer.indexOf(lineBreak, start)) {
      const textEnd = end > start && buffer[end - 1] === 13 ? end - 1 : end;
      takeLine(buffer.toString('utf8', start, textEnd), end + 1 - start);
      start = end + 1;
    }
    rest = buffer.subarray(start);
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  if (rest.length > 0) {
    const end = rest[rest.length - 1] === 13 ? rest.length - 1 : rest.length;
    takeLine(rest.toString('utf8', 0, end), rest.length);
  }
  while (open) replayAfterStrayQuote();
  if (batch.length > 0) yield batch;
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

/**
 * The fields of one record, trimmed. A record without quotes is split on its commas, which is
 * all RFC 4180 makes of it; one with quotes is read by csv-parse.
 * @returns the fields, or the reason the record cannot be read (a stray or unclosed quote).
 */
export function csvFields(text: string): string[] | { unreadable: string } {
  if (text.indexOf('"') === -1) return text.split(',').map((field) => field.trim());
  try {
    const [fields] = parse(text, { trim: true, relax_column_count: true }) as string[][];
    return fields ?? [];
  } catch (error) {
    const message = (error as CsvError).message.replace(/ at line \d+/, '');
    return { unreadable: `unreadable CSV record: ${message}` };
  }
}
