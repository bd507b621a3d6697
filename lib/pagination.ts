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
export function toPage<T>(rows: T[], limit: number, positionOf: (row: T) => KeysetPosition): Page<T> {
  const edges = rows.slice(0, limit).map((node) => ({ cursor: encodeCursor(positionOf(node)), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}
