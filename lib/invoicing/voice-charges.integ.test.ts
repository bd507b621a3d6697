import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogs, usageRecords } from '../../db/schema';
import { makeAccount, makeCatalog, makeProduct, makeRatePlan, makeSubscription } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { oracleVoiceCharges } from '../../seed/voice-oracle';
import { setProductAllowances } from '../catalog/set-product-allowances';
import { Dec } from '../money/decimal';
import type { RoundingMode } from '../money/rounding';
import type { DestinationClass } from '../rating/destinations';
import { voiceLinesOf } from '../rating/voice-lines';
import { ingestUsageBatch } from '../usage/ingest-usage-batch';
import { computeChargeLines, periodAllowances } from './compute-invoice-lines';
import { loadBillingInputs } from './load-billing-inputs';

/**
 * A bill run's voice lines, from ingested calls through loadBillingInputs to invoice lines,
 * must be what charging each call the plain way gives (seed/voice-oracle), on the data
 * where they could differ: allowances running out in the middle of a call, calls at the same
 * instant ordered by record id, zero-second calls, connection fees on covered calls, charges
 * exactly on a rounding tie, several allowances, allowances of different classes, and every
 * rounding mode. (db/queries/voice-charges.integ.test.ts pins the rule itself.)
 */
const database = setUpTestDatabase();
const db = () => database.db;
const period = { start: '2026-10-01', end: '2026-11-01' };
const accountIds: string[] = [];
let catalogId = '';

/** A small seeded PRNG (mulberry32), so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  const catalog = await makeCatalog(db());
  catalogId = catalog.id;
  const inCatalog = { catalogId };
  const seat = await makeProduct(db(), {
    ...inCatalog,
    code: 'SEAT',
    price: { currency: 'USD', model: 'per_unit', unitPrice: '20.00', effectiveFrom: '2026-01-01' },
  });
  const bundle = await makeProduct(db(), {
    ...inCatalog,
    code: 'BUNDLE',
    price: { currency: 'USD', model: 'flat', amount: '5.00', effectiveFrom: '2026-01-01' },
  });
  const world = await makeProduct(db(), {
    ...inCatalog,
    code: 'WORLD',
    price: { currency: 'USD', model: 'flat', amount: '9.00', effectiveFrom: '2026-01-01' },
  });
  const allow = async (productId: string, minutesPerUnit: string, classes: DestinationClass[]) => {
    const result = await setProductAllowances(database.ctx(), {
      productId,
      allowances: [{ minutesPerUnit, destinationClasses: classes }],
    });
    expect(result.userErrors).toEqual([]);
  };
  await allow(seat.id, '1', ['domestic']);
  await allow(bundle.id, '0.75', ['domestic']);
  await allow(world.id, '2', ['international', 'mobile']);
  await makeProduct(db(), {
    ...inCatalog,
    code: 'VOICE',
    kind: 'usage',
    usageType: 'voice',
    price: { currency: 'USD', model: 'rate_deck', effectiveFrom: '2026-01-01' },
  });
  const plan = await makeRatePlan(db(), {
    catalogId,
    deckCsv: [
      'prefix,destination,destination_class,rate_per_minute,initial_increment_s,subsequent_increment_s,connection_fee',
      // 0.003/min by the second: 1 s costs exactly 0.00005, a tie at 4 decimals.
      '1,United States,domestic,0.003,1,1,0',
      '1800,US toll-free,toll_free,0,60,60,0',
      '1900,US premium,premium,1.4999,30,6,0.0125',
      '44,United Kingdom,international,0.0317,60,6,0.0150',
      '447,United Kingdom mobile,mobile,0.12345,1,1,0',
      '52,Mexico,international,0.07777,30,6,0.00005',
    ].join('\n'),
    effectiveFrom: '2026-01-01',
  });

  // Accounts: one seat (60 s) with calls around its boundary; seat + bundle (two allowances
  // of the same class, pooled); domestic and world allowances (different classes, a pool
  // each); none; and random ones.
  const shapes: { seats: string; bundle: boolean; world: boolean }[] = [
    { seats: '1', bundle: false, world: false },
    { seats: '2', bundle: true, world: false },
    { seats: '1', bundle: false, world: true },
    { seats: '0', bundle: false, world: false },
  ];
  const random = seeded(42);
  for (let i = 0; i < 8; i++)
    shapes.push({ seats: String(Math.floor(random() * 4)), bundle: random() < 0.4, world: random() < 0.2 });
  for (const [i, shape] of shapes.entries()) {
    const account = await makeAccount(db(), { externalId: `VC${i}`, ratePlanId: plan.id });
    accountIds.push(account.id);
    if (shape.seats !== '0')
      await makeSubscription(db(), { accountId: account.id, productId: seat.id, quantity: shape.seats });
    if (shape.bundle) await makeSubscription(db(), { accountId: account.id, productId: bundle.id });
    if (shape.world) await makeSubscription(db(), { accountId: account.id, productId: world.id });
  }

  const call = (id: string, account: number, at: string, destination: string, seconds: number) => ({
    record_id: id,
    account_id: `VC${account}`,
    usage_type: 'voice',
    started_at: at,
    destination,
    duration_s: String(seconds),
  });
  const fixed = [
    // VC0's 60 s: 45 s covered, then 15 of 30, then nothing; the same instant orders by id
    // byte-wise ('B' before 'a'); a zero-second call in between changes nothing.
    call('a-2', 0, '2026-10-02T09:00:00.000Z', '15551230000', 30),
    call('B-1', 0, '2026-10-02T09:00:00.000Z', '15551230001', 45),
    call('zero', 0, '2026-10-02T09:30:00.000Z', '15551230002', 0),
    call('late', 0, '2026-10-03T09:00:00.000Z', '15551230003', 1),
    call('tie3', 0, '2026-10-04T09:00:00.000Z', '15551230004', 3),
    call('toll', 0, '2026-10-04T10:00:00.000Z', '18005550100', 200),
    call('prem', 0, '2026-10-04T11:00:00.000Z', '19005550100', 31),
    call('uk', 0, '2026-10-05T11:00:00.000Z', '442071234567', 61),
    call('before', 0, '2026-09-30T23:59:59.999Z', '15551230005', 100),
    call('after', 0, '2026-11-01T00:00:00.000Z', '15551230006', 100),
    // VC1: a fee on calls the allowance covers entirely.
    call('mx1', 1, '2026-10-06T08:00:00.000Z', '525512345678', 29),
    call('d1', 1, '2026-10-06T08:01:00.000Z', '15551230007', 100),
  ];
  const destinations = [
    '15551234567',
    '18005550199',
    '19005550199',
    '442079460000',
    '447700900123',
    '525512340000',
  ];
  const randomCalls = Array.from({ length: 600 }, (_, n) => {
    const at = new Date(Date.UTC(2026, 9, 1) + Math.floor(random() * 31 * 86_400) * 1000);
    const seconds = random() < 0.1 ? 0 : Math.floor(random() * random() * 400);
    return call(
      `r${n}`,
      2 + Math.floor(random() * (shapes.length - 2)), // VC0 and VC1 keep only their fixed calls
      at.toISOString(),
      destinations[Math.floor(random() * destinations.length)] as string,
      seconds,
    );
  });
  const report = await ingestUsageBatch(database.ctx(), [...fixed, ...randomCalls]);
  expect(report.unrated).toBe(0);
});

/** The usage lines of the period's invoices, and those the oracle gives from the stored calls. */
async function linesAndOracle() {
  const inputs = await loadBillingInputs(db(), accountIds, period);
  const [catalog] = await db().select().from(catalogs).where(eq(catalogs.id, catalogId));
  const rounding = { mode: catalog?.roundingMode as RoundingMode, callDecimals: catalog?.callDecimals ?? 4 };
  const stored = await db()
    .select()
    .from(usageRecords)
    .where(and(inArray(usageRecords.accountId, accountIds), eq(usageRecords.usageType, 'voice')));
  const oracle = oracleVoiceCharges(
    stored.map((row) => ({
      accountId: row.accountId as string,
      recordId: row.recordId,
      startedAt: row.startedAt,
      destination: row.destinationName,
      destinationClass: row.destinationClass,
      billableSeconds: row.billableSeconds,
      ratePerMinute: row.ratePerMinute,
      connectionFee: row.connectionFee,
    })),
    (accountId) =>
      periodAllowances(inputs.find((i) => i.account.id === accountId)?.input.subscriptions ?? [], period),
    rounding,
    { from: new Date(`${period.start}T00:00:00Z`), to: new Date(`${period.end}T00:00:00Z`) },
  );
  const database = Object.fromEntries(
    inputs.map(({ account, input }) => [
      account.externalId,
      computeChargeLines(input)
        .filter((line) => line.lineType === 'usage')
        .map((line) => `${line.key} ${line.quantity.toFixed()} ${line.amount.toFixed()}`),
    ]),
  );
  const expected = Object.fromEntries(
    inputs.map(({ account }) => [
      account.externalId,
      voiceLinesOf(
        [...(oracle.get(account.id) ?? new Map())].map(([destination, line]) => ({
          destination,
          calls: line.calls,
          billableSeconds: line.billableSeconds,
          coveredSeconds: line.coveredSeconds,
          charge: new Dec(line.charge.toFixed()),
        })),
        'USD',
        rounding,
      ).map((line) => `${line.destination} ${line.billableMinutes.toFixed()} ${line.amount.toFixed()}`),
    ]),
  );
  return { database, oracle: expected };
}

describe('voice charged in the database', () => {
  it('bills VC0 as FORMAT.md does: allowance consumed in call order, partly covering a call', async () => {
    const { database: lines } = await linesAndOracle();
    // 'B-1' (45 s, covered) then 'a-2' (15 of 30 s covered: 15 × 0.003 / 60 = 0.00075 →
    // 0.0008), 'late' 1 s = 0.00005 → 0.0001 and 'tie3' 0.00015 → 0.0002 (ties, half_up).
    expect(lines.VC0).toEqual([
      'US premium 0.6 0.91', // 31 s → 36: 0.0125 + 36 × 1.4999 / 60 = 0.91244
      'US toll-free 4 0', // 200 s → 240, rate 0
      'United Kingdom 1.1 0.05', // 61 s → 66: 0.015 + 66 × 0.0317 / 60 = 0.04987
      'United States 1.32 0', // 79 billable seconds (and 'before', 'after' outside the period)
    ]);
  });

  for (const mode of ['half_up', 'half_even', 'down', 'up'] as RoundingMode[]) {
    for (const callDecimals of [4, 2]) {
      it(`gives the lines of charging each call the plain way (${mode}, ${callDecimals} call decimals)`, async () => {
        await db()
          .update(catalogs)
          .set({ roundingMode: mode, callDecimals })
          .where(eq(catalogs.id, catalogId));
        const { database: viaDatabase, oracle } = await linesAndOracle();
        expect(Object.values(oracle).flat().length).toBeGreaterThan(30);
        expect(viaDatabase).toEqual(oracle);
      });
    }
  }
});
