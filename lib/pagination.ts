import { AppError } from './errors';

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

/**
 * @throws AppError BAD_USER_INPUT for a cursor this server did not produce.
 */
export function decodeCursor(cursor: string): KeysetPosition {
  const [iso, id, extra] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || extra !== undefined || Number.isNaN(createdAt.getTime())) {
    throw new AppError('BAD_USER_INPUT', 'The cursor is not valid.', { field: 'after' });
  }
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
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isValid(key)) throw new AppError('BAD_USER_INPUT', 'The cursor is not valid.', { field: 'after' });
  return key;
}

/** A page of rows in the order of one key. */
export function toKeyPage<T>(rows: T[], limit: number, keyOf: (row: T) => string | number): Page<T> {
  return pageOf(rows, limit, (row) => encodeKeyCursor(keyOf(row)));
}
