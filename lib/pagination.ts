import { AppError } from './errors';
import { isUuid } from './uuid';

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

export interface KeysetPosition {
  createdAt: Date;
  id: string;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    /** Cursor of the last node, to pass as `after` for the next page. */
    endCursor: string | null;
  };
}

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 200;

/**
 * @throws AppError BAD_USER_INPUT when `first` is out of range.
 */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new AppError('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE_SIZE}.`, { field: 'first' });
  }
  return first;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(`${position.createdAt.toISOString()}|${position.id}`, 'utf8').toString('base64url');
}

/** What a client hears about any cursor we cannot use, whatever is wrong with it. */
function invalidCursor(): AppError {
  return new AppError('BAD_USER_INPUT', 'The cursor is not valid; start from the first page.', {
    field: 'after',
  });
}

/** Far longer than any cursor we make (a keyset cursor is 82 characters). */
const MAX_CURSOR_LENGTH = 256;

/**
 * The text inside a cursor, only if the cursor is base64url as we write it: Buffer's decoder
 * skips characters it does not know, so the cursor must be what re-encoding gives back.
 */
function cursorText(cursor: string): string {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH) throw invalidCursor();
  const bytes = Buffer.from(cursor, 'base64url');
  if (bytes.toString('base64url') !== cursor) throw invalidCursor();
  const text = bytes.toString('utf8');
  if (!Buffer.from(text, 'utf8').equals(bytes)) throw invalidCursor(); // not UTF-8
  return text;
}

/**
 * Exactly what `Date.toISOString` writes for years 0001–9999: all of them PostgreSQL's
 * timestamptz holds. A year such as 275760 is a valid JS Date but not a PostgreSQL one.
 */
const ISO_INSTANT = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Every part is checked here, so what reaches the database is a timestamp it can hold and a
 * well-formed uuid.
 * @throws AppError BAD_USER_INPUT for a cursor this server did not produce.
 */
export function decodeCursor(cursor: string): KeysetPosition {
  const parts = cursorText(cursor).split('|');
  if (parts.length !== 2) throw invalidCursor();
  const [iso = '', id = ''] = parts;
  const year = ISO_INSTANT.exec(iso)?.[1];
  const createdAt = new Date(iso);
  // the round trip refuses what the pattern lets through: month 13, 25:00, 30 February
  if (!year || year === '0000' || Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== iso)
    throw invalidCursor();
  if (!isUuid(id)) throw invalidCursor();
  return { createdAt, id };
}

/** Builds a page from `limit + 1` rows fetched in order; the extra row only says there is more. */
function pageOf<T>(rows: T[], limit: number, cursorOf: (row: T) => string): Page<T> {
  const edges = rows.slice(0, limit).map((node) => ({ cursor: cursorOf(node), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** A page of rows in keyset order on (created_at, id). */
export function toPage<T>(rows: T[], limit: number, positionOf: (row: T) => KeysetPosition): Page<T> {
  return pageOf(rows, limit, (row) => encodeCursor(positionOf(row)));
}

/** A cursor over one ordered key: a rate-deck prefix, a row number. */
export function encodeKeyCursor(key: string | number): string {
  return Buffer.from(String(key), 'utf8').toString('base64url');
}

/**
 * @throws AppError BAD_USER_INPUT when the cursor does not decode to a key `isValid` accepts.
 */
export function decodeKeyCursor(cursor: string, isValid: (key: string) => boolean): string {
  const key = cursorText(cursor);
  if (!isValid(key)) throw invalidCursor();
  return key;
}

/** A page of rows in the order of one key. */
export function toKeyPage<T>(rows: T[], limit: number, keyOf: (row: T) => string | number): Page<T> {
  return pageOf(rows, limit, (row) => encodeKeyCursor(keyOf(row)));
}
