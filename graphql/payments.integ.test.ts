import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountRow, InvoiceRow } from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { Dec } from '../lib/money/decimal';
import { runDunning } from '../lib/payments/run-dunning';
import { daytimeOf } from '../seed/dunning-clock';
import { makeAccount, makeInvoice, makeUser } from '../seed/factories';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/** Payments over the wire: the mutations, the payloads' userErrors and report, and the reads. */
let database: TestDatabase;
let server: GraphQLTestServer;
let cookie: string;
let account: AccountRow;
let older: InvoiceRow;
let newer: InvoiceRow;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startGraphQLTestServer(database.db);
  const { user } = await makeUser(database.db, { role: 'billing' });
  cookie = (await sessionCookieFor(database.db, user)).cookie;
  account = await makeAccount(database.db, { externalId: 'WIRE-ACME', name: 'Acme over the wire' });
  older = await makeInvoice(database.db, { accountId: account.id, issueDate: '2026-01-01', total: '100.00' });
  newer = await makeInvoice(database.db, { accountId: account.id, issueDate: '2026-02-01', total: '250.00' });
});

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

const request = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
  server.request<T>(query, { cookie, variables });

const RECORD = `mutation($input: RecordPaymentInput!) {
  recordPayment(input: $input) {
    payment { amount currency method receivedDate reference unallocatedAmount allocations { invoiceNumber amount } }
    userErrors { code field message }
  }
}`;

describe('payments over GraphQL', () => {
  it('records a payment with named allocations and shows where the account stands', async () => {
    const { body } = await request(RECORD, {
      input: {
        accountId: account.id,
        method: 'WIRE',
        amount: '120.00',
        currency: 'USD',
        receivedDate: '2026-03-05',
        reference: 'FED-REF-1',
        allocations: [{ invoiceId: newer.id, amount: '100.00' }],
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data?.recordPayment).toEqual({
      payment: {
        amount: '120.00',
        currency: 'USD',
        method: 'WIRE',
        receivedDate: '2026-03-05',
        reference: 'FED-REF-1',
        unallocatedAmount: '20.00',
        allocations: [{ invoiceNumber: newer.number, amount: '100.00' }],
      },
      userErrors: [],
    });

    const credit = await request(
      'mutation($input: AllocateCreditInput!) { allocateCredit(input: $input) { allocations { invoiceNumber amount } remainingCredit userErrors { code } } }',
      { input: { accountId: account.id } },
    );
    expect(credit.body.data?.allocateCredit).toEqual({
      allocations: [{ invoiceNumber: older.number, amount: '20.00' }],
      remainingCredit: '0.00',
      userErrors: [],
    });

    const balance = await request(
      'query($id: ID!) { accountBalance(accountId: $id) { account { externalId } currency invoiced credited paid credit balance } }',
      { id: account.id },
    );
    expect(balance.body.data?.accountBalance).toEqual({
      account: { externalId: 'WIRE-ACME' },
      currency: 'USD',
      invoiced: '350.00',
      credited: '0.00',
      paid: '120.00',
      credit: '0.00',
      balance: '230.00',
    });
  });

  it('refuses a reference the account already has, unless allowDuplicateReference says it is another payment', async () => {
    // An account of its own: the tests below count the first account's payments.
    const payer = await makeAccount(database.db, { externalId: 'WIRE-DUPE' });
    const input = {
      accountId: payer.id,
      method: 'CHECK',
      amount: '7.00',
      currency: 'USD',
      receivedDate: '2026-03-06',
      reference: 'CHK-7007',
    };
    const first = await request<{ recordPayment: { payment: { id: string } | null; userErrors: unknown[] } }>(
      `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { payment { id } userErrors { code } } }`,
      { input },
    );
    expect(first.body.data?.recordPayment.userErrors).toEqual([]);
    const firstId = first.body.data?.recordPayment.payment?.id;

    const again = await request(RECORD, { input: { ...input, reference: 'chk-7007 ' } });
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data?.recordPayment).toEqual({
      payment: null,
      userErrors: [
        {
          code: 'TAKEN',
          field: ['input', 'reference'],
          message: `Payment ${firstId} already has reference "CHK-7007": 7.00 USD received 2026-03-06. If this is a separate payment, record it with allowDuplicateReference.`,
        },
      ],
    });
    const separate = await request<{ recordPayment: { payment: { reference: string } | null } }>(RECORD, {
      input: { ...input, allowDuplicateReference: true },
    });
    expect(separate.body.data?.recordPayment.payment?.reference).toBe('CHK-7007');
  });

  it('answers a payment in the wrong currency with a userError', async () => {
    const { body } = await request(RECORD, {
      input: {
        accountId: account.id,
        method: 'CHECK',
        amount: '5.00',
        currency: 'EUR',
        receivedDate: '2026-03-05',
      },
    });
    expect(body.data?.recordPayment).toEqual({
      payment: null,
      userErrors: [
        {
          code: 'INVALID',
          field: ['input', 'currency'],
          message: 'The account is billed in USD; record the payment in USD.',
        },
      ],
    });
  });

  it('imports a remittance file, reporting problems by line, then pages through payments', async () => {
    const IMPORT = `mutation($input: ImportRemittanceInput!) {
      importRemittance(input: $input) {
        report { rowsRead recorded alreadyRecorded problems { line column message } }
        payments { reference amount }
        userErrors { code message }
      }
    }`;
    const header = 'date,reference,account,invoice,amount,currency';
    const bad = await request(IMPORT, {
      input: { csv: `${header}\n2026-03-06,ACH-1,WIRE-ACME,,10.00,USD\n2026-03-06,ACH-2,NOBODY,,10.00,USD` },
    });
    expect(bad.body.data?.importRemittance).toEqual({
      report: {
        rowsRead: 2,
        recorded: 0,
        alreadyRecorded: 0,
        problems: [{ line: 3, column: 'account', message: 'No account has the external id "NOBODY".' }],
      },
      payments: [],
      userErrors: [{ code: 'INVALID', message: 'The file has 1 problem; nothing was recorded.' }],
    });

    const good = await request(IMPORT, {
      input: {
        csv: `${header}\n2026-03-06,ACH-1,WIRE-ACME,${older.number},10.00,USD\n2026-03-07,ACH-2,WIRE-ACME,,15.00,USD`,
      },
    });
    expect(good.body.data?.importRemittance).toMatchObject({
      report: { rowsRead: 2, recorded: 2, alreadyRecorded: 0, problems: [] },
      payments: [
        { reference: 'ACH-1', amount: '10.00' },
        { reference: 'ACH-2', amount: '15.00' },
      ],
      userErrors: [],
    });

    type PaymentPage = {
      payments: {
        edges: { node: { reference: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const PAGE = `query($id: ID, $after: String) {
      payments(first: 2, accountId: $id, after: $after) { edges { node { reference } } pageInfo { hasNextPage endCursor } }
    }`;
    const first = await request<PaymentPage>(PAGE, { id: account.id });
    // One import is one transaction: its payments share a recording time, in no set order.
    expect(first.body.data?.payments.edges.map((edge) => edge.node.reference).sort()).toEqual([
      'ACH-1',
      'ACH-2',
    ]);
    expect(first.body.data?.payments.pageInfo.hasNextPage).toBe(true);
    const second = await request<PaymentPage>(PAGE, {
      id: account.id,
      after: first.body.data?.payments.pageInfo.endCursor,
    });
    expect(second.body.data?.payments.edges.map((edge) => edge.node.reference)).toEqual(['FED-REF-1']);
    expect(second.body.data?.payments.pageInfo.hasNextPage).toBe(false);
  });

  it('reports aging and dunning', async () => {
    await runDunning(database.db, { now: daytimeOf('2026-03-20') });
    const { body } = await request(
      `{
        agingReport(asOf: "2026-03-20") {
          asOf
          rows { account { externalId } currency buckets { current days1To30 days31To60 days61To90 over90Days total } }
          totals { currency buckets { total } }
        }
        dunningSteps { position daysAfterDue action name }
      }`,
    );
    expect(body.errors).toBeUndefined();
    // Older (due Jan 31) owes 100 − 20 − 10 − 15 = 55, 48 days late; newer (due Mar 3) owes 150, 17 days late.
    expect(body.data?.agingReport).toEqual({
      asOf: '2026-03-20',
      rows: [
        {
          account: { externalId: 'WIRE-ACME' },
          currency: 'USD',
          buckets: {
            current: '0.00',
            days1To30: '150.00',
            days31To60: '55.00',
            days61To90: '0.00',
            over90Days: '0.00',
            total: '205.00',
          },
        },
      ],
      totals: [{ currency: 'USD', buckets: { total: '205.00' } }],
    });
    expect(body.data?.dunningSteps).toHaveLength(4);

    type Events = { dunningEvents: { edges: { node: { invoiceNumber: string; step: { name: string } } }[] } };
    const events = await request<Events>(
      'query($id: ID!) { dunningEvents(accountId: $id, first: 10) { edges { node { invoiceNumber action step { name } asOf account { externalId } } } } }',
      { id: account.id },
    );
    const edges = events.body.data?.dunningEvents.edges ?? [];
    // 48 days late reaches every step, suspension included; 17 days late the two reminders.
    expect(edges.map((edge) => `${edge.node.invoiceNumber} ${edge.node.step.name}`).sort()).toEqual(
      [
        `${older.number} First reminder`,
        `${older.number} Second reminder`,
        `${older.number} Final notice`,
        `${older.number} Suspension`,
        `${newer.number} First reminder`,
        `${newer.number} Second reminder`,
      ].sort(),
    );
  });

  it('shows on an invoice what it still owes and the payments applied to it', async () => {
    const draft = await makeInvoice(database.db, {
      accountId: account.id,
      status: 'draft',
      number: null,
      issueDate: '2026-04-01',
    });
    type Invoices = {
      invoices: {
        edges: {
          node: {
            number: string | null;
            amountDue: string | null;
            payments: { amount: string; payment: { method: string; receivedDate: string } }[];
          };
        }[];
      };
    };
    const { body } = await request<Invoices>(
      `query($filter: InvoiceFilter) { invoices(first: 10, filter: $filter) { edges { node {
        number amountDue payments { amount payment { method receivedDate } }
      } } } }`,
      { filter: { accountId: account.id, periodStart: '2026-01-01' } },
    );
    expect(body.errors).toBeUndefined();
    // Newer's period is January (it was issued Feb 1); the wire paid 100 of its 250.
    expect(body.data?.invoices.edges.map((edge) => edge.node)).toEqual([
      {
        number: newer.number,
        amountDue: '150.00',
        payments: [{ amount: '100.00', payment: { method: 'WIRE', receivedDate: '2026-03-05' } }],
      },
    ]);

    const both = await request<{
      older: { amountDue: string; payments: { amount: string }[] };
      draft: { amountDue: null };
    }>(
      'query($older: ID!, $draft: ID!) { older: invoice(id: $older) { amountDue payments { amount } } draft: invoice(id: $draft) { amountDue } }',
      { older: older.id, draft: draft.id },
    );
    expect(both.body.data?.older.amountDue).toBe('55.00');
    const paid = (both.body.data?.older.payments ?? []).reduce(
      (total, p) => total.plus(p.amount),
      new Dec(0),
    );
    expect(paid.toFixed(2)).toBe('45.00');
    expect(both.body.data?.draft.amountDue).toBeNull();
  });
});
