import { buildSchema, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listVersionsOfTemplates } from '../db/queries/comms';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { systemActor } from '../lib/auth/actor';
import { createAudience } from '../lib/comms/create-audience';
import { createCampaign } from '../lib/comms/create-campaign';
import { createMessageTemplate } from '../lib/comms/create-message-template';
import { makeAccount, makeBillRun, makeRatePlan, makeUser } from '../seed/factories';
import { loadTypeDefs } from './server';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/**
 * Hand-made cursors against every field that takes `after:`, over HTTP: each is refused as
 * BAD_USER_INPUT before it reaches the database, never answered INTERNAL_SERVER_ERROR.
 */
const uuid = '4b1c0f1e-0000-4000-8000-000000000001';
const encoded = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const hostileCursors: Record<string, string> = {
  'year 275760': encoded(`+275760-09-13T00:00:00.000Z|${uuid}`),
  'year 0': encoded(`0000-01-01T00:00:00.000Z|${uuid}`),
  'not base64': 'this is not a cursor!',
  'three parts': encoded(`2026-01-01T00:00:00.000Z|${uuid}|extra`),
  'one part': encoded('2026-01-01T00:00:00.000Z'),
  'garbage uuid': encoded("2026-01-01T00:00:00.000Z|4b1c0f1e-zzzz-4000-8000-00000000000'"),
  NaN: encoded('NaN'),
  'NaN date': encoded(`NaN|${uuid}`),
  'huge number': encoded('99999999999999999999999999'),
  padded: `${encoded(`2026-01-01T00:00:00.000Z|${uuid}`)}==`,
};

interface Fixture {
  ratePlanId: string;
  accountId: string;
  billRunId: string;
  campaignId: string;
}

/** One call per field that takes `after:`, named Type.field, with the cursor as $after. */
const connections: Record<string, (f: Fixture) => { query: string; variables?: Record<string, unknown> }> = {
  'Query.accounts': () => ({
    query: 'query($after: String) { accounts(after: $after) { edges { cursor } } }',
  }),
  'Query.apiKeys': () => ({ query: 'query($after: String) { apiKeys(after: $after) { edges { cursor } } }' }),
  'Query.auditEntries': () => ({
    query: 'query($after: String) { auditEntries(after: $after) { edges { cursor } } }',
  }),
  'Query.dunningEvents': (f) => ({
    query:
      'query($after: String, $id: ID!) { dunningEvents(accountId: $id, after: $after) { edges { cursor } } }',
    variables: { id: f.accountId },
  }),
  'Query.draftReviews': (f) => ({
    query:
      'query($after: String, $id: ID!) { draftReviews(billRunId: $id, after: $after) { edges { cursor } } }',
    variables: { id: f.billRunId },
  }),
  'Query.ingestions': () => ({
    query: 'query($after: String) { ingestions(after: $after) { edges { cursor } } }',
  }),
  'Query.invoices': () => ({
    query: 'query($after: String) { invoices(after: $after) { edges { cursor } } }',
  }),
  'Query.payments': () => ({
    query: 'query($after: String) { payments(after: $after) { edges { cursor } } }',
  }),
  'Query.products': () => ({
    query: 'query($after: String) { products(after: $after) { edges { cursor } } }',
  }),
  'Query.rateDeckEntries': (f) => ({
    query:
      'query($after: String, $id: ID!) { rateDeckEntries(ratePlanId: $id, date: "2031-01-01", after: $after) { edges { cursor } } }',
    variables: { id: f.ratePlanId },
  }),
  'Query.usageRecords': () => ({
    query: 'query($after: String) { usageRecords(after: $after) { edges { cursor } } }',
  }),
  'Query.users': () => ({ query: 'query($after: String) { users(after: $after) { edges { cursor } } }' }),
  'BillRun.results': (f) => ({
    query:
      'query($after: String, $id: ID!) { billRun(id: $id) { results(after: $after) { edges { cursor } } } }',
    variables: { id: f.billRunId },
  }),
  'Campaign.deliveries': (f) => ({
    query:
      'query($after: String, $id: ID!) { campaign(id: $id) { deliveries(after: $after) { edges { cursor } } } }',
    variables: { id: f.campaignId },
  }),
};

let database: TestDatabase;
let server: GraphQLTestServer;
let fixture: Fixture;
let cookie = '';

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startGraphQLTestServer(database.db);
  const { user } = await makeUser(database.db, { role: 'admin' });
  cookie = (await sessionCookieFor(database.db, user)).cookie;
  const ratePlan = await makeRatePlan(database.db, {
    deckCsv:
      'prefix,destination,destination_class,rate_per_minute,initial_increment_s,subsequent_increment_s\n44,United Kingdom,international,0.03,60,6',
    effectiveFrom: '2030-01-01',
  });
  const account = await makeAccount(database.db);
  const billRun = await makeBillRun(database.db, { periodStart: '2031-01-01', periodEnd: '2031-02-01' });
  const system = { db: database.db, actor: systemActor('test') };
  const { template } = await createMessageTemplate(system, { name: 'Notice', subject: 'Hello', body: 'Hi' });
  const [version] = await listVersionsOfTemplates(database.db, [template?.id ?? '']);
  const { audience } = await createAudience(system, { name: 'All', filter: {} });
  const { campaign } = await createCampaign(system, {
    name: 'Cursor test',
    templateVersionId: version?.id ?? '',
    audienceId: audience?.id ?? '',
    channels: ['email'],
  });
  fixture = {
    ratePlanId: ratePlan.id,
    accountId: account.id,
    billRunId: billRun.id,
    campaignId: campaign?.id ?? '',
  };
});

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

describe('tampered cursors', () => {
  it('has a case for every field of the schema that takes after:', () => {
    const schema = buildSchema(loadTypeDefs());
    const fields = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => field.args.some((arg) => arg.name === 'after'))
          .map((field) => `${type.name}.${field.name}`),
      )
      .sort();
    expect(Object.keys(connections).sort()).toEqual(fields);
  });

  for (const [field, call] of Object.entries(connections)) {
    it(`${field} answers BAD_USER_INPUT for every hand-made cursor`, async () => {
      const { query, variables } = call(fixture);
      for (const [name, after] of Object.entries(hostileCursors)) {
        const { body } = await server.request(query, { cookie, variables: { ...variables, after } });
        expect(
          (body.errors ?? []).map((error) => [error.extensions?.code, error.message]),
          name,
        ).toEqual([['BAD_USER_INPUT', 'The cursor is not valid; start from the first page.']]);
      }
      // no cursor, or an empty one, is the first page
      for (const after of [null, '']) {
        const { body } = await server.request(query, { cookie, variables: { ...variables, after } });
        expect(body.errors).toBeUndefined();
      }
    });
  }
});
