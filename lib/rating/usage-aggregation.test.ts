import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../money/decimal';
import {
  aggregateRecords,
  type MeteredRecord,
  p95Rank,
  type RecordRounding,
  roundRecordQuantity,
  type UsageAggregation,
} from './usage-aggregation';

const d = (value: string | number) => new Dec(value);
const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 0, minute));
const record = (
  quantity: string,
  minute = 0,
  recordId = `R${minute}`,
  subject: string | null = null,
): MeteredRecord => ({
  startedAt: at(minute),
  recordId,
  quantity: d(quantity),
  subject,
});
const round = (quantity: string, direction: RecordRounding['direction'], block: string) =>
  roundRecordQuantity(d(quantity), { direction, block: d(block) }).toString();
const aggregate = (records: MeteredRecord[], aggregation: UsageAggregation, rounding?: RecordRounding) =>
  aggregateRecords(records, aggregation, rounding ?? null)?.toString() ?? null;

describe('per-record rounding to blocks', () => {
  it.each([
    // quantity, up, nearest, down (block 1024)
    ['0', '0', '0', '0'],
    ['1', '1024', '0', '0'],
    ['511.999', '1024', '0', '0'],
    ['512', '1024', '1024', '0'],
    ['1023.999', '1024', '1024', '0'],
    ['1024', '1024', '1024', '1024'],
    ['1024.001', '2048', '1024', '1024'],
    ['1536', '2048', '2048', '1024'],
    ['1535.9999999999999999999', '2048', '1024', '1024'],
  ])('%s KB in blocks of 1,024: up %s, nearest %s, down %s', (quantity, up, nearest, down) => {
    expect(round(quantity, 'up', '1024')).toBe(up);
    expect(round(quantity, 'nearest', '1024')).toBe(nearest);
    expect(round(quantity, 'down', '1024')).toBe(down);
  });

  it('handles fractional blocks exactly (0.1 GB) and leaves quantities alone when off', () => {
    expect(round('0.25', 'up', '0.1')).toBe('0.3');
    expect(round('0.25', 'nearest', '0.1')).toBe('0.3');
    expect(round('0.2499', 'nearest', '0.1')).toBe('0.2');
    expect(round('0.25', 'down', '0.1')).toBe('0.2');
    // A remainder far below any quotient's 40 digits still counts as a started block.
    expect(round('3.0000000000000000000000000000000000001', 'up', '3')).toBe('6');
    expect(roundRecordQuantity(d('12.3456'), null).toString()).toBe('12.3456');
  });

  it('refuses a block of zero or less', () => {
    expect(() => roundRecordQuantity(d('1'), { direction: 'up', block: d('0') })).toThrow(RangeError);
  });

  it('rounds each record before summing, which differs from rounding the total', () => {
    const sessions = [record('100', 1), record('100', 2), record('100', 3)];
    expect(aggregate(sessions, 'sum', { direction: 'up', block: d('1024') })).toBe('3072');
    expect(aggregate(sessions, 'sum')).toBe('300');
  });
});

describe('aggregations', () => {
  const samples = [record('3', 1), record('7', 2), record('7', 3), record('2', 4)];

  it('an empty period has no quantity under every aggregation', () => {
    for (const aggregation of ['sum', 'max', 'last', 'distinct_count', 'p95'] as const)
      expect(aggregate([], aggregation)).toBeNull();
  });

  it('sum, max (a tie is the same peak) and last by time', () => {
    expect(aggregate(samples, 'sum')).toBe('19');
    expect(aggregate(samples, 'max')).toBe('7');
    expect(aggregate(samples, 'last')).toBe('2');
    expect(aggregate([...samples].reverse(), 'last')).toBe('2');
  });

  it('last: at the same instant the greater record id byte-wise wins, whatever the order given', () => {
    const same = [record('5', 9, 'b-1'), record('8', 9, 'B-2'), record('6', 9, 'a-9')];
    // 'b' (0x62) > 'a' (0x61) > 'B' (0x42): byte order, not case-insensitive or locale order.
    expect(aggregate(same, 'last')).toBe('5');
    expect(aggregate([...same].reverse(), 'last')).toBe('5');
    // Code points above U+FFFF sort after U+FFFD in UTF-8 though their UTF-16 units sort before.
    expect(aggregate([record('1', 9, 'x\u{1F600}'), record('2', 9, 'x\uFFFD')], 'last')).toBe('1');
  });

  it('distinct_count counts distinct subjects exactly as sent, ignoring records without one', () => {
    const logins = [
      record('1', 1, 'L1', 'alice'),
      record('1', 2, 'L2', 'bob'),
      record('4', 3, 'L3', 'alice'),
      record('1', 4, 'L4', 'Alice'),
      record('1', 5, 'L5', null),
    ];
    expect(aggregate(logins, 'distinct_count')).toBe('3');
    expect(aggregate([record('1', 1)], 'distinct_count')).toBe('0');
  });

  it('p95 is the nearest rank, ceil(0.95 × n), of the sorted values', () => {
    expect([1, 2, 19, 20, 21, 40, 100, 101].map(p95Rank)).toEqual([1, 2, 19, 19, 20, 38, 95, 96]);
    const hundred = Array.from({ length: 100 }, (_, i) => record(String(i + 1), i));
    // 1..100 Mbps: the top five samples (96–100) are dropped, the 95th value is billed.
    expect(aggregate(hundred, 'p95')).toBe('95');
    const twenty = Array.from({ length: 20 }, (_, i) => record(String((i * 7) % 20), i));
    expect(aggregate(twenty, 'p95')).toBe('18');
    expect(aggregate([record('42.5')], 'p95')).toBe('42.5');
  });

  it("p95's rank matches PostgreSQL's percentile_disc(0.95), which computes ceil(0.95 × n) in floating point", () => {
    for (let n = 1; n <= 200_000; n++) if (Math.ceil(0.95 * n) !== p95Rank(n)) expect.fail(`n = ${n}`);
  });

  it('p95 takes at least 95 % of the values at or below it, and fewer than 95 % strictly below', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 60 }), (values) => {
        const p95 = aggregateRecords(
          values.map((v, i) => record(String(v), i)),
          'p95',
        ) as Dec;
        const atOrBelow = values.filter((v) => p95.greaterThanOrEqualTo(v)).length;
        const below = values.filter((v) => p95.greaterThan(v)).length;
        expect(atOrBelow * 100).toBeGreaterThanOrEqual(95 * values.length);
        expect(below * 100).toBeLessThan(95 * values.length);
      }),
    );
  });
});
