import Decimal from 'decimal.js';
import { inArray } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeAccount } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { insertRatedCalls, oracleVoiceCharges, type RatedCall } from '../../seed/voice-oracle';
import { usageRecords } from '../schema';
import type { SqlRoundingMode } from './round-sql';
import { sumVoiceChargesWithCoverage, type VoiceAllowance } from './voice-charges';

/**
 * The one rule that charges voice after allowances (db/queries/voice-charges), against worked
 * examples and, property by property, against the plain call-by-call oracle in
 * seed/voice-oracle, to the last decimal: random calls (ties in time, record ids that
 * differ in case, calls outside the period, 0 and missing seconds, missing classes), random
 * allowances (several, of overlapping or identical classes, of 0 seconds), rates and fees of
 * up to 5 decimals (often landing on rounding ties), calls billed in 2 or 3 steps of a
 * multi-step rate, every rounding mode and call decimals from 0 to 6.
 */
const database = setUpTestDatabase();
const db = () => database.db;
const range = { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') };
const accountIds: string[] = [];

beforeAll(async () => {
  for (let i = 0; i < 4; i++) accountIds.push((await makeAccount(db())).id);
});

async function charged(
  calls: readonly RatedCall[],
  allowancesOf: (accountId: string) => readonly VoiceAllowance[],
  rounding: { mode: SqlRoundingMode; callDecimals: number },
  poolOf: (accountId: string) => { key: string; rank: number } | undefined = () => undefined,
) {
  await db().delete(usageRecords).where(inArray(usageRecords.accountId, accountIds));
  await insertRatedCalls(db(), calls);
  const { sums: rows, coveredByAccount } = await sumVoiceChargesWithCoverage(
    db(),
    {
      accounts: accountIds.map((accountId) => {
        const pool = poolOf(accountId);
        return { accountId, allowances: allowancesOf(accountId), ...(pool && { pool }) };
      }),
      rounding,
    },
    range.from,
    range.to,
  );
  const ours: Record<string, Record<string, string>> = {};
  for (const row of rows) {
    ours[row.account_id] ??= {};
    (ours[row.account_id] as Record<string, string>)[row.destination] =
      `${row.calls} ${row.billable_seconds} ${row.covered_seconds} ${normalized(row.charge)}`;
  }
  const expected: Record<string, Record<string, string>> = {};
  for (const [accountId, lines] of oracleVoiceCharges(calls, allowancesOf, rounding, range, poolOf)) {
    expected[accountId] = Object.fromEntries(
      [...lines].map(([destination, line]) => [
        destination,
        `${line.calls} ${line.billableSeconds} ${line.coveredSeconds} ${line.charge.toFixed()}`,
      ]),
    );
  }
  // What the allowances covered in all equals what the calls had covered.
  const coveredInAll = [...coveredByAccount.values()].flat().reduce((a, b) => a + b, 0);
  const coveredOfCalls = rows.reduce((total, row) => total + Number(row.covered_seconds), 0);
  expect(coveredInAll).toBe(coveredOfCalls);
  return { ours, expected, coveredByAccount };
}

/** '0.0100' → '0.01', as decimal.js prints it. */
const normalized = (decimal: string) => {
  const [whole, fraction = ''] = decimal.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  return trimmed ? `${whole}.${trimmed}` : (whole as string);
};

const call = (
  recordId: string,
  iso: string,
  seconds: number | null,
  extra: Partial<RatedCall> = {},
): RatedCall => ({
  accountId: accountIds[0] as string,
  recordId,
  startedAt: new Date(iso),
  destination: 'United States/Canada',
  destinationClass: 'domestic',
  billableSeconds: seconds,
  ratePerMinute: '0.0150',
  connectionFee: '0',
  ...extra,
});
const halfUp4 = { mode: 'half_up' as const, callDecimals: 4 };

describe('voice charged after allowances, worked examples', () => {
  it('covers domestic seconds in call order, partly covering the call that exhausts the pool', async () => {
    const calls = [
      call('B', '2026-10-02T00:00:00Z', 120),
      call('A', '2026-10-01T00:00:00Z', 90),
      call('C', '2026-10-03T00:00:00Z', 60),
      call('X', '2026-10-01T12:00:00Z', 60, {
        destination: 'United Kingdom',
        destinationClass: 'international',
        ratePerMinute: '0.03',
      }),
    ];
    const { ours, expected } = await charged(
      calls,
      (id) => (id === accountIds[0] ? [{ seconds: 180, classes: ['domestic'] }] : []),
      halfUp4,
    );
    // A 90 s covered; B 90 of 120 s covered (30 s × 0.015 / 60 = 0.0075); C 60 s uncovered = 0.015.
    expect(ours[accountIds[0] as string]).toEqual({
      'United States/Canada': '3 270 180 0.0225',
      'United Kingdom': '1 60 0 0.03',
    });
    expect(ours).toEqual(expected);
  });

  it('breaks ties in start time by record id, byte-wise', async () => {
    // 'B' (0x42) comes before 'a' (0x61): B is covered, a is not.
    const calls = [
      call('a', '2026-10-01T00:00:00Z', 60, { destination: 'a' }),
      call('B', '2026-10-01T00:00:00Z', 60, { destination: 'B' }),
    ];
    const { ours } = await charged(calls, () => [{ seconds: 60, classes: ['domestic'] }], halfUp4);
    expect(ours[accountIds[0] as string]).toEqual({ B: '1 60 60 0', a: '1 60 0 0.015' });
  });

  it('charges the connection fee on a fully covered call, and nothing on a 0-second call', async () => {
    const calls = [
      call('a', '2026-10-01T00:00:00Z', 60, { connectionFee: '0.05' }),
      call('z', '2026-10-01T00:01:00Z', 0, { connectionFee: '0.05', destination: 'Jamaica' }),
    ];
    const { ours } = await charged(calls, () => [{ seconds: 600, classes: ['domestic'] }], halfUp4);
    expect(ours[accountIds[0] as string]).toEqual({ 'United States/Canada': '1 60 60 0.05' });
  });

  it('rounds each call on a tie as the catalog says', async () => {
    // 0.003 a minute: 1 s costs 0.00005 and 3 s 0.00015, both ties at 4 decimals.
    const calls = [
      call('1', '2026-10-01T00:00:00Z', 1, { destination: 'one', ratePerMinute: '0.003' }),
      call('3', '2026-10-01T00:01:00Z', 3, { destination: 'three', ratePerMinute: '0.003' }),
    ];
    const expected = {
      half_up: ['0.0001', '0.0002'],
      half_even: ['0', '0.0002'],
      down: ['0', '0.0001'],
      up: ['0.0001', '0.0002'],
    };
    for (const [mode, [one, three]] of Object.entries(expected)) {
      const { ours } = await charged(calls, () => [], { mode: mode as SqlRoundingMode, callDecimals: 4 });
      expect(ours[accountIds[0] as string]).toEqual({ one: `1 1 0 ${one}`, three: `1 3 0 ${three}` });
    }
  });

  it('consumes allowances of different classes in the order given', async () => {
    // Domestic drains the domestic pool first, then the shared one; mobile only the shared one.
    const calls = [
      call('1', '2026-10-01T00:00:00Z', 100),
      call('2', '2026-10-01T00:01:00Z', 50, { destination: 'Mobile', destinationClass: 'mobile' }),
      call('3', '2026-10-01T00:02:00Z', 60),
      call('4', '2026-10-01T00:03:00Z', 60, { destination: 'Mobile', destinationClass: 'mobile' }),
    ];
    const allowances = [
      { seconds: 120, classes: ['domestic'] },
      { seconds: 80, classes: ['mobile', 'domestic'] },
    ];
    const { ours, expected } = await charged(calls, () => allowances, halfUp4);
    // 1: 100 from the first; 2: 50 from the shared (30 left); 3: 20 + 30; 4: nothing left.
    expect(ours[accountIds[0] as string]).toEqual({
      'United States/Canada': '2 160 150 0.0025',
      Mobile: '2 110 50 0.015',
    });
    expect(ours).toEqual(expected);
  });

  it('covers a stepped call’s first seconds and charges its last ones at their steps’ rates', async () => {
    // 60 s at 0.60/min then 30 s at 0.06/min: the allowance's 70 s cover the first step and
    // 10 s of the second, leaving 20 s × 0.06 / 60 = 0.02; the next call pays in full 0.6 + 0.03.
    const stepped = {
      billableSeconds: 90,
      steps: [
        { seconds: 60, ratePerMinute: '0.60' },
        { seconds: 30, ratePerMinute: '0.06' },
      ],
    };
    const calls = [
      call('1', '2026-10-01T00:00:00Z', 90, { ...stepped, connectionFee: '0.01' }),
      call('2', '2026-10-01T00:05:00Z', 90, stepped),
    ];
    const { ours, expected } = await charged(calls, () => [{ seconds: 70, classes: ['domestic'] }], halfUp4);
    expect(ours[accountIds[0] as string]).toEqual({ 'United States/Canada': '2 180 70 0.66' });
    expect(ours).toEqual(expected);
  });
});

describe('pooled voice allowances (a parent and the children billed to it)', () => {
  it('covers the parent first, then each child in rank order, each in call order, after own allowances', async () => {
    const [parent, first, second] = accountIds as [string, string, string];
    const calls = [
      call('p1', '2026-10-05T00:00:00Z', 120),
      call('c1', '2026-10-01T00:00:00Z', 100, { accountId: first }),
      call('c2', '2026-10-02T00:00:00Z', 100, { accountId: second }),
      call('c3', '2026-10-03T00:00:00Z', 100, { accountId: first }),
    ];
    const shared = { seconds: 200, classes: ['domestic'], isShared: true };
    const allowancesOf = (id: string) =>
      id === parent ? [shared] : id === first ? [{ seconds: 60, classes: ['domestic'] }, shared] : [shared];
    const poolOf = (id: string) =>
      id === parent
        ? { key: parent, rank: 0 }
        : id === first
          ? { key: parent, rank: 1 }
          : { key: parent, rank: 2 };
    const { ours, expected, coveredByAccount } = await charged(calls, allowancesOf, halfUp4, poolOf);
    // The parent's 120 s come from the pool first (80 left); the first child's own 60 s cover
    // c1 partly, the pool its other 40 and 40 of c3 (0 left); the second child gets nothing,
    // though its call came before c3.
    expect(ours[parent]).toEqual({ 'United States/Canada': '1 120 120 0' });
    expect(ours[first]).toEqual({ 'United States/Canada': '2 200 140 0.015' });
    expect(ours[second]).toEqual({ 'United States/Canada': '1 100 0 0.025' });
    expect(ours).toEqual(expected);
    expect(coveredByAccount.get(parent)).toEqual([120]);
    expect(coveredByAccount.get(first)).toEqual([60, 80]);
    expect(coveredByAccount.get(second)).toEqual([0]);
  });
});

const classes = ['domestic', 'international', 'mobile', 'toll_free', 'premium', 'other'] as const;
/** A decimal string of up to 5 decimals, below 2. */
const decimalText = fc
  .tuple(fc.integer({ min: 0, max: 199_999 }), fc.integer({ min: 0, max: 5 }))
  .map(([units, decimals]) => {
    const text = String(units % 10 ** (decimals + 1)).padStart(decimals + 1, '0');
    return decimals === 0 ? text : `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
  });
const allowanceArb = fc.record({
  seconds: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 600 })),
  classes: fc.oneof(
    fc.constantFrom<string[]>(['domestic'], ['domestic', 'mobile'], ['mobile'], ['international', 'mobile']),
    fc.subarray([...classes]),
  ),
});
const callArb = fc.record({
  account: fc.integer({ min: 0, max: 3 }),
  recordId: fc.stringMatching(/^[A-Za-z0-9_-]{1,4}$/),
  // Minutes from 2 before the period to 2 after its first hour, and the period's last minutes.
  minute: fc.oneof(fc.integer({ min: -2, max: 62 }), fc.integer({ min: 31 * 1440 - 2, max: 31 * 1440 + 1 })),
  millisecond: fc.constantFrom(0, 0, 0, 1, 999),
  destination: fc.constantFrom('A', 'B', 'C', null),
  destinationClass: fc.constantFrom(...classes, null),
  billableSeconds: fc.oneof(fc.constant(0), fc.constant(null), fc.integer({ min: 1, max: 400 })),
  // A number k stands for a rate of 6k / 10^(call decimals + 1) per minute: k per second in
  // the first dropped decimal, so an odd number of seconds at k = 5, 15, … lands on a tie.
  ratePerMinute: fc.oneof(
    decimalText,
    fc.constant(null),
    fc.constantFrom(5, 15, 25, 7),
    fc.constantFrom(5, 15, 25, 7),
  ),
  connectionFee: fc.oneof(fc.constant('0'), fc.constant('0'), decimalText, fc.constant(null)),
  // Some calls billed in 2 or 3 steps of a multi-step rate (their seconds replace billableSeconds).
  steps: fc.oneof(
    fc.constant(null),
    fc.constant(null),
    fc.array(fc.record({ seconds: fc.integer({ min: 1, max: 120 }), ratePerMinute: decimalText }), {
      minLength: 2,
      maxLength: 3,
    }),
  ),
});

describe('voice charged after allowances, against the oracle (property)', () => {
  it('gives, per account and destination, the oracle’s calls, seconds and charge exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(callArb, { selector: (c) => c.recordId, maxLength: 40 }),
        fc.array(fc.array(allowanceArb, { maxLength: 3 }), { minLength: 4, maxLength: 4 }),
        fc.constantFrom<SqlRoundingMode>('half_up', 'half_even', 'down', 'up'),
        fc.integer({ min: 0, max: 6 }),
        async (rows, allowanceLists, mode, callDecimals) => {
          const calls = rows.map(
            (row): RatedCall => ({
              accountId: accountIds[row.account] as string,
              recordId: row.recordId,
              startedAt: new Date(range.from.getTime() + row.minute * 60_000 + row.millisecond),
              destination: row.destination,
              destinationClass: row.destinationClass,
              billableSeconds: row.steps
                ? row.steps.reduce((total, step) => total + step.seconds, 0)
                : row.billableSeconds,
              steps: row.steps,
              ratePerMinute:
                typeof row.ratePerMinute === 'number'
                  ? new Decimal(6 * row.ratePerMinute).div(10 ** (callDecimals + 1)).toFixed()
                  : row.ratePerMinute,
              connectionFee: row.connectionFee,
            }),
          );
          const allowancesOf = (accountId: string) => allowanceLists[accountIds.indexOf(accountId)] ?? [];
          const { ours, expected } = await charged(calls, allowancesOf, { mode, callDecimals });
          expect(ours).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('with a pool shared by accounts 0 (the parent), 1 and 2, still gives the oracle’s figures', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(callArb, { selector: (c) => c.recordId, maxLength: 40 }),
        fc.array(fc.array(allowanceArb, { maxLength: 2 }), { minLength: 4, maxLength: 4 }),
        // Pools of every class, small enough to run out: the order of the accounts matters.
        fc.array(
          fc.record({ seconds: fc.integer({ min: 1, max: 400 }), classes: fc.constant([...classes]) }),
          { minLength: 1, maxLength: 2 },
        ),
        fc.shuffledSubarray([1, 2], { minLength: 2 }),
        fc.constantFrom<SqlRoundingMode>('half_up', 'half_even', 'down', 'up'),
        async (rows, ownLists, sharedList, childOrder, mode) => {
          const calls = rows.map(
            (row): RatedCall => ({
              accountId: accountIds[row.account] as string,
              recordId: row.recordId,
              startedAt: new Date(range.from.getTime() + row.minute * 60_000 + row.millisecond),
              destination: row.destination,
              destinationClass: row.destinationClass,
              billableSeconds: row.billableSeconds,
              ratePerMinute: typeof row.ratePerMinute === 'number' ? '0.0301' : row.ratePerMinute,
              connectionFee: row.connectionFee,
            }),
          );
          const shared = sharedList.map((a) => ({ ...a, isShared: true }));
          const member = (id: string) => accountIds.indexOf(id) <= 2;
          const allowancesOf = (id: string) => {
            const own = ownLists[accountIds.indexOf(id)] ?? [];
            return member(id) ? [...own, ...shared] : own;
          };
          const poolOf = (id: string) => {
            const i = accountIds.indexOf(id);
            return member(id)
              ? { key: accountIds[0] as string, rank: i === 0 ? 0 : 1 + childOrder.indexOf(i) }
              : undefined;
          };
          const { ours, expected } = await charged(calls, allowancesOf, { mode, callDecimals: 4 }, poolOf);
          expect(ours).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });
});
