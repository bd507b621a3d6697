import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../db/client';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { type Actor, systemActor } from '../lib/auth/actor';
import type { OperationContext } from '../lib/context';

/**
 * A fresh database for the calling test file, created before its tests and destroyed after.
 * `ctx()` is an OperationContext on it, as the system actor unless another is given.
 */
export function setUpTestDatabase() {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.destroy();
  });
  const current = (): TestDatabase => {
    if (!database) throw new Error('setUpTestDatabase: the database exists only inside tests');
    return database;
  };
  return {
    get db(): Db {
      return current().db;
    },
    /** The database with its kind and URL, for code that opens its own connections. */
    get database(): TestDatabase {
      return current();
    },
    ctx(actor: Actor = systemActor('test')): OperationContext {
      return { db: current().db, actor };
    },
  };
}
