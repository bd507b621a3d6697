import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryCounter } from '../db/testing/query-counter';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { createAudience } from '../lib/comms/create-audience';
import { makeAccount, makeUser } from '../seed/factories';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/**
 * The audiences list with each audience's size and first accounts costs the same number of
 * queries for two audiences as for six, and counts rather than loads what an audience reaches.
 */
const counter = new QueryCounter();
let database: TestDatabase;
let server: GraphQLTestServer;
let cookie = '';

const LIST = '{ audiences { name size accounts(first: 2) { name } } }';

interface ListedAudience {
  name: string;
  size: number;
  accounts: { name: string }[];
}

beforeAll(async () => {
  database = await createTestDatabase({ logger: counter });
  server = await startGraphQLTestServer(database.db);
  const { user } = await makeUser(database.db, { role: 'program' });
  cookie = (await sessionCookieFor(database.db, user)).cookie;
  // Region A: three accounts (one closed, which no audience reaches); region B: one.
  await makeAccount(database.db, { name: 'Cedar', taxRegion: 'AUD-A' });
  await makeAccount(database.db, { name: 'Aspen', taxRegion: 'AUD-A' });
  await makeAccount(database.db, { name: 'Birch', taxRegion: 'AUD-A' });
  await makeAccount(database.db, { name: 'Alder', taxRegion: 'AUD-A', status: 'closed' });
  await makeAccount(database.db, { name: 'Dogwood', taxRegion: 'AUD-B' });
}, 180_000);

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

async function addAudience(n: number): Promise<ListedAudience> {
  const region = n % 2 === 1 ? 'AUD-A' : 'AUD-B';
  const { user } = await makeUser(database.db, { role: 'program' });
  await createAudience(
    { db: database.db, actor: { kind: 'user', user, sessionId: null } },
    { name: `Audience ${n}`, filter: { region } },
  );
  return region === 'AUD-A'
    ? { name: `Audience ${n}`, size: 3, accounts: [{ name: 'Aspen' }, { name: 'Birch' }] }
    : { name: `Audience ${n}`, size: 1, accounts: [{ name: 'Dogwood' }] };
}

async function requestList() {
  let audiences: ListedAudience[] = [];
  const statements = await counter.during(async () => {
    const { body } = await server.request<{ audiences: ListedAudience[] }>(LIST, { cookie });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    audiences = body.data?.audiences ?? [];
  });
  return { audiences: audiences.sort((a, b) => a.name.localeCompare(b.name)), statements };
}

describe('the audiences list', () => {
  it('costs as many queries for six audiences as for two, sizes and first accounts included', async () => {
    const expected: ListedAudience[] = [];
    expected.push(await addAudience(1));
    expect((await requestList()).audiences).toEqual(expected); // a batch of one
    expected.push(await addAudience(2));
    const two = await requestList();
    expect(two.audiences).toEqual(expected);

    for (const n of [3, 4, 5, 6]) expected.push(await addAudience(n));
    const six = await requestList();
    expect(six.audiences).toEqual(expected);
    expect(six.statements.length, six.statements.join('\n')).toBe(two.statements.length);
    expect(new Set(six.statements).size, six.statements.join('\n')).toBe(six.statements.length);
  });
});
