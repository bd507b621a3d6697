import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client';

/** PostgreSQL allows 65,535 bind parameters a statement; stay well under it. */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts many rows in as few statements as the parameter limit allows (one statement per
 * chunk, never one per row).
 */
export async function insertChunked<T extends PgTable>(
  db: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Math.max(1, Object.keys(rows[0] as object).length);
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += size)
    await db.insert(table).values(rows.slice(start, start + size) as T['$inferInsert'][]);
}
