import { afterAll, describe, expect, it } from 'vitest';
import { getBillRunById } from '../../db/queries/bill-runs';
import { makeAccount, makeProduct, makeSubscription } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { createBillRun } from '../invoicing/bill-runs';
import { listInvoices } from '../invoicing/invoice-queries';
import { isQueueInstalled } from './queue';
import { type JobWorkers, startJobWorkers } from './start-job-workers';

const database = setUpTestDatabase();
let workers: JobWorkers | undefined;

afterAll(async () => {
  await workers?.stop();
});

async function billableAccount() {
  const product = await makeProduct(database.db, {
    price: { currency: 'USD', model: 'per_unit', unitPrice: '12.50', effectiveFrom: '2026-01-01' },
  });
  const account = await makeAccount(database.db);
  await makeSubscription(database.db, { accountId: account.id, productId: product.id });
  return account;
}

/** Polls until the run finishes (the worker is asynchronous); fails the test after a generous wait. */
async function finished(billRunId: string) {
  for (let attempt = 0; attempt < 300; attempt++) {
    const run = await getBillRunById(database.db, billRunId);
    if (run?.status === 'completed' || run?.status === 'failed') return run;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`bill run ${billRunId} did not finish`);
}

describe('job workers', () => {
  it('finish a run created where no worker ran, then work runs as they are queued', async () => {
    const early = await billableAccount();
    expect(await isQueueInstalled(database.db)).toBe(false);
    const before = await createBillRun(database.ctx(), {
      periodStart: '2026-10-01',
      periodEnd: '2026-11-01',
      accountIds: [early.id],
    });
    expect(before.billRun?.status).toBe('queued');

    workers = await startJobWorkers(database.database, { pollingIntervalSeconds: 0.5, log: () => {} });
    expect(await isQueueInstalled(database.db)).toBe(true);
    await workers.resumed;
    expect(await finished(before.billRun?.id ?? '')).toMatchObject({
      status: 'completed',
      invoicesCreated: 1,
    });

    const late = await billableAccount();
    const queued = await createBillRun(database.ctx(), {
      periodStart: '2026-10-01',
      periodEnd: '2026-11-01',
      accountIds: [late.id],
    });
    expect(await finished(queued.billRun?.id ?? '')).toMatchObject({ status: 'completed', accountsDone: 1 });
    const invoices = await listInvoices(database.ctx(), { filter: { billRunId: queued.billRun?.id ?? '' } });
    expect(invoices.edges.map((edge) => edge.node)).toMatchObject([{ accountId: late.id, total: '12.50' }]);
  }, 60_000);
});
