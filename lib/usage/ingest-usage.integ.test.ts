import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { replaceAllowancesOfProduct } from '../../db/queries/prices';
import { getIngestionById, listProblemsOfIngestion } from '../../db/queries/usage';
import { makeAccount, makeCatalog, makeProduct, makeRatePlan, makeSubscription } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { importRateDeck } from '../catalog/import-rate-deck';
import type { IngestionReport } from './ingest-usage';
import { ingestUsage } from './ingest-usage';
import { ingestUsageBatch } from './ingest-usage-batch';
import { readUsageCsv } from './read-usage-csv';
import { rerateUsage } from './rerate-usage';
import { summarizeAccountUsage } from './summarize-account-usage';
import { listUsageRecords, summarizeUnratedUsage } from './usage-queries';
import type { RawUsageRow } from './usage-row';

const database = setUpTestDatabase();
const ctx = () => database.ctx();
const deck = [
  'prefix,destination,destination_class,rate_per_minute,initial_increment_s,subsequent_increment_s,connection_fee',
  '1,United States/Canada,domestic,0.0150,6,6,0',
  '1876,Jamaica,international,0.1800,60,60,0.0500',
  '44,United Kingdom,international,0.0300,60,6,0',
].join('\n');

let planId = '';
let withPlan = '';
let withoutPlan = '';

beforeAll(async () => {
  // Usage products live in the default catalog, which the rate plan also uses.
  await makeProduct(database.db, {
    code: 'VOICE',
    kind: 'usage',
    usageType: 'voice',
    price: { currency: 'USD', model: 'rate_deck', effectiveFrom: '2026-01-01' },
  });
  await makeProduct(database.db, {
    code: 'SMS',
    kind: 'usage',
    usageType: 'sms',
    price: {
      currency: 'USD',
      model: 'graduated',
      effectiveFrom: '2026-01-01',
      tiers: [
        { upTo: '1000', unitPrice: '0.0100' },
        { upTo: null, unitPrice: '0.0080' },
      ],
    },
  });
  const plan = await makeRatePlan(database.db, { deckCsv: deck, effectiveFrom: '2026-01-01' });
  planId = plan.id;
  withPlan = (await makeAccount(database.db, { externalId: 'ACME', ratePlanId: plan.id })).externalId;
  withoutPlan = (await makeAccount(database.db, { externalId: 'NOPLAN' })).externalId;
  await makeCatalog(database.db); // an unrelated catalog must not confuse product lookup
});

const call = (
  id: string,
  account: string,
  destination: string,
  seconds: number,
  at = '2026-10-05T14:00:00Z',
): RawUsageRow => ({
  record_id: id,
  account_id: account,
  usage_type: 'voice',
  started_at: at,
  destination,
  duration_s: String(seconds),
});
const sms = (id: string, account: string, quantity: string, at = '2026-10-06T09:00:00Z'): RawUsageRow => ({
  record_id: id,
  account_id: account,
  usage_type: 'sms',
  started_at: at,
  quantity,
});
const adds = (report: IngestionReport) =>
  report.read === report.imported + report.duplicates + report.conflicts + report.rejected;

describe('ingesting usage', () => {
  it('imports, skips duplicates, reports conflicts and malformed rows, keeps unratable ones: and it adds up', async () => {
    const report = await ingestUsageBatch(ctx(), [
      call('B1-1', withPlan, '12125551234', 46),
      sms('B1-2', withPlan, '3'),
      call('B1-1', withPlan, '12125551234', 46), // identical repeat: duplicate
      call('B1-1', withPlan, '12125551234', 47), // same id, other content: conflict
      call('B1-3', withPlan, '12125551234', -4), // malformed
      call('B1-4', 'GHOST', '12125551234', 30), // unknown account: kept, unrated
      call('B1-5', withPlan, '33123456789', 30), // no prefix: kept, unrated
      call('B1-6', withoutPlan, '12125551234', 30), // no rate plan: kept, unrated
    ]);
    expect(report).toMatchObject({
      status: 'completed',
      read: 8,
      imported: 5,
      duplicates: 1,
      conflicts: 1,
      rejected: 1,
      unrated: 3,
    });
    expect(adds(report)).toBe(true);

    const problems = await listProblemsOfIngestion(database.db, report.ingestionId, 10);
    expect(problems.map((p) => [p.line, p.kind, p.reason])).toEqual([
      [4, 'conflict', 'record_id B1-1 already appears on line 1 with different content'],
      [5, 'rejected', 'duration_s -4 is negative'],
    ]);
    const stored = await listUsageRecords(ctx(), { first: 20, filter: { ingestionId: report.ingestionId } });
    const byId = new Map(stored.edges.map((edge) => [edge.node.recordId, edge.node]));
    expect(byId.get('B1-1')).toMatchObject({
      status: 'rated',
      destinationName: 'United States/Canada',
      billableSeconds: 48,
      charge: '0.012',
    });
    expect(byId.get('B1-4')).toMatchObject({ status: 'unrated', unratedReason: 'UNKNOWN_ACCOUNT' });
    expect(byId.get('B1-5')).toMatchObject({ status: 'unrated', unratedReason: 'NO_PREFIX_MATCH' });
    expect(byId.get('B1-6')).toMatchObject({ status: 'unrated', unratedReason: 'NO_RATE_PLAN' });
  });

  it('changes nothing when the same batch comes again, and catches a changed record', async () => {
    const batch = [call('B2-1', withPlan, '12125551234', 10), sms('B2-2', withPlan, '5')];
    await ingestUsageBatch(ctx(), batch);
    const again = await ingestUsageBatch(ctx(), batch);
    expect(again).toMatchObject({ read: 2, imported: 0, duplicates: 2, conflicts: 0 });
    const changed = await ingestUsageBatch(ctx(), [sms('B2-2', withPlan, '6')]);
    expect(changed).toMatchObject({ read: 1, imported: 0, conflicts: 1 });
  });

  it('refuses a batch over 1,000 records before storing anything', async () => {
    const records = Array.from({ length: 1001 }, (_, i) => sms(`BIG-${i}`, withPlan, '1'));
    await expect(ingestUsageBatch(ctx(), records)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      (await listUsageRecords(ctx(), { first: 1, filter: { accountId: undefined } })).edges[0]?.node.recordId,
    ).not.toMatch(/^BIG-/);
  });

  it('streams a CSV file in chunks, with duplicates across chunks and line numbers of every problem', async () => {
    const lines = ['record_id,account_id,usage_type,started_at,destination,duration_s,quantity'];
    for (let i = 0; i < 10; i++)
      lines.push(`F-${i},${withPlan},voice,2026-10-07T10:0${i}:00Z,447911000${i},${30 + i},`);
    lines.push(`F-3,${withPlan},voice,2026-10-07T10:03:00Z,4479110003,33,`); // duplicate of a row 2 chunks back
    lines.push(`F-4,${withPlan},voice,2026-10-07T10:04:00Z,4479110004,99,`); // conflict with an earlier chunk
    lines.push(`F-X,${withPlan},voice,not-a-date,4479110004,5,`);
    const report = await ingestUsage(ctx(), readUsageCsv(Readable.from([lines.join('\n')])), {
      source: 'file',
      fileName: 'october.csv',
      unknownAccount: 'unrated',
      chunkSize: 4,
    });
    expect(report).toMatchObject({ read: 13, imported: 10, duplicates: 1, conflicts: 1, rejected: 1 });
    const problems = await listProblemsOfIngestion(database.db, report.ingestionId, 10);
    expect(problems.map((p) => [p.line, p.kind])).toEqual([
      [13, 'conflict'],
      [14, 'rejected'],
    ]);
    expect(problems[1]?.raw).toBe(`F-X,${withPlan},voice,not-a-date,4479110004,5,`);
    expect(await getIngestionById(database.db, report.ingestionId)).toMatchObject({
      status: 'completed',
      fileName: 'october.csv',
      read: 13,
    });
  });

  it("keeps a CSV file's subjects; a resend is a duplicate, another subject under the same id a conflict", async () => {
    const header = 'record_id,account_id,usage_type,started_at,quantity,subject';
    const file = (...rows: string[]) =>
      ingestUsage(ctx(), readUsageCsv(Readable.from([[header, ...rows].join('\n')])), {
        source: 'file',
        fileName: 'logins.csv',
        unknownAccount: 'unrated',
      });
    const first = await file(
      `S-1,${withPlan},sms,2026-10-08T10:00:00Z,1,alice`,
      `S-2,${withPlan},sms,2026-10-08T10:01:00Z,1,`,
    );
    expect(first).toMatchObject({ read: 2, imported: 2 });
    const stored = await listUsageRecords(ctx(), { first: 10, filter: { ingestionId: first.ingestionId } });
    expect(stored.edges.map((edge) => [edge.node.recordId, edge.node.subject]).sort()).toEqual([
      ['S-1', 'alice'],
      ['S-2', null],
    ]);
    const again = await file(
      `S-1,${withPlan},sms,2026-10-08T10:00:00Z,1,alice`,
      `S-2,${withPlan},sms,2026-10-08T10:01:00Z,1,bob`,
    );
    expect(again).toMatchObject({ read: 2, imported: 0, duplicates: 1, conflicts: 1 });
  });

  it('rejects unknown accounts instead when asked to (a legacy import)', async () => {
    const report = await ingestUsage(ctx(), [{ line: 2, raw: call('L-1', 'NOBODY', '12125551234', 5) }], {
      source: 'migration',
      unknownAccount: 'reject',
    });
    expect(report).toMatchObject({ read: 1, imported: 0, rejected: 1 });
  });
});

describe('concurrent ingestion', () => {
  it('stores each record once when two ingestions of the same file race, and both reports add up', async () => {
    const lines = ['record_id,account_id,usage_type,started_at,destination,duration_s,quantity'];
    for (let i = 0; i < 3000; i++)
      lines.push(`RACE-${i},${withPlan},voice,2026-10-08T10:00:00Z,12125551234,${i % 300},`);
    const csv = lines.join('\n');
    const run = () =>
      ingestUsage(ctx(), readUsageCsv(Readable.from([csv])), {
        source: 'file',
        unknownAccount: 'unrated',
        chunkSize: 500,
      });
    const [a, b] = await Promise.all([run(), run()]);
    for (const report of [a, b]) {
      expect(report.status).toBe('completed');
      expect(adds(report)).toBe(true);
      expect(report.conflicts + report.rejected).toBe(0);
    }
    expect(a.imported + b.imported).toBe(3000);
    expect(a.duplicates + b.duplicates).toBe(3000);
  });
});

describe('the unbillable queue and re-rating', () => {
  it('rates queued records once their cause is fixed, and re-rates a period after a rate change', async () => {
    await ingestUsageBatch(ctx(), [
      call('Q-1', 'LATECOMER', '12125551234', 60),
      call('Q-2', withPlan, '12125551234', 60, '2026-11-02T10:00:00Z'),
    ]);
    const queue = await summarizeUnratedUsage(ctx());
    expect(queue.find((row) => row.reason === 'UNKNOWN_ACCOUNT')?.count).toBeGreaterThanOrEqual(1);

    await makeAccount(database.db, { externalId: 'LATECOMER', ratePlanId: planId });
    const fixed = await rerateUsage(ctx(), { onlyUnrated: true });
    expect(fixed.rated).toBeGreaterThanOrEqual(1);
    const latecomer = await listUsageRecords(ctx(), {
      first: 5,
      filter: { ingestionId: undefined, status: 'rated' },
    });
    expect(latecomer.edges.some((edge) => edge.node.recordId === 'Q-1')).toBe(true);

    // November rates double; re-rating November changes November's calls only.
    await importRateDeck(ctx(), {
      ratePlanId: planId,
      effectiveFrom: '2026-11-01',
      csv: deck.replace('0.0150', '0.0300'),
    });
    const november = await rerateUsage(ctx(), {
      from: new Date('2026-11-01T00:00:00Z'),
      to: new Date('2026-12-01T00:00:00Z'),
    });
    expect(november).toMatchObject({ examined: 1, changed: 1 });
    const q2 = (
      await listUsageRecords(ctx(), { first: 50, filter: { from: new Date('2026-11-01T00:00:00Z') } })
    ).edges.find((e) => e.node.recordId === 'Q-2');
    expect(q2?.node.charge).toBe('0.03');
    const again = await rerateUsage(ctx(), {
      from: new Date('2026-11-01T00:00:00Z'),
      to: new Date('2026-12-01T00:00:00Z'),
    });
    expect(again.changed).toBe(0);
  });
});

describe('usage summary of an account and period', () => {
  it('prices voice by destination after allowances and SMS by tiers, whatever the arrival order', async () => {
    const calls = (prefix: string, account: string) => [
      call(`${prefix}-1`, account, '12125551234', 120, '2026-09-01T10:00:00Z'),
      call(`${prefix}-2`, account, '12125551234', 90, '2026-09-02T10:00:00Z'),
      call(`${prefix}-3`, account, '18765551234', 61, '2026-09-03T10:00:00Z'),
      sms(`${prefix}-4`, account, '700', '2026-09-04T10:00:00Z'),
      sms(`${prefix}-5`, account, '600', '2026-09-05T10:00:00Z'),
    ];
    const a = await makeAccount(database.db, { ratePlanId: planId });
    const b = await makeAccount(database.db, { ratePlanId: planId });
    await ingestUsageBatch(ctx(), calls('ORD', a.externalId));
    await ingestUsageBatch(ctx(), calls('REV', b.externalId).reverse());
    const period = { from: new Date('2026-09-01T00:00:00Z'), to: new Date('2026-10-01T00:00:00Z') };
    const allowances = [{ seconds: 150, classes: ['domestic' as const] }];
    const render = async (accountId: string) => {
      const summary = await summarizeAccountUsage(ctx(), { accountId, ...period, allowances });
      return {
        voice: summary.voiceLines.map((line) => [
          line.destination,
          line.billableMinutes.toString(),
          line.amount.toFixed(2),
        ]),
        metered: summary.meteredLines.map((line) => [
          line.product.code,
          line.quantity.toString(),
          line.amount?.toFixed(2),
        ]),
        total: summary.total.toFixed(2),
      };
    };
    const ordered = await render(a.id);
    // 210 domestic seconds, 150 covered: 60 s × 0.015 / 60 = 0.015 → 0.02; Jamaica 0.05 + 120 s × 0.18 / 60 = 0.41.
    // 1,300 SMS graduated: 1,000 × 0.01 + 300 × 0.008 = 12.40.
    expect(ordered).toEqual({
      voice: [
        ['Jamaica', '2', '0.41'],
        ['United States/Canada', '3.5', '0.02'],
      ],
      metered: [['SMS', '1300', '12.40']],
      total: '12.83',
    });
    expect(await render(b.id)).toEqual(ordered);
  });

  it("takes included minutes from the account's subscriptions in the period", async () => {
    const account = await makeAccount(database.db, { ratePlanId: planId });
    await ingestUsageBatch(ctx(), [
      call('INC-1', account.externalId, '12125551234', 120, '2026-09-01T10:00:00Z'),
      call('INC-2', account.externalId, '12125551234', 90, '2026-09-02T10:00:00Z'),
    ]);
    const seat = await makeProduct(database.db, {
      code: 'SEAT-INC',
      price: { currency: 'USD', model: 'per_unit', unitPrice: '10', effectiveFrom: '2026-01-01' },
    });
    await replaceAllowancesOfProduct(database.db, seat.id, [
      { quantityPerUnit: '1.25', destinationClasses: ['domestic'] },
    ]);
    const period = { from: new Date('2026-09-01T00:00:00Z'), to: new Date('2026-10-01T00:00:00Z') };
    const before = await summarizeAccountUsage(ctx(), { accountId: account.id, ...period });
    expect(before.voiceLines.map((line) => line.amount.toFixed(2))).toEqual(['0.05']); // 210 s × 0.015 / 60
    // 2 seats × 1.25 domestic minutes = 150 s covered (not prorated); an ended one adds nothing.
    await makeSubscription(database.db, {
      accountId: account.id,
      productId: seat.id,
      quantity: '2',
      startDate: '2026-09-20',
    });
    await makeSubscription(database.db, {
      accountId: account.id,
      productId: seat.id,
      startDate: '2026-06-01',
      endDate: '2026-09-01',
    });
    const after = await summarizeAccountUsage(ctx(), { accountId: account.id, ...period });
    expect(after.voiceLines.map((line) => line.amount.toFixed(2))).toEqual(['0.02']); // 60 s uncovered
  });
});
