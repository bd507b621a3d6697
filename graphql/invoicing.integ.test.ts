import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountRow } from '../db/schema';
import { makeAccount, makeInvoice, makeUser } from '../db/seed/factories';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/** Invoicing over the wire: the invoice list by the month a period starts, bill runs with an issue date. */
let database: TestDatabase;
let server: GraphQLTestServer;
let cookie: string;
let account: AccountRow;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startGraphQLTestServer(database.db);
  const { user } = await makeUser(database.db, { role: 'billing' });
  cookie = (await sessionCookieFor(database.db, user)).cookie;
  account = await makeAccount(database.db, { externalId: 'WIRE-MONTHS', name: 'Months over the wire' });
});

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

const request = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
  server.request<T>(query, { cookie, variables });

const LIST = `query($filter: InvoiceFilter) {
  invoices(first: 50, filter: $filter) { edges { node { number periodStart } } }
}`;
type ListData = { invoices: { edges: { node: { number: string; periodStart: string } }[] } };

describe('the invoice list filtered by period', () => {
  let calendar: string;
  let anniversary: string;

  beforeAll(async () => {
    const month = (periodStart: string, periodEnd: string, issueDate: string) =>
      makeInvoice(database.db, { accountId: account.id, periodStart, periodEnd, issueDate });
    calendar = (await month('2026-03-01', '2026-04-01', '2026-04-01')).number as string;
    anniversary = (await month('2026-03-15', '2026-04-15', '2026-04-15')).number as string;
    // The neighbours on either side of March, which must not match.
    await month('2026-02-15', '2026-03-15', '2026-03-15');
    await month('2026-04-01', '2026-05-01', '2026-05-01');
  });

  const numbers = (data: ListData | null | undefined) =>
    data?.invoices.edges.map((edge) => edge.node.number).sort();

  it('by month, matches calendar-month and anniversary periods that start in it', async () => {
    const { body } = await request<ListData>(LIST, {
      filter: { accountId: account.id, periodMonth: '2026-03' },
    });
    expect(body.errors).toBeUndefined();
    expect(numbers(body.data)).toEqual([calendar, anniversary].sort());
  });

  it('by day (periodStart), still matches only periods that start on that day', async () => {
    const { body } = await request<ListData>(LIST, {
      filter: { accountId: account.id, periodStart: '2026-03-01' },
    });
    expect(body.errors).toBeUndefined();
    expect(numbers(body.data)).toEqual([calendar]);
  });

  it.each(['2026-3', '2026-13', '2026-03-01', 'March 2026', ''])(
    'refuses the month "%s" as bad user input',
    async (periodMonth) => {
      const { body } = await request<ListData>(LIST, { filter: { periodMonth } });
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toBe(`"${periodMonth}" is not a month (YYYY-MM).`);
    },
  );
});

describe("a bill run's issue date", () => {
  const CREATE = `mutation($input: CreateBillRunInput!) {
    createBillRun(input: $input) { billRun { id periodStart periodEnd issueDate } userErrors { code field message } }
  }`;
  type CreateData = {
    createBillRun: {
      billRun: { id: string; periodStart: string; periodEnd: string; issueDate: string | null } | null;
      userErrors: { code: string; field: string[] | null; message: string }[];
    };
  };
  const input = { periodStart: '2026-06-01', periodEnd: '2026-07-01', accountIds: [] as string[] };

  it('is kept on the run when given, and null when left out', async () => {
    const dated = await request<CreateData>(CREATE, {
      input: { ...input, accountIds: [account.id], issueDate: '2026-07-02' },
    });
    expect(dated.body.data?.createBillRun.userErrors).toEqual([]);
    const id = dated.body.data?.createBillRun.billRun?.id;
    const read = await request<{ billRun: { issueDate: string | null } }>(
      'query($id: ID!) { billRun(id: $id) { issueDate } }',
      { id },
    );
    expect(read.body.data?.billRun.issueDate).toBe('2026-07-02');

    const undated = await request<CreateData>(CREATE, {
      input: { ...input, periodStart: '2026-07-01', periodEnd: '2026-08-01', accountIds: [account.id] },
    });
    expect(undated.body.data?.createBillRun.billRun?.issueDate).toBeNull();
  });

  it('comes back as a user error when it is before the period', async () => {
    const { body } = await request<CreateData>(CREATE, {
      input: { ...input, accountIds: [account.id], issueDate: '2026-05-31' },
    });
    expect(body.data?.createBillRun).toEqual({
      billRun: null,
      userErrors: [
        {
          code: 'INVALID',
          field: ['input', 'issueDate'],
          message: 'The issue date cannot be before the period starts.',
        },
      ],
    });
  });
});
