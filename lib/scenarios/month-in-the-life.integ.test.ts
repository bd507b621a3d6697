import { describe, expect, it } from 'vitest';
import { getAccountById } from '../../db/queries/accounts';
import { listLinesOfInvoices } from '../../db/queries/invoices';
import { daytimeOf } from '../../seed/dunning-clock';
import { makeProduct, makeTaxRule } from '../../seed/factories';
import { setUpTestDatabase } from '../../seed/set-up-test-database';
import { createAccount } from '../accounts/save-account';
import { createBillRun } from '../invoicing/bill-runs';
import { creditInvoice } from '../invoicing/credit-invoice';
import { finalizeInvoice } from '../invoicing/finalize-invoice';
import { listInvoices } from '../invoicing/invoice-queries';
import { processBillRun } from '../invoicing/process-bill-run';
import { getAccountBalance } from '../payments/get-account-balance';
import { getAgingReport } from '../payments/get-aging-report';
import { listDunningEvents } from '../payments/list-dunning-events';
import { recordPayment } from '../payments/record-payment';
import { runDunning } from '../payments/run-dunning';
import { changeSubscription } from '../subscriptions/change-subscription';
import { createSubscription } from '../subscriptions/create-subscription';
import { ingestUsageBatch } from '../usage/ingest-usage-batch';

const database = setUpTestDatabase();

function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}`);
  return value;
}

/**
 * "A month in the life" of one customer, every step through the operations staff use, every
 * date fixed: subscribe, upgrade mid-month, use, bill, finalize, pay part, credit, dun, pay.
 */
describe('a month in the life of an account', () => {
  it('bills, collects and duns it to the cent', async () => {
    const ctx = database.ctx();
    const seat = await makeProduct(database.db, {
      code: 'SEAT',
      price: { currency: 'USD', model: 'per_unit', unitPrice: '30.00', effectiveFrom: '2026-01-01' },
    });
    await makeProduct(database.db, {
      code: 'SMS',
      kind: 'usage',
      usageType: 'sms',
      price: { currency: 'USD', model: 'per_unit', unitPrice: '0.01', effectiveFrom: '2026-01-01' },
    });
    await makeTaxRule(database.db, {
      region: 'US-TX',
      taxCode: 'SALES',
      taxCategory: 'telecom',
      ratePercent: '8.25',
    });

    // Subscribe in September with two seats; grow to five on 16 October.
    const account = present(
      (
        await createAccount(ctx, {
          externalId: 'LIFE-1',
          name: 'Day In The Life LLC',
          currency: 'USD',
          billingEmail: 'ap@life.example',
          taxRegion: 'US-TX',
          paymentTermsDays: 15,
        })
      ).account,
      'account',
    );
    const first = present(
      (
        await createSubscription(ctx, {
          accountId: account.id,
          productId: seat.id,
          quantity: '2',
          startDate: '2026-09-01',
        })
      ).subscription,
      'subscription',
    );
    const upgrade = await changeSubscription(ctx, {
      id: first.id,
      effectiveDate: '2026-10-16',
      quantity: '5',
    });
    expect(upgrade.userErrors).toEqual([]);

    // Use: 1,234 text messages in October, and one the duplicate filter must drop.
    const sms = { account_id: 'LIFE-1', usage_type: 'sms', started_at: '2026-10-20T09:00:00Z' };
    const usage = await ingestUsageBatch(ctx, [
      { ...sms, record_id: 'S1', quantity: '1234' },
      { ...sms, record_id: 'S1', quantity: '1234' },
    ]);
    expect(usage).toMatchObject({ imported: 1, duplicates: 1 });

    // Bill October: 2 seats for 15 days, 5 for 16, the messages, 8.25% tax.
    const run = present(
      (await createBillRun(ctx, { periodStart: '2026-10-01', periodEnd: '2026-11-01' })).billRun,
      'bill run',
    );
    await processBillRun(database.db, run.id);
    const draft = present(
      (await listInvoices(ctx, { filter: { accountId: account.id } })).edges[0]?.node,
      'October draft',
    );
    const lines = await listLinesOfInvoices(database.db, [draft.id]);
    expect(lines.map((line) => [line.description, line.amount])).toEqual([
      ['SEAT × 2', '29.03'], // 2 × 30 × 15/31 = 29.032…
      ['SEAT × 5', '77.42'], // 5 × 30 × 16/31 = 77.419…
      ['SMS usage', '12.34'],
      ['Tax SALES on telecom', '9.80'], // 8.25% of 118.79 = 9.800…
    ]);
    expect(draft).toMatchObject({ subtotal: '118.79', taxTotal: '9.80', total: '128.59' });

    // Finalize on 1 November: net 15 makes it due on the 16th.
    const invoice = present(
      (await finalizeInvoice(ctx, { id: draft.id, issueDate: '2026-11-01' })).invoice,
      'finalized invoice',
    );
    expect(invoice).toMatchObject({ status: 'finalized', dueDate: '2026-11-16' });

    // Pay part on the 5th.
    const partial = await recordPayment(ctx, {
      accountId: account.id,
      method: 'check',
      amount: '50.00',
      currency: 'USD',
      receivedDate: '2026-11-05',
      reference: 'CHK 1001',
    });
    expect(partial.userErrors).toEqual([]);
    expect((await getAccountBalance(ctx, account.id))?.balance).toBe('78.59');

    // Credit the messages (they were a misconfigured gateway): 12.34 and its 1.02 of tax.
    const sms_line = present(
      lines.find((line) => line.productCode === 'SMS'),
      'SMS line',
    );
    const credit = await creditInvoice(ctx, {
      invoiceId: invoice.id,
      reason: 'SMS gateway misconfiguration',
      lines: [{ lineId: sms_line.id, amount: '12.34' }],
    });
    expect(credit.invoice).toMatchObject({ total: '13.36', taxTotal: '1.02' });
    expect((await getAccountBalance(ctx, account.id))?.balance).toBe('65.23');

    // Dun: nothing before the reminder's day, then every step by +45, which suspends.
    expect((await runDunning(database.db, { now: daytimeOf('2026-11-22') })).recorded).toEqual([]);
    expect((await runDunning(database.db, { now: daytimeOf('2026-11-23') })).recorded).toHaveLength(1);
    const aging = await getAgingReport(ctx, { asOf: '2026-12-01' });
    expect(aging.rows.find((row) => row.accountId === account.id)?.buckets).toMatchObject({
      current: '0.00',
      days1To30: '65.23',
    });
    const late = await runDunning(database.db, { now: daytimeOf('2026-12-31') });
    expect(late.suspendedAccountIds).toEqual([account.id]);
    expect((await getAccountById(database.db, account.id))?.status).toBe('suspended');
    const steps = await listDunningEvents(ctx, { accountId: account.id });
    expect(steps.edges).toHaveLength(4);

    // Paying the rest stops it: nothing more is recorded, the balance is zero.
    await recordPayment(ctx, {
      accountId: account.id,
      method: 'ach',
      amount: '65.23',
      currency: 'USD',
      receivedDate: '2027-01-02',
    });
    expect((await getAccountBalance(ctx, account.id))?.balance).toBe('0.00');
    expect((await runDunning(database.db, { now: daytimeOf('2027-03-01') })).recorded).toEqual([]);
  });
});
