import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/testing/test-database';
import { anonymousActor } from '../lib/auth/actor';
import { resetEnvCache } from '../lib/env';
import { createLoaders } from './loaders';
import { createGraphQLServer } from './server';

const introspection = '{ __schema { queryType { name } } }';

async function runWith(setting: string | undefined, query: string) {
  if (setting === undefined) delete process.env.GRAPHQL_INTROSPECTION;
  else process.env.GRAPHQL_INTROSPECTION = setting;
  resetEnvCache();
  const database = await createTestDatabase();
  const server = createGraphQLServer();
  await server.start();
  try {
    const response = await server.executeOperation(
      { query },
      { contextValue: { db: database.db, actor: anonymousActor, loaders: createLoaders(database.db) } },
    );
    return response.body.kind === 'single' ? response.body.singleResult : null;
  } finally {
    await server.stop();
    await database.destroy();
  }
}

describe('GRAPHQL_INTROSPECTION', () => {
  afterEach(() => {
    delete process.env.GRAPHQL_INTROSPECTION;
    resetEnvCache();
  });

  it('is on by default', async () => {
    const result = await runWith(undefined, introspection);
    expect(result?.errors).toBeUndefined();
  });

  it('turns introspection and field suggestions off when false', async () => {
    const result = await runWith('false', introspection);
    expect(result?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await runWith('false', '{ vewer { kind } }');
    expect(typo?.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
