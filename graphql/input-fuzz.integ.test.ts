import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db/testing/test-database';
import { makeAccount, makeProduct, makeProgram, makeUser } from '../seed/factories';
import { type GraphQLTestServer, startGraphQLTestServer } from './testing/graphql-test-server';
import { sessionCookieFor } from './testing/sign-in';

/**
 * Random strings — controls, NUL, unpaired surrogates, bidirectional characters, very long
 * ones, and ordinary text around them — sent into every string argument of a broad sample
 * of mutations. Whatever the string, the answer is never INTERNAL_SERVER_ERROR, a refused
 * mutation stores nothing, and every attempt leaves exactly one audit entry.
 */
let database: TestDatabase;
let server: GraphQLTestServer;
let cookie: string;
const ids = { account: '', product: '', program: '' };

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startGraphQLTestServer(database.db);
  const { user } = await makeUser(database.db, { role: 'admin' });
  cookie = (await sessionCookieFor(database.db, user)).cookie;
  ids.account = (await makeAccount(database.db, { externalId: 'FUZZ-1' })).id;
  ids.product = (
    await makeProduct(database.db, {
      code: 'FUZZ-INSTALL',
      kind: 'one_time',
      price: { currency: 'USD', model: 'flat', amount: '10.00', effectiveFrom: '2026-01-01' },
    })
  ).id;
  ids.program = (await makeProgram(database.db)).id;
});

afterAll(async () => {
  await server?.close();
  await database?.destroy();
});

/** One mutation of the sample: its document, a valid input, the string fields to fuzz, and the table it writes. */
interface Target {
  mutation: string;
  inputType: string;
  table: string;
  input: () => Record<string, unknown>;
  strings: string[];
}

let serial = 0;
const unique = (prefix: string) => {
  serial += 1;
  return `${prefix}-${serial}`;
};

const targets: Target[] = [
  {
    mutation: 'createAccount',
    inputType: 'AccountFieldsInput!',
    table: 'accounts',
    input: () => ({ externalId: unique('ACC'), name: 'Fuzz Account', currency: 'USD' }),
    strings: ['externalId', 'name', 'contactName', 'taxRegion'],
  },
  {
    mutation: 'recordPayment',
    inputType: 'RecordPaymentInput!',
    table: 'payments',
    input: () => ({
      accountId: ids.account,
      method: 'WIRE',
      amount: '1.00',
      currency: 'USD',
      receivedDate: '2026-11-02',
      reference: unique('REF'),
    }),
    strings: ['reference', 'note', 'externalId'],
  },
  {
    mutation: 'addOneTimeCharge',
    inputType: 'AddOneTimeChargeInput!',
    table: 'one_time_charges',
    input: () => ({
      accountId: ids.account,
      productId: ids.product,
      chargeDate: '2026-11-02',
      quantity: '1',
    }),
    strings: ['description', 'externalId'],
  },
  {
    mutation: 'createProduct',
    inputType: 'CreateProductInput!',
    table: 'products',
    input: () => ({ code: unique('PRD'), name: 'Fuzz product', kind: 'RECURRING', taxCategory: 'standard' }),
    strings: ['code', 'name', 'description', 'unitName', 'taxCategory'],
  },
  {
    mutation: 'addAccountContact',
    inputType: 'AddAccountContactInput!',
    table: 'account_contacts',
    input: () => ({ accountId: ids.account, email: `${unique('c')}@fuzz.example`, name: 'Pat' }),
    strings: ['email', 'name'],
  },
  {
    mutation: 'createRisk',
    inputType: 'CreateRiskInput!',
    table: 'risks',
    input: () => ({ programId: ids.program, title: 'A risk', probability: 2, impact: 3 }),
    strings: ['title', 'description', 'mitigation', 'trigger'],
  },
  {
    mutation: 'logDecision',
    inputType: 'LogDecisionInput!',
    table: 'decision_log',
    input: () => ({
      programId: ids.program,
      title: 'A decision',
      category: 'DECISION',
      decidedOn: '2026-11-02',
    }),
    strings: ['title', 'body'],
  },
  {
    mutation: 'createMessageTemplate',
    inputType: 'CreateMessageTemplateInput!',
    table: 'message_templates',
    input: () => ({ name: unique('Template'), subject: 'Hello', body: 'Hello {{accountName}}' }),
    strings: ['name', 'subject', 'body'],
  },
  {
    mutation: 'openIncident',
    inputType: 'OpenIncidentInput!',
    table: 'incidents',
    input: () => ({ title: 'Calls failing', severity: 'SEV3' }),
    strings: ['title', 'summary', 'componentKey'],
  },
  {
    mutation: 'ingestUsage',
    inputType: 'IngestUsageInput!',
    table: 'usage_records',
    input: () => ({
      records: [
        {
          recordId: unique('rec'),
          accountId: 'FUZZ-1',
          usageType: 'sms',
          startedAt: '2026-11-02T10:00:00Z',
          quantity: '1',
        },
      ],
    }),
    strings: [
      'records.0.recordId',
      'records.0.accountId',
      'records.0.destination',
      'records.0.productCode',
      'records.0.startedAt',
    ],
  },
];

const hostileChar = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001b',
  '\t',
  '\n',
  '\r',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ud800',
  '\udfff',
  '\ufeff',
  '\u200b',
  'e\u0301',
  '😀',
  "'",
  '"',
  '\\',
  '%',
  '=',
);
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 3, arbitrary: hostileChar },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);
const hostileString = fc.oneof(
  { weight: 8, arbitrary: fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')) },
  // Very long: past every length limit, one-line and multi-line.
  {
    weight: 1,
    arbitrary: fc
      .tuple(piece, fc.integer({ min: 400, max: 120_000 }))
      .map(([p, n]) => (p || 'x').repeat(n).slice(0, n)),
  },
);

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1] as string] = value;
}

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const result = (await database.db.execute(query)) as unknown as { rows?: { n: number }[] } & {
    n: number;
  }[];
  return Number((result.rows ?? result)[0]?.n);
}

describe('random strings into every string argument of a sample of mutations', () => {
  it('never answers INTERNAL_SERVER_ERROR, stores nothing when it refuses, and audits every attempt', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...targets)
          .chain((target) =>
            fc.tuple(fc.constant(target), fc.constantFrom(...target.strings), hostileString),
          ),
        async ([target, field, value]) => {
          const input = target.input();
          setPath(input, field, value);
          const rowsBefore = await count(sql`select count(*)::int as n from ${sql.identifier(target.table)}`);
          const auditsBefore = await count(
            sql`select count(*)::int as n from audit_entries where operation = ${target.mutation}`,
          );
          const { status, body } = await server.request<Record<string, { userErrors: unknown[] } | null>>(
            `mutation($input: ${target.inputType}) { ${target.mutation}(input: $input) { userErrors { code field message } } }`,
            { cookie, variables: { input } },
          );
          const codes = (body.errors ?? []).map((error) => error.extensions?.code);
          expect(codes, `${target.mutation}.${field}: ${JSON.stringify(body.errors)}`).not.toContain(
            'INTERNAL_SERVER_ERROR',
          );
          expect(status).toBeLessThan(500);
          const refused = codes.length > 0 || (body.data?.[target.mutation]?.userErrors.length ?? 0) > 0;
          const rowsAfter = await count(sql`select count(*)::int as n from ${sql.identifier(target.table)}`);
          if (refused) expect(rowsAfter, `${target.mutation}.${field} refused but stored`).toBe(rowsBefore);
          const auditsAfter = await count(
            sql`select count(*)::int as n from audit_entries where operation = ${target.mutation}`,
          );
          expect(auditsAfter, `${target.mutation}.${field}: one audit entry per attempt`).toBe(
            auditsBefore + 1,
          );
        },
      ),
      { numRuns: 200, seed: 20261207 },
    );
  });
});
