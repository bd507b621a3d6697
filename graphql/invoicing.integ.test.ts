import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountRow } from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { processBillRun } from '../lib/invoicing/process-bill-run';
import {
  makeAccount,
  makeBillRun,
  makeInvoice,
  makeOneTimeCharge,
  makeProduct,
  makeSubscription,
  makeTaxRule,
  makeUser,
} from '../seed/factories';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/**
 * Invoicing over the wire: the invoice list by the month a period starts, bill runs with an
 * issue date, and invoice lines with their unit prices.
 */
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

describe('invoice lines with their unit prices', () => {
  const LINES = `query($id: ID!) {
    invoice(id: $id) { total lines { lineType key quantity unitPrice amount } }
  }`;
  type LinesData = {
    invoice: {
      total: string;
      lines: { lineType: string; key: string; quantity: string; unitPrice: string | null; amount: string }[];
    };
  };

  it('gives the price per unit where one explains the amount, and null elsewhere', async () => {
    await makeTaxRule(database.db, {
      region: 'US-NM',
      taxCode: 'GRT',
      taxCategory: 'telecom',
      ratePercent: '5',
    });
    const customer = await makeAccount(database.db, { externalId: 'WIRE-PRICES', taxRegion: 'US-NM' });
    const seat = await makeProduct(database.db, {
      code: 'WIRE-SEAT',
      price: { currency: 'USD', model: 'per_unit', unitPrice: '40', effectiveFrom: '2026-01-01' },
    });
    const setup = await makeProduct(database.db, {
      code: 'WIRE-SETUP',
      kind: 'one_time',
      price: { currency: 'USD', model: 'per_unit', unitPrice: '25.00', effectiveFrom: '2026-01-01' },
    });
    // Whole period: 2 × 40; started on the 16th of 30 days: 15/30 of 1 × 40, prorated.
    const whole = await makeSubscription(database.db, {
      accountId: customer.id,
      productId: seat.id,
      quantity: '2',
    });
    const prorated = await makeSubscription(database.db, {
      accountId: customer.id,
      productId: seat.id,
      startDate: '2026-11-16',
    });
    const charge = await makeOneTimeCharge(database.db, {
      accountId: customer.id,
      productId: setup.id,
      chargeDate: '2026-11-20',
      quantity: '3',
      unitPrice: '0.3333',
    });
    const run = await makeBillRun(database.db, {
      periodStart: '2026-11-01',
      periodEnd: '2026-12-01',
      accountIds: [customer.id],
    });
    await processBillRun(database.db, run.id);
    const invoices = await request<{ invoices: { edges: { node: { id: string } }[] } }>(
      'query($filter: InvoiceFilter) { invoices(filter: $filter) { edges { node { id } } } }',
      { filter: { billRunId: run.id } },
    );
    const id = invoices.body.data?.invoices.edges[0]?.node.id;

    const { body } = await request<LinesData>(LINES, { id });
    expect(body.errors).toBeUndefined();
    const byKey = (body.data?.invoice.lines ?? []).map(({ lineType, key, quantity, unitPrice, amount }) => ({
      lineType,
      key,
      quantity,
      unitPrice,
      amount,
    }));
    expect(byKey).toEqual(
      expect.arrayContaining([
        { lineType: 'RECURRING', key: whole.id, quantity: '2', unitPrice: '40.00', amount: '80.00' },
        { lineType: 'RECURRING', key: prorated.id, quantity: '1', unitPrice: null, amount: '20.00' },
        { lineType: 'ONE_TIME', key: charge.id, quantity: '3', unitPrice: '0.3333', amount: '1.00' },
        { lineType: 'TAX', key: 'GRT/telecom', quantity: '101', unitPrice: null, amount: '5.05' },
      ]),
    );
    expect(byKey).toHaveLength(4);
  });

  it('is null on lines that were stored without one', async () => {
    const invoice = await makeInvoice(database.db, {
      accountId: account.id,
      issueDate: '2025-06-01',
      lines: [{ description: 'Opening balance', amount: '12.00' }],
    });
    const { body } = await request<LinesData>(LINES, { id: invoice.id });
    expect(body.data?.invoice.lines).toEqual([
      { lineType: 'ONE_TIME', key: 'line-1', quantity: '1', unitPrice: null, amount: '12.00' },
    ]);
  });
});

describe('credit notes over the wire', () => {
  const CREDIT = `mutation($input: CreditInvoiceInput!) {
    creditInvoice(input: $input) { invoice { number total } userErrors { code field message } }
  }`;
  type CreditData = {
    creditInvoice: {
      invoice: { number: string; total: string } | null;
      userErrors: { code: string; field: string[] | null; message: string }[];
    };
  };

  it('refuses a line named twice, and a credit beyond what is left, saying how much remains', async () => {
    const invoice = await makeInvoice(database.db, {
      accountId: account.id,
      issueDate: '2025-08-01',
      lines: [
        { description: 'Install', amount: '168.00' },
        { description: 'Cabling', amount: '91.69' },
      ],
    });
    const lines = await request<{ invoice: { lines: { id: string }[] } }>(
      'query($id: ID!) { invoice(id: $id) { lines { id } } }',
      { id: invoice.id },
    );
    const install = lines.body.data?.invoice.lines[0]?.id;

    const twice = await request<CreditData>(CREDIT, {
      input: {
        invoiceId: invoice.id,
        reason: 'Install refunded',
        lines: [
          { lineId: install, amount: '168.00' },
          { lineId: install, amount: '168.00' },
        ],
      },
    });
    expect(twice.body.errors).toBeUndefined();
    expect(twice.body.data?.creditInvoice).toEqual({
      invoice: null,
      userErrors: [
        {
          code: 'INVALID',
          field: ['input', 'lines', '1', 'lineId'],
          message:
            'This line is already in the request (lines[0]); name each line once, with the whole amount.',
        },
      ],
    });

    const part = await request<CreditData>(CREDIT, {
      input: { invoiceId: invoice.id, reason: 'Half', lines: [{ lineId: install, amount: '100.00' }] },
    });
    expect(part.body.data?.creditInvoice.invoice?.total).toBe('100.00');
    const more = await request<CreditData>(CREDIT, {
      input: { invoiceId: invoice.id, reason: 'Rest', lines: [{ lineId: install, amount: '100.00' }] },
    });
    expect(more.body.data?.creditInvoice.userErrors).toEqual([
      {
        code: 'INVALID',
        field: ['input', 'lines', '0', 'amount'],
        message: '68.00 of this line remains creditable (its tax follows); 100.00 is more.',
      },
    ]);
    const rest = await request<CreditData>(CREDIT, { input: { invoiceId: invoice.id, reason: 'Rest' } });
    expect(rest.body.data?.creditInvoice.invoice?.total).toBe('159.69');
  });
});
