import { afterAll, beforeAll } from 'vitest';
import type { Db } from '../../db/client';
import { createTestDatabase, type TestDatabase } from '../../db/testing/test-database';
import { systemActor } from '../../lib/auth/actor';
import { createUser } from '../../lib/auth/create-user';
import type { Role } from '../../lib/auth/roles';
import { type GraphQLTestServer, startGraphQLTestServer } from './graphql-test-server';
import { sessionCookieFor } from './sign-in';

/**
 * The set-up of an over-the-wire scenario: a test database of its own, the GraphQL endpoint
 * over HTTP on it, and a user of `role` signed in to the console. Call it at the top of a test
 * file (it registers its own beforeAll and afterAll); `db` and `request` work inside tests.
 */
export function signedInGraphQL(role: Role) {
  let database: TestDatabase | undefined;
  let server: GraphQLTestServer | undefined;
  let cookie = '';
  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startGraphQLTestServer(database.db);
    const { user } = await createUser(
      { db: database.db, actor: systemActor('test') },
      { email: `${role}@signed-in.test`, name: `Signed-in ${role}`, role, password: null },
    );
    if (!user) throw new Error(`signedInGraphQL: no ${role} user`);
    cookie = (await sessionCookieFor(database.db, user)).cookie;
  });
  afterAll(async () => {
    await server?.close();
    await database?.destroy();
  });
  const started = () => {
    if (!database || !server) throw new Error('signedInGraphQL: used before its beforeAll ran');
    return { database, server };
  };
  return {
    get db(): Db {
      return started().database.db;
    },
    request: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
      started().server.request<T>(query, { cookie, variables }),
  };
}
