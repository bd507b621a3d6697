import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryCounter } from '../db/testing/query-counter';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { makeAccount, makeInvoice, makePayment, makeUser } from '../seed/factories';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/**
 * The accounts list with each account's balance costs the same number of queries for two
 * accounts as for six (the balances are summed for the whole page in one query), and every
 * balance is exact, in the account's currency: finalized invoices, less finalized credit
 * notes, less live payments; drafts count for nothing.
 */
const counter = new QueryCounter();
let database: TestDatabase;
let server: GraphQLTestServer;
let cookie = '';

const LIST = `{ accounts(first: 50) { edges { node {
  externalId
  balance { currency invoiced credited paid credit balance }
} } } }`;

interface ListedAccount {
  externalId: string;
  balance: {
    currency: string;
    invoiced: string;
    credited: string;
    paid: string;
    credit: string;
    balance: string;
  };
}

beforeAll(async () => {
  database = await createTestDatabase({ logger: counter });
  server = await startGraphQLTestServer(database.db);
  const { user } = await makeUser(database.db, { role: 'viewer' });
  cookie = (await sessionCookieFor(database.db, user)).cookie;
}, 180_000);

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

/** Account `n`, with one of three histories by `n % 3`, and the balance it must show. */
async function addAccount(n: number): Promise<ListedAccount> {
  const db = database.db;
  const externalId = `BAL-${n}`;
  switch (n % 3) {
    case 1: {
      // Invoiced 100.00, partly paid (30.25), partly credited (10.10); a draft does not count.
      const { id: accountId } = await makeAccount(db, { externalId, currency: 'USD' });
      const invoice = await makeInvoice(db, { accountId, total: '100.00', issueDate: '2026-01-01' });
      await makeInvoice(db, {
        accountId,
        kind: 'credit_note',
        total: '10.10',
        creditedInvoiceId: invoice.id,
        issueDate: '2026-01-10',
      });
      await makeInvoice(db, {
        accountId,
        status: 'draft',
        number: null,
        finalizedAt: null,
        total: '500.00',
        issueDate: '2026-02-01',
      });
      await makePayment(db, { accountId, amount: '30.25' });
      return {
        externalId,
        balance: {
          currency: 'USD',
          invoiced: '100.00',
          credited: '10.10',
          paid: '30.25',
          credit: '0.00',
          balance: '59.65',
        },
      };
    }
    case 2: {
      // Overpaid in a three-decimal currency: the rest is credit, the balance negative.
      const { id: accountId } = await makeAccount(db, { externalId, currency: 'KWD' });
      await makeInvoice(db, { accountId, total: '12.345', issueDate: '2026-01-01' });
      await makePayment(db, { accountId, amount: '20.000' });
      return {
        externalId,
        balance: {
          currency: 'KWD',
          invoiced: '12.345',
          credited: '0.000',
          paid: '20.000',
          credit: '7.655',
          balance: '-7.655',
        },
      };
    }
    default: {
      // Nothing billed yet, in a currency without minor units.
      await makeAccount(db, { externalId, currency: 'JPY' });
      return {
        externalId,
        balance: { currency: 'JPY', invoiced: '0', credited: '0', paid: '0', credit: '0', balance: '0' },
      };
    }
  }
}

/** The list as the API answers it, by account number, and the statements answering it took. */
async function requestList() {
  let accounts: ListedAccount[] = [];
  const statements = await counter.during(async () => {
    const { body } = await server.request<{ accounts: { edges: { node: ListedAccount }[] } }>(LIST, {
      cookie,
    });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    accounts = (body.data?.accounts.edges ?? []).map((edge) => edge.node);
  });
  return { accounts: accounts.sort((a, b) => a.externalId.localeCompare(b.externalId)), statements };
}

describe('the accounts list with balances', () => {
  it('costs as many queries for six accounts as for two, each balance exact', async () => {
    const expected: ListedAccount[] = [];
    for (const n of [1, 2]) expected.push(await addAccount(n));
    const two = await requestList();
    expect(two.accounts).toEqual(expected);

    for (const n of [3, 4, 5, 6]) expected.push(await addAccount(n));
    const six = await requestList();
    expect(six.accounts).toEqual(expected.sort((a, b) => a.externalId.localeCompare(b.externalId)));
    expect(six.statements.length, six.statements.join('\n')).toBe(two.statements.length);
    // Nothing sent twice: no query per account, and no query run again.
    expect(new Set(six.statements).size, six.statements.join('\n')).toBe(six.statements.length);
  });
});
