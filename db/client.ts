import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { getEnv } from '../lib/env';
import * as schema from './schema';

/** A database or a transaction on one: query functions accept either. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** The PostgreSQL connection string, for work that needs a connection of its own. */
  url: string | null;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; when absent PGlite is used. */
  url?: string | undefined;
  /** PGlite data directory; `memory://` (or undefined with no url) keeps it in memory. */
  dataDir?: string | undefined;
  /** postgres.js pool size. */
  maxConnections?: number;
  /** Told of every statement sent (tests count them with db/testing/query-counter). */
  logger?: Logger | undefined;
}

export function openDatabase(options: OpenDatabaseOptions): Database {
  if (options.url) {
    const client = postgres(options.url, { max: options.maxConnections ?? 10, onnotice: () => {} });
    return {
      db: drizzlePostgres({
        client,
        schema,
        casing: 'snake_case',
        logger: options.logger ?? false,
      }) as unknown as Db,
      kind: 'postgres',
      url: options.url,
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir && options.dataDir !== 'memory://' ? resolve(options.dataDir) : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = dataDir ? new PGlite(dataDir) : new PGlite();
  return {
    db: drizzlePglite({
      client,
      schema,
      casing: 'snake_case',
      logger: options.logger ?? false,
    }) as unknown as Db,
    kind: 'pglite',
    url: null,
    close: () => client.close(),
  };
}

/** Where the embedded database lives inside SWITCHBOARD_DATA_DIR. */
export function embeddedDatabaseDir(dataDir: string): string {
  return resolve(dataDir, 'pglite');
}

const globalForDb = globalThis as typeof globalThis & { __switchboardDatabase?: Promise<Database> };

/**
 * The process-wide database, opened (and migrated) on first use. Kept on globalThis because
 * Next.js bundles each route separately; two PGlite instances must never open one directory.
 */
export function getDatabase(): Promise<Database> {
  if (!globalForDb.__switchboardDatabase) {
    globalForDb.__switchboardDatabase = (async () => {
      const env = getEnv();
      const database = openDatabase({
        url: env.DATABASE_URL,
        dataDir: embeddedDatabaseDir(env.SWITCHBOARD_DATA_DIR),
      });
      const { migrateDatabase } = await import('./migrate');
      await migrateDatabase(database);
      return database;
    })();
  }
  return globalForDb.__switchboardDatabase;
}

export async function getDb(): Promise<Db> {
  return (await getDatabase()).db;
}
