import { describe, expect, it } from 'vitest';
import { takeNextInvoiceNumber } from '../../db/queries/invoices';
import { makeAccount, makeBillRun, makeProduct, makeSubscription } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { finalizeInvoice } from './finalize-invoice';
import { listInvoices } from './invoice-queries';
import { processBillRun } from './process-bill-run';

const database = setUpTestDatabase();

const numberOf = (number: string | null | undefined) => Number(number?.slice('INV-'.length));

/** Drafts for `count` new accounts, billed for a period of their own. */
async function drafts(count: number, periodStart: string, periodEnd: string) {
  const product = await makeProduct(database.db, {
    price: { currency: 'USD', model: 'per_unit', unitPrice: '10.00', effectiveFrom: '2026-01-01' },
  });
  const accountIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const account = await makeAccount(database.db);
    await makeSubscription(database.db, { accountId: account.id, productId: product.id });
    accountIds.push(account.id);
  }
  const run = await makeBillRun(database.db, { periodStart, periodEnd, accountIds });
  await processBillRun(database.db, run.id);
  return (await listInvoices(database.ctx(), { first: 200, filter: { billRunId: run.id } })).edges.map(
    (edge) => edge.node,
  );
}

/** A transaction that takes a number and then fails, as a finalize that dies mid-way would. */
async function failingFinalize(): Promise<'rolled back'> {
  try {
    await database.db.transaction(async (tx) => {
      await takeNextInvoiceNumber(tx, 'invoice');
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
      throw new Error('died after taking a number');
    });
  } catch {
    return 'rolled back';
  }
  throw new Error('the failing transaction committed');
}

describe('invoice numbering', () => {
  for (const [round, months] of [
    [1, ['2026-01-01', '2026-02-01']],
    [2, ['2026-02-01', '2026-03-01']],
    [3, ['2026-03-01', '2026-04-01']],
  ] as const) {
    it(`stays gapless and unique with many finalizations at once, some dying mid-transaction (round ${round})`, async () => {
      const batch = await drafts(12 + round * 4, months[0], months[1]);
      const before = (await listInvoices(database.ctx(), { first: 200, filter: { status: 'finalized' } }))
        .edges.length;
      const work: Promise<unknown>[] = [];
      for (const draft of batch.sort(() => Math.random() - 0.5)) {
        work.push(finalizeInvoice(database.ctx(), { id: draft.id }));
        if (Math.random() < 0.4) work.push(failingFinalize());
      }
      await Promise.all(work);
      const finalized = (
        await listInvoices(database.ctx(), { first: 200, filter: { status: 'finalized' } })
      ).edges.map((edge) => numberOf(edge.node.number));
      const numbers = finalized.sort((a, b) => a - b);
      expect(numbers).toHaveLength(before + batch.length);
      // 1, 2, 3, … with nothing missing and nothing twice, across all rounds so far.
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    });
  }
});
