import { afterAll, beforeAll, expect, it } from 'vitest';
import { QueryCounter } from '../db/testing/query-counter';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { makeAccount, makeUser } from '../seed/factories';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/**
 * A resolver may return a drizzle query as it is: a thenable that runs its query each time it
 * is awaited. Apollo's field instrumentation awaits it and graphql-js again, so unless the API
 * settles it once, every such field costs two round trips (and a returned write would run twice).
 */
const counter = new QueryCounter();
let database: TestDatabase;
let server: GraphQLTestServer;
let cookie = '';
let accountId = '';

beforeAll(async () => {
  database = await createTestDatabase({ logger: counter });
  server = await startGraphQLTestServer(database.db);
  const { user } = await makeUser(database.db, { role: 'admin' });
  cookie = (await sessionCookieFor(database.db, user)).cookie;
  accountId = (await makeAccount(database.db)).id;
}, 180_000);

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

it('runs the query of a field whose resolver returns a drizzle query once', async () => {
  const statements = await counter.during(async () => {
    const { body } = await server.request(`{ notices(accountId: "${accountId}") { id } }`, { cookie });
    expect(body.errors).toBeUndefined();
  });
  expect(statements.filter((statement) => /from "notices"/.test(statement))).toHaveLength(1);
});
