import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountRow } from '../db/schema';
import { auditEntries } from '../db/schema';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { makeAccount, makeProduct, makeUser } from '../seed/factories';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/**
 * Hardening findings 3, 4, 6 and 7 over the wire: text, amounts and dates a client should
 * never have been able to store are refused at the edge with BAD_USER_INPUT naming the
 * field, nothing is written, and the attempt is in the audit log all the same.
 */
let database: TestDatabase;
let server: GraphQLTestServer;
let cookie: string;
let account: AccountRow;
let oneTimeProductId: string;

type Error = { message: string; extensions?: { code?: string; field?: string[]; requestId?: string } };

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startGraphQLTestServer(database.db);
  const { user } = await makeUser(database.db, { role: 'billing' });
  cookie = (await sessionCookieFor(database.db, user)).cookie;
  account = await makeAccount(database.db, { externalId: 'EDGE-1', name: 'Edge Networks' });
  oneTimeProductId = (
    await makeProduct(database.db, {
      code: 'INSTALL',
      kind: 'one_time',
      price: { currency: 'USD', model: 'flat', amount: '99.00', effectiveFrom: '2026-01-01' },
    })
  ).id;
});

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

const send = (query: string, variables: Record<string, unknown>) =>
  server.request<Record<string, { userErrors?: unknown[] } | null>>(query, { cookie, variables });

const CREATE_ACCOUNT = `mutation($input: AccountFieldsInput!) {
  createAccount(input: $input) { account { id name } userErrors { code field message } }
}`;

const RECORD_PAYMENT = `mutation($input: RecordPaymentInput!) {
  recordPayment(input: $input) { payment { id note } userErrors { code field message } }
}`;

async function accountCount(): Promise<number> {
  const rows = await database.db.execute<{ count: number }>(sql`select count(*)::int as count from accounts`);
  return Number(
    (rows as unknown as { rows?: { count: number }[] }).rows?.[0]?.count ??
      (rows as unknown as { count: number }[])[0]?.count,
  );
}

async function lastAudit(operation: string) {
  const rows = await database.db
    .select()
    .from(auditEntries)
    .where(sql`${auditEntries.operation} = ${operation}`)
    .orderBy(sql`${auditEntries.occurredAt} desc`)
    .limit(1);
  return rows[0];
}

function refusal(body: { errors?: Error[] }): Error {
  expect(body.errors, JSON.stringify(body)).toHaveLength(1);
  const [error] = body.errors as Error[];
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  return error as Error;
}

describe('text at the edge', () => {
  it.each([
    ['a NUL', 'Acme\u0000Corp', /NUL/],
    [
      'terminal escapes and an injected line',
      'Acme\u0007\u001b[31mRED\r\nInjected: yes',
      /control character|line break/,
    ],
    ['a right-to-left override', 'Invoice\u202Efdp.exe', /bidirectional override/],
    ['a bidi isolate', 'Acme\u2066Corp', /bidirectional override/],
    ['a C1 control', 'Acme\u0085Corp', /control character/],
    ['an unpaired surrogate', 'Acme\ud800Corp', /unpaired surrogate/],
    ['100,000 characters', 'A'.repeat(100_000), /longer than 500/],
  ])(
    'refuses an account name with %s, names the field, stores nothing and audits the attempt',
    async (_, name, reason) => {
      const before = await accountCount();
      const { body } = await send(CREATE_ACCOUNT, {
        input: { externalId: 'EDGE-NEW', name, currency: 'USD' },
      });
      const error = refusal(body);
      expect(error.extensions?.field).toEqual(['input', 'name']);
      expect(error.message).toMatch(reason);
      expect(await accountCount()).toBe(before);
      const audit = await lastAudit('createAccount');
      expect(audit).toMatchObject({ result: 'error', errorCode: 'BAD_USER_INPUT' });
      expect(JSON.stringify(audit?.inputSummary)).toContain('EDGE-NEW');
    },
  );

  it('stores names in NFC, so the same name typed two ways is one name', async () => {
    const { body } = await send(CREATE_ACCOUNT, {
      input: { externalId: 'EDGE-NFC', name: 'Cafe\u0301 Telecom', currency: 'USD' },
    });
    expect(body.data?.createAccount?.userErrors).toEqual([]);
    expect((body.data?.createAccount as { account: { name: string } } | undefined)?.account.name).toBe(
      'Caf\u00e9 Telecom',
    );
  });

  it('refuses a NUL in an id nested in a list and a payment reference', async () => {
    const usage = await send(
      `mutation($input: IngestUsageInput!) { ingestUsage(input: $input) { ingestion { id } userErrors { message } } }`,
      {
        input: {
          records: [
            {
              recordId: 'ok-1',
              accountId: 'EDGE-1',
              usageType: 'sms',
              startedAt: '2026-11-02T10:00:00Z',
              quantity: '1',
            },
            {
              recordId: 'bad\u0000',
              accountId: 'EDGE-1',
              usageType: 'sms',
              startedAt: '2026-11-02T10:00:00Z',
              quantity: '1',
            },
          ],
        },
      },
    );
    expect(refusal(usage.body).extensions?.field).toEqual(['input', 'records', '1', 'recordId']);
    const payment = await send(RECORD_PAYMENT, {
      input: {
        accountId: account.id,
        method: 'WIRE',
        amount: '10.00',
        currency: 'USD',
        receivedDate: '2026-11-02',
        reference: 'REF\u00001',
      },
    });
    expect(refusal(payment.body).extensions?.field).toEqual(['input', 'reference']);
    expect(await lastAudit('recordPayment')).toMatchObject({ result: 'error', errorCode: 'BAD_USER_INPUT' });
  });

  it('lets multi-line text keep its line breaks and still refuses a NUL in it', async () => {
    const input = {
      accountId: account.id,
      method: 'WIRE',
      amount: '10.00',
      currency: 'USD',
      receivedDate: '2026-11-02',
      reference: 'MULTI-1',
      note: 'Paid by the parent company.\r\nSee ticket 4411.',
    };
    const ok = await send(RECORD_PAYMENT, { input });
    expect((ok.body.data?.recordPayment as { payment: { note: string } } | undefined)?.payment.note).toBe(
      input.note,
    );
    const bad = await send(RECORD_PAYMENT, { input: { ...input, reference: 'MULTI-2', note: 'x\u0000y' } });
    expect(refusal(bad.body).extensions?.field).toEqual(['input', 'note']);
  });
});

describe('amounts have an upper bound', () => {
  it('refuses a payment of 10^30, stores nothing and audits the attempt', async () => {
    const { body } = await send(RECORD_PAYMENT, {
      input: {
        accountId: account.id,
        method: 'WIRE',
        amount: '1000000000000000000000000000000',
        currency: 'USD',
        receivedDate: '2026-11-02',
        reference: 'HUGE-1',
      },
    });
    expect(refusal(body).message).toMatch(/largest amount accepted/);
    const stored = await database.db.execute(sql`select 1 from payments where reference = 'HUGE-1'`);
    expect((stored as unknown as { rows?: unknown[] }).rows ?? stored).toHaveLength(0);
    expect(await lastAudit('recordPayment')).toMatchObject({ result: 'error', errorCode: 'BAD_USER_INPUT' });
  });

  it('refuses a one-time charge priced at 10^30', async () => {
    const { body } = await send(
      `mutation($input: AddOneTimeChargeInput!) { addOneTimeCharge(input: $input) { userErrors { message } } }`,
      {
        input: {
          accountId: account.id,
          productId: oneTimeProductId,
          chargeDate: '2026-11-02',
          quantity: '1',
          unitPrice: '1e30',
        },
      },
    );
    refusal(body);
    const { body: huge } = await send(
      `mutation($input: AddOneTimeChargeInput!) { addOneTimeCharge(input: $input) { userErrors { message } } }`,
      {
        input: {
          accountId: account.id,
          productId: oneTimeProductId,
          chargeDate: '2026-11-02',
          quantity: '1',
          unitPrice: '1000000000000000000000000000000',
        },
      },
    );
    expect(refusal(huge).message).toMatch(/largest amount accepted/);
  });

  it('has the database refuse what an unchecked path would store', async () => {
    await expect(
      database.db.execute(
        sql`insert into payments (account_id, method, amount, currency, received_date, created_by)
            values (${account.id}, 'wire', 1e15, 'USD', '2026-11-02', 'test')`,
      ),
    ).rejects.toThrow();
  });
});

describe('dates that do not exist', () => {
  it.each([
    ['2026-02-30', 'receivedDate'],
    ['0001-01-01', 'receivedDate'],
    ['9999-12-31', 'receivedDate'],
  ])('refuses the date %s', async (date) => {
    const { body } = await send(RECORD_PAYMENT, {
      input: {
        accountId: account.id,
        method: 'WIRE',
        amount: '1.00',
        currency: 'USD',
        receivedDate: date,
        reference: `DATE-${date}`,
      },
    });
    refusal(body);
  });

  it('rejects usage that starts on a day that does not exist or outside the window, row by row', async () => {
    const tomorrowPlusOne = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const records = [
      ['feb-30', '2026-02-30T10:00:00Z'],
      ['year-1', '0001-01-01T00:00:00Z'],
      ['year-9999', '9999-01-01T00:00:00Z'],
      ['before-2000', '1999-12-31T23:59:59Z'],
      ['hour-24', '2026-03-01T24:00:00Z'],
      ['future', tomorrowPlusOne],
      ['fine', '2026-11-02T10:00:00Z'],
    ].map(([recordId, startedAt]) => ({
      recordId,
      accountId: 'EDGE-1',
      usageType: 'sms',
      startedAt,
      quantity: '1',
    }));
    const { body } = await send(
      `mutation($input: IngestUsageInput!) {
        ingestUsage(input: $input) { ingestion { status read imported rejected problems { recordId reason } } userErrors { message } }
      }`,
      { input: { records } },
    );
    const ingestion =
      (body.data?.ingestUsage as { ingestion: Record<string, unknown> } | undefined)?.ingestion ?? {};
    expect(ingestion).toMatchObject({ status: 'COMPLETED', read: 7, imported: 1, rejected: 6 });
    const reasons = Object.fromEntries(
      (ingestion.problems as { recordId: string; reason: string }[]).map((p) => [p.recordId, p.reason]),
    );
    expect(reasons['feb-30']).toMatch(/not a real one/);
    expect(reasons['before-2000']).toMatch(/outside the accepted window/);
    expect(reasons.future).toMatch(/outside the accepted window/);
  });
});
