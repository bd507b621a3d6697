import { beforeAll, describe, expect, it } from 'vitest';
import { listBillRunAccounts } from '../../db/queries/bill-runs';
import { listLinesOfInvoices } from '../../db/queries/invoices';
import { makeAccount, makeBillRun, makeProduct, makeSubscription, makeTaxRule } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { listInvoices } from './invoice-queries';
import { processBillRun } from './process-bill-run';

const database = setUpTestDatabase();
const db = () => database.db;
let seatId = '';

beforeAll(async () => {
  seatId = (
    await makeProduct(db(), {
      code: 'SEAT',
      price: { currency: 'USD', model: 'per_unit', unitPrice: '20.00', effectiveFrom: '2026-01-01' },
    })
  ).id;
  await makeTaxRule(db(), { region: 'US-TX', taxCode: 'SALES', taxCategory: 'telecom', ratePercent: '8.25' });
});

async function invoicesOfRun(billRunId: string) {
  const page = await listInvoices(database.ctx(), { first: 50, filter: { billRunId } });
  return new Map(page.edges.map(({ node }) => [node.accountId, node]));
}

describe('who pays and for which period', () => {
  it("puts a child's charges on its parent's invoice, taxed where the parent is", async () => {
    const parent = await makeAccount(db(), { externalId: 'HQ', taxRegion: 'US-TX' });
    const branch = await makeAccount(db(), {
      externalId: 'HQ-BRANCH',
      parentAccountId: parent.id,
      billToParent: true,
    });
    const independent = await makeAccount(db(), { externalId: 'HQ-OWN', parentAccountId: parent.id });
    await makeSubscription(db(), { accountId: parent.id, productId: seatId });
    await makeSubscription(db(), { accountId: branch.id, productId: seatId, quantity: '2' });
    await makeSubscription(db(), { accountId: independent.id, productId: seatId });

    const run = await makeBillRun(db(), { periodStart: '2026-10-01', periodEnd: '2026-11-01' });
    await processBillRun(db(), run.id);
    const invoices = await invoicesOfRun(run.id);
    expect(invoices.get(parent.id)).toMatchObject({ subtotal: '60.00', taxTotal: '4.95', total: '64.95' });
    const lines = await listLinesOfInvoices(db(), [invoices.get(parent.id)?.id ?? '']);
    expect(lines.map((line) => [line.description, line.amount])).toEqual([
      ['SEAT × 1', '20.00'],
      ['HQ-BRANCH: SEAT × 2', '40.00'],
      ['Tax SALES on telecom', '4.95'],
    ]);
    expect(lines[1]?.lineKey).toMatch(/^HQ-BRANCH\//);
    expect(invoices.get(independent.id)?.total).toBe('20.00');
    expect(invoices.has(branch.id)).toBe(false);
    const billed = (await listBillRunAccounts(db(), run.id)).map((row) => row.accountId);
    expect(billed).not.toContain(branch.id);
  });

  it('bills an anniversary account for the month ending on its billing day, prorated by actual days', async () => {
    const full = await makeAccount(db(), { billingCycle: 'anniversary', billingDay: 15 });
    await makeSubscription(db(), {
      accountId: full.id,
      productId: seatId,
      quantity: '2',
      startDate: '2026-08-01',
    });
    const late = await makeAccount(db(), { billingCycle: 'anniversary', billingDay: 15 });
    await makeSubscription(db(), {
      accountId: late.id,
      productId: seatId,
      quantity: '2',
      startDate: '2026-10-01',
    });

    const run = await makeBillRun(db(), {
      periodStart: '2026-10-01',
      periodEnd: '2026-11-01',
      accountIds: [full.id, late.id],
    });
    await processBillRun(db(), run.id);
    const invoices = await invoicesOfRun(run.id);
    expect(invoices.get(full.id)).toMatchObject({
      periodStart: '2026-09-15',
      periodEnd: '2026-10-15',
      total: '40.00',
    });
    // 15 Sep – 15 Oct has 30 days; from 1 Oct that is 14 of them: 40 × 14/30 = 18.666…
    expect(invoices.get(late.id)).toMatchObject({ periodStart: '2026-09-15', total: '18.67' });
  });

  it('fails a parent whose child is billed in another currency, and says why', async () => {
    const parent = await makeAccount(db(), { externalId: 'MIXED' });
    const child = await makeAccount(db(), {
      externalId: 'MIXED-EU',
      currency: 'EUR',
      parentAccountId: parent.id,
      billToParent: true,
    });
    await makeSubscription(db(), { accountId: parent.id, productId: seatId });
    await makeSubscription(db(), { accountId: child.id, productId: seatId, unitPrice: '10' });
    const run = await makeBillRun(db(), {
      periodStart: '2026-10-01',
      periodEnd: '2026-11-01',
      accountIds: [parent.id],
    });
    await processBillRun(db(), run.id);
    expect(await listBillRunAccounts(db(), run.id)).toMatchObject([
      { status: 'failed', message: expect.stringContaining('MIXED-EU is billed in EUR') },
    ]);
  });
});
