import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { Dec, sum } from '../../lib/money/decimal';
import { type PercentagePrice, ratePercentage } from '../../lib/rating/percentage';
import { makeAccount } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { usageRecords } from '../schema';
import { type PercentagePriceOfAccount, sumPercentageChargesOfAccounts } from './percentage-charges';

/**
 * The SQL that charges percentage prices (db/queries/percentage-charges) against the rule as
 * lib/rating/percentage states it, transaction by transaction in decimal.js, to the last
 * decimal: random amounts, ties in time, records outside the period, every option.
 */
const database = setUpTestDatabase();
const db = () => database.db;
const range = { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') };
const accountIds: string[] = [];
const productIds = [randomUUID(), randomUUID()];

beforeAll(async () => {
  for (let i = 0; i < 3; i++) accountIds.push((await makeAccount(db())).id);
});

interface Transaction {
  account: number;
  product: number;
  /** Minutes after the period's start (negative or past its end: outside it). */
  minute: number;
  recordId: string;
  amount: Dec;
}

async function store(transactions: readonly Transaction[]) {
  await db().delete(usageRecords).where(inArray(usageRecords.accountId, accountIds));
  if (transactions.length === 0) return;
  await db()
    .insert(usageRecords)
    .values(
      transactions.map((t) => ({
        recordId: t.recordId,
        accountRef: `A${t.account}`,
        accountId: accountIds[t.account] as string,
        usageType: 'custom' as const,
        productId: productIds[t.product] as string,
        startedAt: new Date(range.from.getTime() + t.minute * 60_000),
        quantity: t.amount.toString(),
        contentHash: t.recordId,
        status: 'rated' as const,
      })),
    );
}

/** The oracle: each account's and product's transactions in the period, in time then record-id order. */
function expected(transactions: readonly Transaction[], price: PercentagePrice): Record<string, string> {
  const groups = new Map<string, Transaction[]>();
  for (const t of transactions) {
    const at = range.from.getTime() + t.minute * 60_000;
    if (at < range.from.getTime() || at >= range.to.getTime()) continue;
    const key = `${accountIds[t.account]}/${productIds[t.product]}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const result: Record<string, string> = {};
  for (const [key, list] of groups) {
    list.sort(
      (a, b) => a.minute - b.minute || (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0),
    );
    const amounts = list.map((t) => t.amount);
    result[key] =
      `${list.length} ${sum(amounts).toFixed()} ${ratePercentage(amounts, price).amount.toFixed()}`;
  }
  return result;
}

async function charged(
  transactions: readonly Transaction[],
  price: PercentagePrice,
): Promise<Record<string, string>> {
  await store(transactions);
  const text = (value: Dec | null | undefined) => (value ? value.toString() : null);
  const prices: PercentagePriceOfAccount[] = accountIds.flatMap((accountId) =>
    productIds.map((productId) => ({
      accountId,
      productId,
      ratePercent: price.ratePercent.toString(),
      transactionFee: text(price.transactionFee),
      transactionMinimum: text(price.transactionMinimum),
      transactionMaximum: text(price.transactionMaximum),
      freeTransactions: price.freeTransactions ?? null,
      freeAmount: text(price.freeAmount),
    })),
  );
  const rows = await sumPercentageChargesOfAccounts(db(), prices, range.from, range.to);
  return Object.fromEntries(
    rows.map((row) => [
      `${row.account_id}/${row.product_id}`,
      `${row.transactions} ${new Dec(row.amount).toFixed()} ${new Dec(row.charge).toFixed()}`,
    ]),
  );
}

describe('sumPercentageChargesOfAccounts', () => {
  it('charges 2.9% + 0.30, min 0.50, max 5.00, 2 free transactions, in time order', async () => {
    const price: PercentagePrice = {
      ratePercent: new Dec('2.9'),
      transactionFee: new Dec('0.30'),
      transactionMinimum: new Dec('0.50'),
      transactionMaximum: new Dec('5.00'),
      freeTransactions: 2,
    };
    const t = (minute: number, recordId: string, amount: string): Transaction => ({
      account: 0,
      product: 0,
      minute,
      recordId,
      amount: new Dec(amount),
    });
    // free: the two earliest (b at minute 1 before a at minute 2); outside the period: z
    const rows = await charged(
      [
        t(2, 'a', '500'),
        t(1, 'b', '1000'),
        t(3, 'c', '1.00'),
        t(4, 'd', '1000'),
        t(5, 'e', '50'),
        t(-1, 'z', '10'),
      ],
      price,
    );
    expect(rows).toEqual({ [`${accountIds[0]}/${productIds[0]}`]: '5 2551 7.25' });
  });

  const transactionArb = fc.record({
    account: fc.nat(2),
    product: fc.nat(1),
    minute: fc.integer({ min: -30, max: 31 * 24 * 60 + 30 }),
    recordId: fc.stringMatching(/^[a-zA-Z0-9]{1,4}$/),
    amount: fc.integer({ min: 0, max: 500_000 }).map((n) => new Dec(n).dividedBy(100)),
  });
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
  const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => new Dec(n).dividedBy(100));
  const priceArb = fc
    .record({
      ratePercent: fc.integer({ min: 0, max: 1000 }).map((n) => new Dec(n).dividedBy(100)),
      transactionFee: optional(cents(2)),
      transactionMinimum: optional(cents(3)),
      extra: optional(cents(40)),
      freeTransactions: optional(fc.nat(4)),
      freeAmount: optional(cents(3000)),
    })
    .map(({ extra, freeTransactions, freeAmount, ...rest }) => ({
      ...rest,
      transactionMaximum: extra === null ? null : (rest.transactionMinimum ?? new Dec(0)).plus(extra),
      // one free rule at a time, as prices allow
      freeTransactions: freeAmount ? null : freeTransactions,
      freeAmount,
    }));

  it('agrees with the rule transaction by transaction, to the last decimal', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(transactionArb, { maxLength: 40, selector: (t) => t.recordId }),
        priceArb,
        async (transactions, price) => {
          expect(await charged(transactions, price)).toEqual(expected(transactions, price));
        },
      ),
      { numRuns: 40 },
    );
  });
});
