import { resolve } from 'node:path';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { Database } from './client';

const migrationsFolder = resolve(process.cwd(), 'db/migrations');

/** Arbitrary constant: serialises migrations when several processes start at once. */
const MIGRATION_LOCK_KEY = 7_245_019;

/** Applies every pending drizzle-kit migration. Safe to call on every start. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite' || !database.url) {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  // One dedicated connection, so the session-level advisory lock and the migration share it.
  const client = postgres(database.url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
  } finally {
    await client.end({ timeout: 5 });
  }
}
