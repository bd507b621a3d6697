import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { ensureFirstAdmin, FIRST_ADMIN_EMAIL } from './demo';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.destroy();
});

describe('an installation without the demo', () => {
  it('gets one first admin, once', async () => {
    const admin = await ensureFirstAdmin(database.db, FIRST_ADMIN_EMAIL);
    expect(admin).toMatchObject({ role: 'admin', email: FIRST_ADMIN_EMAIL });
    expect(await ensureFirstAdmin(database.db, FIRST_ADMIN_EMAIL)).toBeNull();
  });
});
