import { randomBytes } from 'node:crypto';
import type { Logger } from 'drizzle-orm';
import postgres from 'postgres';
import { type Database, openDatabase } from '../client';
import { migrateDatabase } from '../migrate';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a
 * throwaway database on the PostgreSQL server when TEST_DATABASE=postgres (dropped after).
 */
export type TestDatabase = Database & { destroy(): Promise<void> };

export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';
}

const adminUrl = () => process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** `logger` hears every statement sent through `db` (a QueryCounter, say). */
export async function createTestDatabase(options: { logger?: Logger } = {}): Promise<TestDatabase> {
  if (testDatabaseKind() === 'pglite') {
    const database = openDatabase({ logger: options.logger });
    await migrateDatabase(database);
    return { ...database, destroy: () => database.close() };
  }
  const name = `switchboard_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const database = openDatabase({ url: url.toString(), maxConnections: 5, logger: options.logger });
  await migrateDatabase(database);
  return {
    ...database,
    async destroy() {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
