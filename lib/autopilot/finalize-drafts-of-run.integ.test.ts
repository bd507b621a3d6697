import { beforeAll, describe, expect, it } from 'vitest';
import { getBillRunById } from '../../db/queries/bill-runs';
import { listDeliveriesOfInvoices } from '../../db/queries/deliveries';
import {
  makeAccount,
  makeBillRun,
  makeOrganization,
  makeProduct,
  makeSubscription,
} from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { listInvoices } from '../invoicing/invoice-queries';
import { processBillRun } from '../invoicing/process-bill-run';
import { everyDraftOf } from './draft-pickers';
import { finalizeDraftsOfRun } from './finalize-drafts-of-run';

const database = setUpTestDatabase();
const db = () => database.db;
let runId = '';
const ids: Record<string, string> = {};

beforeAll(async () => {
  await makeOrganization(db(), { name: 'Bulk Telecom' });
  const seat = await makeProduct(db(), {
    code: 'BULK-SEAT',
    price: { currency: 'USD', model: 'per_unit', unitPrice: '10.00', effectiveFrom: '2026-01-01' },
  });
  const make = async (externalId: string, fields: Parameters<typeof makeAccount>[1]) => {
    const account = await makeAccount(db(), { externalId, ...fields });
    await makeSubscription(db(), { accountId: account.id, productId: seat.id });
    ids[externalId] = account.id;
  };
  await make('B-1', { billingEmail: 'b1@example.test', paymentTermsDays: 30 });
  await make('B-2', { billingEmail: 'b2@example.test', paymentTermsDays: 14 });
  await make('B-3', { invoiceDelivery: 'portal', billingEmail: 'b3@example.test' });
  await make('B-4', { billingEmail: null });
  await make('B-5', { billingEmail: 'b5@example.test' });
  const run = await makeBillRun(db(), { periodStart: '2026-10-01', periodEnd: '2026-11-01' });
  await processBillRun(db(), run.id);
  runId = run.id;
});

async function invoicesOfRun() {
  const page = await listInvoices(database.ctx(), { first: 50, filter: { billRunId: runId } });
  return page.edges.map(({ node }) => node);
}

describe('finalizing a run’s drafts in bulk', () => {
  it('survives a failure between chunks, then finishes with one gapless series and nothing twice', async () => {
    const run = { id: runId, issueDate: '2026-11-02' };
    await expect(
      finalizeDraftsOfRun(db(), run, everyDraftOf(runId), 'test', {
        chunkSize: 2,
        onChunk: () => {
          throw new Error('killed after the first chunk');
        },
      }),
    ).rejects.toThrow('killed after the first chunk');
    expect((await invoicesOfRun()).filter((invoice) => invoice.status === 'finalized')).toHaveLength(2);

    const rest = await finalizeDraftsOfRun(db(), run, everyDraftOf(runId), 'test', { chunkSize: 2 });
    expect(rest.finalized).toBe(3);
    expect(await finalizeDraftsOfRun(db(), run, everyDraftOf(runId), 'test')).toEqual({
      finalized: 0,
      deliveryIds: [],
    });

    const invoices = await invoicesOfRun();
    const byAccount = new Map(invoices.map((invoice) => [invoice.accountId, invoice]));
    const numbers = ['B-1', 'B-2', 'B-3', 'B-4', 'B-5'].map(
      (key) => byAccount.get(ids[key] ?? '')?.number ?? '',
    );
    const serial = numbers.map((number) => Number(number.replace(/\D/g, '')));
    expect(serial).toEqual(serial.map((_, i) => (serial[0] ?? 0) + i));
    expect(byAccount.get(ids['B-1'] ?? '')).toMatchObject({
      status: 'finalized',
      issueDate: '2026-11-02',
      dueDate: '2026-12-02',
      snapshot: {
        seller: { name: 'Bulk Telecom' },
        billTo: { externalId: 'B-1', billingEmail: 'b1@example.test' },
      },
    });
    expect(byAccount.get(ids['B-2'] ?? '')?.dueDate).toBe('2026-11-16');
    expect((await getBillRunById(db(), runId))?.draftsFinalized).toBe(5);

    // Emails only where the account takes invoices by email and has an address.
    const deliveries = await listDeliveriesOfInvoices(
      db(),
      invoices.map((invoice) => invoice.id),
    );
    expect(deliveries.map((delivery) => [delivery.recipient, delivery.status]).sort()).toEqual([
      ['b1@example.test', 'queued'],
      ['b2@example.test', 'queued'],
      ['b5@example.test', 'queued'],
    ]);
  });
});
