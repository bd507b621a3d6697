import { type AnyColumn, desc, type SQL, sql } from 'drizzle-orm';

interface KeysetPosition {
  createdAt: Date;
  id: string;
}

/** Rows after `position` in newest-first order on (created_at, id). */
export function olderThan(
  createdAt: AnyColumn,
  id: AnyColumn,
  position: KeysetPosition | undefined,
): SQL | undefined {
  if (!position) return undefined;
  return sql`(${createdAt}, ${id}) < (${position.createdAt.toISOString()}::timestamptz, ${position.id}::uuid)`;
}

export function newestFirst(createdAt: AnyColumn, id: AnyColumn): SQL[] {
  return [desc(createdAt), desc(id)];
}
