import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getBillRunById, listBillRunAccounts } from '../../db/queries/bill-runs';
import { listLinesOfInvoices } from '../../db/queries/invoices';
import { invoices } from '../../db/schema';
import {
  makeAccount,
  makeBillRun,
  makeOneTimeCharge,
  makeProduct,
  makeRatePlan,
  makeSubscription,
  makeTaxRule,
} from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { builtInTaxEngine, type TaxEngine } from '../tax/tax-engine';
import { ingestUsageBatch } from '../usage/ingest-usage-batch';
import { processBillRun } from './process-bill-run';

const database = setUpTestDatabase();
const db = () => database.db;
const october = { periodStart: '2026-10-01', periodEnd: '2026-11-01' };
const ids = { upgraded: '', idle: '', noPrice: '', closed: '', plain: '' };

beforeAll(async () => {
  const seat = await makeProduct(db(), {
    code: 'SEAT',
    price: { currency: 'USD', model: 'per_unit', unitPrice: '20.00', effectiveFrom: '2026-01-01' },
  });
  const install = await makeProduct(db(), {
    code: 'INSTALL',
    kind: 'one_time',
    taxCategory: 'service',
    price: { currency: 'USD', model: 'flat', amount: '99.00', effectiveFrom: '2026-01-01' },
  });
  await makeProduct(db(), {
    code: 'VOICE',
    kind: 'usage',
    usageType: 'voice',
    price: { currency: 'USD', model: 'rate_deck', effectiveFrom: '2026-01-01' },
  });
  const plan = await makeRatePlan(db(), {
    deckCsv: [
      'prefix,destination,destination_class,rate_per_minute,initial_increment_s,subsequent_increment_s,connection_fee',
      '44,United Kingdom,international,0.0300,60,6,0',
    ].join('\n'),
    effectiveFrom: '2026-01-01',
  });
  await makeTaxRule(db(), { region: 'US-TX', taxCode: 'SALES', taxCategory: 'telecom', ratePercent: '8.25' });

  // Two seats, upgraded to three on the 16th with 10% off the new terms; an install; a call.
  const upgraded = await makeAccount(db(), { externalId: 'UPG', ratePlanId: plan.id, taxRegion: 'US-TX' });
  const before = await makeSubscription(db(), {
    accountId: upgraded.id,
    productId: seat.id,
    quantity: '2',
    startDate: '2026-10-01',
    endDate: '2026-10-16',
  });
  await makeSubscription(db(), {
    accountId: upgraded.id,
    productId: seat.id,
    quantity: '3',
    discountPercent: '10',
    startDate: '2026-10-16',
    replacesId: before.id,
  });
  await makeOneTimeCharge(db(), { accountId: upgraded.id, productId: install.id, chargeDate: '2026-10-03' });
  const report = await ingestUsageBatch(database.ctx(), [
    {
      record_id: 'C1',
      account_id: 'UPG',
      usage_type: 'voice',
      started_at: '2026-10-05T10:00:00Z',
      destination: '442071234567',
      duration_s: '90',
    },
  ]);
  expect(report.imported).toBe(1);

  ids.upgraded = upgraded.id;
  ids.idle = (await makeAccount(db(), { externalId: 'IDLE' })).id;
  const euro = await makeAccount(db(), { externalId: 'EURO', currency: 'EUR' });
  await makeSubscription(db(), { accountId: euro.id, productId: seat.id, startDate: '2026-09-01' });
  ids.noPrice = euro.id;
  const closed = await makeAccount(db(), { externalId: 'GONE', status: 'closed' });
  await makeSubscription(db(), { accountId: closed.id, productId: seat.id, startDate: '2026-09-01' });
  ids.closed = closed.id;
  const plain = await makeAccount(db(), { externalId: 'PLAIN' });
  await makeSubscription(db(), {
    accountId: plain.id,
    productId: seat.id,
    quantity: '5',
    startDate: '2026-01-01',
  });
  ids.plain = plain.id;
});

async function invoicesOf(accountId: string) {
  return db().select().from(invoices).where(eq(invoices.accountId, accountId));
}

describe('processBillRun', () => {
  it('bills the period by FORMAT.md rules: proration, discount, one-time, calls, tax', async () => {
    const run = await makeBillRun(db(), october);
    await processBillRun(db(), run.id, { chunkSize: 2 });

    const [invoice] = await invoicesOf(ids.upgraded);
    expect(invoice).toMatchObject({
      status: 'draft',
      number: null,
      subtotal: '146.27',
      taxTotal: '3.90',
      total: '150.17',
    });
    const lines = await listLinesOfInvoices(db(), [invoice?.id ?? '']);
    expect(lines.map((line) => [line.lineType, line.productCode, line.amount])).toEqual([
      ['recurring', 'SEAT', '19.35'], // 2 × 20 × 15/31
      ['recurring', 'SEAT', '30.97'], // 3 × 20 × 16/31
      ['discount', 'SEAT', '-3.10'],
      ['usage', 'VOICE', '0.05'], // 90 s at 0.03/min
      ['one_time', 'INSTALL', '99.00'],
      ['tax', null, '3.90'], // 8.25% of the telecom lines, 47.27
    ]);

    const outcomes = new Map((await listBillRunAccounts(db(), run.id)).map((row) => [row.accountId, row]));
    expect(outcomes.get(ids.upgraded)?.status).toBe('invoiced');
    expect(outcomes.get(ids.plain)?.status).toBe('invoiced');
    expect(outcomes.get(ids.idle)?.status).toBe('nothing_to_bill');
    expect(outcomes.get(ids.noPrice)).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('no EUR price'),
    });
    expect(outcomes.has(ids.closed)).toBe(false);
    expect(await getBillRunById(db(), run.id)).toMatchObject({
      status: 'completed',
      accountsDone: outcomes.size,
      invoicesCreated: 2,
    });
    expect((await invoicesOf(ids.plain))[0]?.total).toBe('100.00');
  });

  it('never bills an account twice for a period: a second run finds it invoiced', async () => {
    const again = await makeBillRun(db(), { ...october, accountIds: [ids.upgraded, ids.plain] });
    await processBillRun(db(), again.id);
    const outcomes = await listBillRunAccounts(db(), again.id);
    expect(outcomes.map((row) => row.status)).toEqual(['already_invoiced', 'already_invoiced']);
    expect(await invoicesOf(ids.upgraded)).toHaveLength(1);
    // Processing a finished run again does nothing.
    await processBillRun(db(), again.id);
    expect(await invoicesOf(ids.plain)).toHaveLength(1);
  });

  it('two workers on one run make one invoice per account', async () => {
    const run = await makeBillRun(db(), { periodStart: '2026-11-01', periodEnd: '2026-12-01' });
    await Promise.all([
      processBillRun(db(), run.id, { chunkSize: 1 }),
      processBillRun(db(), run.id, { chunkSize: 1 }),
    ]);
    const november = await db().select().from(invoices).where(eq(invoices.periodStart, '2026-11-01'));
    expect(november.map((invoice) => invoice.accountId).sort()).toEqual([ids.plain, ids.upgraded].sort());
    expect(await getBillRunById(db(), run.id)).toMatchObject({ status: 'completed', invoicesCreated: 2 });
  });

  it('counts each account once when its chunks interleave inside one outer transaction (as the demo seed runs)', async () => {
    const run = await db().transaction(async (tx) => {
      const inside = await makeBillRun(tx, { periodStart: '2027-01-01', periodEnd: '2027-02-01' });
      await processBillRun(tx, inside.id, { chunkSize: 1 });
      return inside;
    });
    const done = await getBillRunById(db(), run.id);
    expect(done?.status).toBe('completed');
    expect(done?.accountsTotal).toBeGreaterThan(1);
    expect(done?.accountsDone).toBe(done?.accountsTotal);
  });

  it('a run that dies mid-way finishes, when run again, with what an uninterrupted run makes', async () => {
    const period = { periodStart: '2026-12-01', periodEnd: '2027-01-01' };
    let calls = 0;
    const dying: TaxEngine = {
      async taxLines(tx, requests) {
        calls += 1;
        if (calls === 2) throw new Error('worker killed');
        return builtInTaxEngine.taxLines(tx, requests);
      },
    };
    const run = await makeBillRun(db(), period);
    await expect(processBillRun(db(), run.id, { chunkSize: 1, taxEngine: dying })).rejects.toThrow(
      'worker killed',
    );
    const pending = (await listBillRunAccounts(db(), run.id)).filter((row) => row.status === 'pending');
    expect(pending.length).toBeGreaterThan(0);
    await processBillRun(db(), run.id, { chunkSize: 1 });
    const december = await db().select().from(invoices).where(eq(invoices.periodStart, '2026-12-01'));
    expect(december.map((invoice) => [invoice.accountId, invoice.total]).sort()).toEqual(
      [
        [ids.plain, '100.00'],
        [ids.upgraded, '58.46'], // 3 seats 60.00 − 6.00 discount, + 4.46 tax (8.25% of 54.00 = 4.455)
      ].sort(),
    );
    expect(await getBillRunById(db(), run.id)).toMatchObject({ status: 'completed', invoicesCreated: 2 });
  });
});
