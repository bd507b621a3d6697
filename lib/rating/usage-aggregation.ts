import { Dec, ZERO } from '../money/decimal';
import { assertQuantity } from './quantity';

/**
 * How a metered usage product's records in a billing period make the one quantity its price
 * is applied to (every price model prices that quantity):
 * - `sum`: the records' quantities added up (the default);
 * - `max`: the peak (peak concurrent channels, peak seats);
 * - `last`: the quantity of the last record, by `started_at`, then by record id compared
 *   byte-wise (as the database's `collate "C"` and JavaScript's `<` on ASCII ids do);
 * - `distinct_count`: how many distinct subjects the records name (active users); records
 *   without a subject are not counted, and quantities play no part;
 * - `p95`: the 95th percentile of the quantities by **nearest rank**, as billing vendors
 *   read 95th-percentile bandwidth: sorted ascending, the value at 1-based rank
 *   ceil(0.95 × n). 20 samples give the 19th; 100 give the 95th, so the top 5 % are dropped.
 * A period without records has no quantity (null): nothing is billed for it.
 */
export const usageAggregations = ['sum', 'max', 'last', 'distinct_count', 'p95'] as const;
export type UsageAggregation = (typeof usageAggregations)[number];

/** Each record's quantity goes to a whole number of blocks this way, before aggregation. */
export const recordRoundingDirections = ['up', 'nearest', 'down'] as const;
export type RecordRoundingDirection = (typeof recordRoundingDirections)[number];

/** Per-record rounding: `nearest` takes a half block up (quantities are never negative). */
export interface RecordRounding {
  direction: RecordRoundingDirection;
  /** Size of a block, in the product's unit; above zero. */
  block: Dec;
}

/** One metered record as aggregation sees it. */
export interface MeteredRecord {
  startedAt: Date;
  recordId: string;
  quantity: Dec;
  subject: string | null;
}

/**
 * A record's quantity rounded to a multiple of the block. Exact: it works on the remainder
 * (`mod`), never on a divided quotient, as the SQL in db/queries/usage.ts does.
 */
export function roundRecordQuantity(quantity: Dec, rounding: RecordRounding | null): Dec {
  if (!rounding) return quantity;
  assertQuantity(quantity);
  if (!rounding.block.greaterThan(0)) throw new RangeError('A rounding block must be above zero');
  const remainder = quantity.mod(rounding.block);
  if (remainder.isZero()) return quantity;
  const down = quantity.minus(remainder);
  switch (rounding.direction) {
    case 'up':
      return down.plus(rounding.block);
    case 'down':
      return down;
    case 'nearest':
      return remainder.times(2).greaterThanOrEqualTo(rounding.block) ? down.plus(rounding.block) : down;
  }
}

/** 1-based nearest rank of the 95th percentile among `count` sorted values: ceil(0.95 × count), in integers. */
export function p95Rank(count: number): number {
  return Math.floor((95 * count + 99) / 100);
}

/**
 * The period's quantity of one product from its records (each rounded first), or null when
 * there are none. The plain statement of the rules: the database computes the same in SQL
 * (`aggregateQuantitiesOfAccounts`), and a property test holds the two together.
 */
export function aggregateRecords(
  records: readonly MeteredRecord[],
  aggregation: UsageAggregation,
  rounding: RecordRounding | null = null,
): Dec | null {
  if (records.length === 0) return null;
  const quantities = records.map((record) => roundRecordQuantity(record.quantity, rounding));
  switch (aggregation) {
    case 'sum':
      return quantities.reduce((total, quantity) => total.plus(quantity), ZERO);
    case 'max':
      return quantities.reduce((peak, quantity) => (quantity.greaterThan(peak) ? quantity : peak));
    case 'last': {
      let last = 0;
      for (let index = 1; index < records.length; index++) {
        const record = records[index] as MeteredRecord;
        const best = records[last] as MeteredRecord;
        const time = record.startedAt.getTime() - best.startedAt.getTime();
        if (time > 0 || (time === 0 && byteWiseAfter(record.recordId, best.recordId))) last = index;
      }
      return quantities[last] as Dec;
    }
    case 'distinct_count':
      return new Dec(
        new Set(records.flatMap((record) => (record.subject === null ? [] : [record.subject]))).size,
      );
    case 'p95': {
      const sorted = [...quantities].sort((a, b) => a.comparedTo(b));
      return sorted[p95Rank(sorted.length) - 1] as Dec;
    }
  }
}

/**
 * Whether `a` sorts after `b` byte by byte in UTF-8 (PostgreSQL's `collate "C"`), which is
 * code point order (UTF-16 code units, what `<` compares, differ above U+FFFF).
 */
function byteWiseAfter(a: string, b: string): boolean {
  const left = [...a];
  const right = [...b];
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const difference = (left[index]?.codePointAt(0) ?? 0) - (right[index]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return left.length > right.length;
}
