import { eq, inArray } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Dec } from '../../lib/money/decimal';
import {
  aggregateRecords,
  type MeteredRecord,
  type RecordRounding,
  type UsageAggregation,
  usageAggregations,
} from '../../lib/rating/usage-aggregation';
import { makeAccount, makeProduct } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { products, usageRecords } from '../schema';
import { aggregateQuantitiesOfAccounts, insertUsageRows, type UsageRowToStore } from './usage';

/**
 * The metered-usage aggregations in SQL (db/queries/usage aggregateQuantitiesOfAccounts)
 * against the plain TypeScript statement of the rules (lib/rating/usage-aggregation), exactly:
 * random records (ties in time, record ids that differ in case and beyond ASCII, quantities
 * on and just off block boundaries, repeated and missing subjects, records outside the
 * period, unrated, voice, or of an account not asked for) and random per-record rounding.
 */
const database = setUpTestDatabase();
const db = () => database.db;
const range = { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') };
const accountIds: string[] = [];
let otherAccountId = '';
const productIds: string[] = [];

beforeAll(async () => {
  for (let i = 0; i < 2; i++) accountIds.push((await makeAccount(db())).id);
  otherAccountId = (await makeAccount(db())).id;
  for (const aggregation of usageAggregations)
    productIds.push((await makeProduct(db(), { kind: 'usage', usageType: 'data', aggregation })).id);
});

interface Row {
  account: number;
  product: number;
  /** Minutes from the period's start: a few slots, so records tie in time; -1 and the end fall outside. */
  minute: number;
  idPrefix: string;
  quantity: string;
  subject: string | null;
  status: 'rated' | 'unrated';
  usageType: 'data' | 'custom' | 'voice';
}

const rowArb: fc.Arbitrary<Row> = fc.record({
  account: fc.integer({ min: 0, max: 2 }),
  product: fc.integer({ min: 0, max: usageAggregations.length - 1 }),
  minute: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 5 }) },
    { weight: 1, arbitrary: fc.constantFrom(-1, 31 * 24 * 60) },
  ),
  idPrefix: fc.constantFrom('a', 'B', 'b', 'é', '\u{1F600}', 'Z'),
  quantity: fc.oneof(
    fc.constantFrom('0', '1024', '1023.999', '1024.001', '512', '511.9999', '1536', '0.5', '0.05'),
    fc.integer({ min: 0, max: 5000 }).map(String),
    fc
      .tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 9999 }))
      .map(([i, f]) => `${i}.${f}`),
  ),
  subject: fc.option(fc.constantFrom('alice', 'Alice', 'bob', 'carol', 'dev-7'), { nil: null }),
  status: fc.constantFrom('rated', 'rated', 'rated', 'unrated'),
  usageType: fc.constantFrom('data', 'data', 'custom', 'voice'),
});

const roundingArb: fc.Arbitrary<RecordRounding | null> = fc.option(
  fc.record({
    direction: fc.constantFrom('up', 'nearest', 'down'),
    block: fc.constantFrom('1024', '1', '0.1', '3', '0.25', '1000000').map((b) => new Dec(b)),
  }),
  { nil: null },
);

let run = 0;

async function compare(rows: readonly Row[], roundings: readonly (RecordRounding | null)[]) {
  run += 1;
  await db()
    .delete(usageRecords)
    .where(inArray(usageRecords.accountId, [...accountIds, otherAccountId]));
  for (const [index, productId] of productIds.entries()) {
    const rounding = roundings[index] ?? null;
    await db()
      .update(products)
      .set({
        recordRounding: rounding?.direction ?? null,
        recordRoundingBlock: rounding?.block.toString() ?? null,
      })
      .where(eq(products.id, productId));
  }
  const accountOf = (row: Row) => (row.account === 2 ? otherAccountId : (accountIds[row.account] as string));
  const records = rows.map((row, index) => ({
    ...row,
    accountId: accountOf(row),
    productId: productIds[row.product] as string,
    recordId: `${row.idPrefix}-${run}-${index}`,
    startedAt: new Date(range.from.getTime() + row.minute * 60_000),
  }));
  const stored: UsageRowToStore[] = records.map((r) => ({
    record_id: r.recordId,
    ingestion_id: null,
    account_ref: r.accountId,
    account_id: r.accountId,
    usage_type: r.usageType,
    product_id: r.productId,
    started_at: r.startedAt.toISOString(),
    destination_number: null,
    duration_seconds: null,
    quantity: r.quantity,
    subject: r.subject,
    content_hash: r.recordId,
    status: r.status,
    unrated_reason: null,
    rate_version_id: null,
    prefix: null,
    destination_name: null,
    destination_class: null,
    band: null,
    billable_seconds: null,
    rate_per_minute: null,
    connection_fee: null,
    charge: null,
    rated_at: null,
  }));
  await insertUsageRows(db(), stored);

  const ours: Record<string, string> = {};
  for (const row of await aggregateQuantitiesOfAccounts(db(), accountIds, range.from, range.to)) {
    const product = productIds.indexOf(row.productId);
    ours[`${accountIds.indexOf(row.accountId)}/${product}`] =
      `${row.aggregation} ${row.records} ${row.quantity === null ? 'null' : new Dec(row.quantity).toString()}`;
  }
  const expected: Record<string, string> = {};
  for (const [a, accountId] of accountIds.entries()) {
    for (const [p, productId] of productIds.entries()) {
      const mine: MeteredRecord[] = records
        .filter(
          (r) =>
            r.accountId === accountId &&
            r.productId === productId &&
            r.status === 'rated' &&
            r.usageType !== 'voice' &&
            r.startedAt >= range.from &&
            r.startedAt < range.to,
        )
        .map((r) => ({
          startedAt: r.startedAt,
          recordId: r.recordId,
          quantity: new Dec(r.quantity),
          subject: r.subject,
        }));
      const aggregation = usageAggregations[p] as UsageAggregation;
      const quantity = aggregateRecords(mine, aggregation, roundings[p] ?? null);
      if (quantity) expected[`${a}/${p}`] = `${aggregation} ${mine.length} ${quantity.toString()}`;
    }
  }
  return { ours, expected };
}

describe('metered usage aggregated in SQL, against the oracle (property)', () => {
  it('gives, per account and product, the oracle’s record count and quantity exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { maxLength: 60 }),
        fc.array(roundingArb, { minLength: usageAggregations.length, maxLength: usageAggregations.length }),
        async (rows, roundings) => {
          const { ours, expected } = await compare(rows, roundings);
          expect(ours).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('agrees on a worked case: sessions rounded up to 1,024, a peak, the last, active users and p95', async () => {
    const rows: Row[] = [
      ...['100', '1024', '1025'].map((quantity, i) => base({ product: 0, minute: i, quantity })),
      ...['3', '9', '9', '4'].map((quantity, i) => base({ product: 1, minute: i, quantity })),
      base({ product: 2, minute: 5, quantity: '7', idPrefix: 'a' }),
      base({ product: 2, minute: 5, quantity: '8', idPrefix: 'b' }),
      base({ product: 2, minute: 4, quantity: '9', idPrefix: 'z' }),
      ...['alice', 'bob', 'alice', null].map((subject, i) => base({ product: 3, minute: i, subject })),
      ...Array.from({ length: 20 }, (_, i) => base({ product: 4, minute: i % 6, quantity: String(i + 1) })),
    ];
    const up: RecordRounding = { direction: 'up', block: new Dec(1024) };
    const { ours, expected } = await compare(rows, [up, null, null, null, null]);
    expect(ours).toEqual({
      '0/0': 'sum 3 4096',
      '0/1': 'max 4 9',
      '0/2': 'last 3 8',
      '0/3': 'distinct_count 4 2',
      '0/4': 'p95 20 19',
    });
    expect(ours).toEqual(expected);
  });
});

function base(patch: Partial<Row>): Row {
  return {
    account: 0,
    product: 0,
    minute: 0,
    idPrefix: 'r',
    quantity: '1',
    subject: null,
    status: 'rated',
    usageType: 'data',
    ...patch,
  };
}
